import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { yieldToPage } from './slices';

/** Resolves once the document is parsed: all its text is there. */
export async function pageParsed(): Promise<void> {
  if (document.readyState !== 'loading') return;
  await new Promise<void>((parsed) => document.addEventListener('DOMContentLoaded', () => parsed(), { once: true }));
}

/**
 * Resolves once the document is parsed and has been painted once. Reading it earlier would force its
 * first layout inside the extension's task (450 ms on a 1 MB live blog), work the page does anyway in its
 * own first frame.
 */
export async function pageShown(ctx: ContentScriptContext): Promise<void> {
  await pageParsed();
  // A hidden tab paints no frames; it is read without waiting (its layout delays nobody). A page already
  // painted (the reader comes after a long page's first layout) need not wait for another frame.
  const painted = performance.getEntriesByType('paint').length > 0;
  if (document.visibilityState === 'visible' && !painted)
    await new Promise<void>((framed) => ctx.requestAnimationFrame(() => framed()));
  await yieldToPage();
}

/** How often a hidden page is looked at again, and for how long before it is read as it is. */
const REVEAL_POLL_MS = 200;
const REVEAL_WAIT_MS = 30_000;

/** Whether the body is shown: an anti-flicker style hides it (visibility: hidden or opacity: 0) until the page's scripts run. */
const bodyShown = () =>
  !document.body || document.body.checkVisibility({ opacityProperty: true, visibilityProperty: true });

/**
 * Resolves once the page shows its body. Pages that hide themselves while loading (an analytics
 * anti-flicker snippet, a framework hiding its markup until hydrated) reveal themselves by removing a
 * style sheet, a class or an inline style, which no mutation of text reports; a look every 200 ms is
 * cheap and sees them all. Text read while hidden would be nothing: every block is left out unseen.
 */
export async function pageRevealed(ctx: ContentScriptContext): Promise<void> {
  if (bodyShown()) return;
  const since = performance.now();
  await new Promise<void>((shown) => {
    const timer = ctx.setInterval(() => {
      if (!bodyShown() && performance.now() - since < REVEAL_WAIT_MS) return;
      clearInterval(timer);
      shown();
    }, REVEAL_POLL_MS);
  });
}
