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
