import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardView } from './card';
import { claimAtPoint } from './hit-test';
import type { PageClaims } from './page-claims';

/** Long enough to cross the gap between a figure and its card without the card closing. */
const CLOSE_GRACE_MS = 300;
/**
 * How long the pointer must rest on a figure before its card opens: a pointer passing over a line of text
 * crosses several figures in well under this and opens none of them.
 */
const OPEN_INTENT_MS = 250;

/**
 * Opens the card for the figure the pointer rests on and closes it once the pointer has left both the figure
 * and the card, or on Escape. Hit-testing runs at most once per frame.
 */
export function openCardsOnHover(ctx: ContentScriptContext, page: PageClaims, card: CardView): void {
  let closeTimer: number | undefined;
  let openTimer: number | undefined;
  let aimedAt: unknown;
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
  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    aimedAt = undefined;
  };
  const followPointer = () => {
    framePending = false;
    if (card.contains(pointer.target)) {
      cancelOpen();
      return cancelClose();
    }
    const claim = page.size > 0 ? claimAtPoint(page, pointer.x, pointer.y) : undefined;
    if (!claim) {
      cancelOpen();
      return closeSoon();
    }
    cancelClose();
    if (card.current === claim || aimedAt === claim) return;
    cancelOpen();
    aimedAt = claim;
    openTimer = ctx.setTimeout(() => {
      openTimer = undefined;
      aimedAt = undefined;
      void card.show(claim, { focus: false });
    }, OPEN_INTENT_MS);
  };

  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    // A page without figures pays for nothing but this test.
    if (page.size === 0 && !card.current) return;
    pointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (framePending) return;
    framePending = true;
    ctx.requestAnimationFrame(followPointer);
  });
  ctx.addEventListener(document.documentElement, 'pointerleave', () => {
    cancelOpen();
    closeSoon();
  });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !card.current) return;
    cancelClose();
    cancelOpen();
    card.hide();
  });
  const reposition = () => card.reposition();
  ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
}
