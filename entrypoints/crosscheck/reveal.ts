import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Ack } from '@/lib/messages';
import type { CardView } from './card';
import type { Highlighter } from './highlights';
import type { LocatedClaim } from './page-claims';
import { outOfView } from './place-card';
import { liveRange } from './ranges';

/** Scrolls that may end before the one bringing the figure: past these, the card opens wherever the figure is. */
const MAX_SCROLL_ENDS = 4;

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
    // Another scroll may end first (the page's own, or the one focusing a control made), with the figure
    // still out of view, where the card would close itself at once: wait for the scroll that brings it.
    let ends = 0;
    const openInView = () =>
      !outOfView(liveRange(claim.range)?.getBoundingClientRect(), innerHeight) || ++ends >= MAX_SCROLL_ENDS
        ? openCard()
        : afterScroll();
    const afterScroll = () => ctx.addEventListener(window, 'scrollend', openInView, { capture: true, once: true });
    afterScroll();
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  }
  highlighter.flash(range);
  return { ok: true };
}
