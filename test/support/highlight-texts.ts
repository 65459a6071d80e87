/** The highlight names the content script registers, one per verdict. */
export const HIGHLIGHT_NAMES: readonly string[] = [
  'crosscheck-agree',
  'crosscheck-conflict',
  'crosscheck-mixed',
  'crosscheck-compatible',
  'crosscheck-unverified',
];

/**
 * In the page's main world: the ranges registered under each of `names`, as text. Self-contained, for
 * any driver's evaluate (Playwright in Chromium, Puppeteer in Firefox).
 */
export function readHighlightTexts(names: readonly string[]): Record<string, string[]> {
  // Highlights hold StaticRanges, which have no text of their own.
  const textOfRange = (r: AbstractRange) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  };
  const out: Record<string, string[]> = {};
  for (const name of names) {
    const h = CSS.highlights.get(name);
    out[name] = h ? [...h].map((r) => textOfRange(r)) : [];
  }
  return out;
}
