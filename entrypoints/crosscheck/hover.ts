import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardView } from './card';
import { claimAtPoint } from './hit-test';
import type { PageClaims } from './page-claims';

/** Long enough to cross the gap between a figure and its card without the card closing. */
const CLOSE_GRACE_MS = 300;

/**
 * Opens the card for the figure under the pointer and closes it once the pointer has left both the figure
 * and the card, or on Escape. Hit-testing runs at most once per frame.
 */
export function openCardsOnHover(ctx: ContentScriptContext, page: PageClaims, card: CardView): void {
  let closeTimer: number | undefined;
  let framePending = false;
  let pointer = { x: 0, y: 0, target: null as EventTarget | null };

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const closeSoon = () => {
    if (!card.current || closeTimer !== undefined) return;
    closeTimer = ctx.setTimeout(() => {
      closeTimer = undefined;
      card.hide();
    }, CLOSE_GRACE_MS);
  };
  const followPointer = () => {
    framePending = false;
    if (card.contains(pointer.target)) return cancelClose();
    const claim = page.size > 0 ? claimAtPoint(page, pointer.x, pointer.y) : undefined;
    if (!claim) return closeSoon();
    cancelClose();
    if (card.current !== claim) void card.show(claim, { focus: false });
  };

  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    // A page without figures pays for nothing but this test.
    if (page.size === 0 && !card.current) return;
    pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (framePending) return;
    framePending = true;
    ctx.requestAnimationFrame(followPointer);
  });
  ctx.addEventListener(document.documentElement, 'pointerleave', closeSoon);
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !card.current) return;
    cancelClose();
    card.hide();
  });
  const reposition = () => card.reposition();
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
}
