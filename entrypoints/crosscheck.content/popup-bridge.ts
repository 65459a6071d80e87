import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parsePopupMessage, type Ack, type PageClaimsResponse } from '@/lib/messages';
import type { CardView } from './card';
import { flashRange } from './highlights';
import type { PageClaims } from './page-claims';

/**
 * Scrolls a claim's figure into view, flashes it, and opens its card with the focus so keys reach it. The
 * card waits for the scroll to end: it closes itself when its figure is out of view.
 */
function reveal(ctx: ContentScriptContext, page: PageClaims, card: CardView, id: number): Ack {
  const claim = page.byId(id);
  if (!claim) return { ok: false, error: 'no such claim on this page' };
  const openCard = () => void card.show(claim, { focus: true });
  const box = claim.range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= innerHeight) openCard();
  else {
    ctx.addEventListener(window, 'scrollend', openCard, { capture: true, once: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    claim.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'instant' });
  }
  flashRange(ctx, claim.range);
  return { ok: true };
}

/** Answers the popup: the page's claims, and jumps to one of them. */
export function answerPopup(ctx: ContentScriptContext, page: PageClaims, card: CardView): void {
  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (answer: PageClaimsResponse | Ack) => void) => {
    const message = sender.id === browser.runtime.id ? parsePopupMessage(raw) : null;
    if (!message) return false;
    sendResponse(message.type === 'get-claims' ? page.toResponse(location.href) : reveal(ctx, page, card, message.id));
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
