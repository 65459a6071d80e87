/**
 * The element holding a page's main text: the smallest article-like container (article, main,
 * [role=main], [itemprop=articleBody]) that holds at least half of the page's paragraph text, else the
 * body. A live blog of many small <article> posts thus resolves to their common <main>, a news page to
 * its story, and a page without such markup to the whole body.
 */

const CANDIDATES = 'article, main, [role=main], [itemprop=articleBody]';
const PARAGRAPHS = 'p, li, blockquote, pre, td, dd';
const MAIN_SHARE = 0.5;

export function mainContent(body: Element): Element {
  const candidates = new Set(body.querySelectorAll(CANDIDATES));
  if (candidates.size === 0) return body;
  const textIn = new Map<Element, number>();
  let total = 0;
  for (const paragraph of body.querySelectorAll(PARAGRAPHS)) {
    const length = paragraph.textContent?.length ?? 0;
    total += length;
    for (let at = paragraph.parentElement; at && at !== body; at = at.parentElement) {
      if (candidates.has(at)) textIn.set(at, (textIn.get(at) ?? 0) + length);
    }
  }
  let best: Element = body;
  for (const candidate of candidates) {
    const text = textIn.get(candidate) ?? 0;
    if (total > 0 && text / total >= MAIN_SHARE && best.contains(candidate)) best = candidate;
  }
  return best;
}
