import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Ack } from '@/lib/messages';
import type { CardView } from './card';
import type { Highlighter } from './highlights';
import type { LocatedClaim } from './page-claims';
import { liveRange } from './ranges';

/**
 * Scrolls a claim's figure into view, flashes it, and opens its card with the focus so keys reach it. The
 * card waits for the scroll to end: it closes itself when its figure is out of view.
 */
export function reveal(
  ctx: ContentScriptContext,
  claim: LocatedClaim | undefined,
  card: CardView,
  highlighter: Highlighter,
): Ack {
  const range = claim && liveRange(claim.range);
  if (!claim || !range) return { ok: false, error: 'no such claim on this page' };
  const openCard = () => void card.show(claim, { focus: true });
  const box = range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= innerHeight) openCard();
  else {
    ctx.addEventListener(window, 'scrollend', openCard, { capture: true, once: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  }
  highlighter.flash(range);
  return { ok: true };
}
