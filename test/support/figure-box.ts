import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * In the page: scrolls to `figure` where it starts `phrase` in the page's text and returns its box in the
 * viewport. Self-contained, for any driver's evaluate (Playwright here, Puppeteer in Firefox).
 */
export function locateFigure([phraseText, figureText]: readonly [string, string]): Box {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(phraseText);
    if (at < 0 || !phraseText.startsWith(figureText)) continue;
    node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + figureText.length);
    const { left, top, right, bottom } = range.getBoundingClientRect();
    return { left, top, right, bottom };
  }
  throw new Error(`"${phraseText}" is not on the page`);
}

/** Scrolls to `figure` where it starts `phrase` in the page's text and returns its box in the viewport. */
export function figureBox(page: Page, phrase: string, figure: string): Promise<Box> {
  return page.evaluate(locateFigure, [phrase, figure] as const);
}
