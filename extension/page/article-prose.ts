/**
 * Whether the main content the article finder chose (main-content.ts) is an article rather than a front
 * page, a list or a form: Mozilla Readability's test for offering Firefox's reader view
 * (isProbablyReaderable), run on that content. Each visible paragraph of at least 140 characters, not
 * inside a list item, adds the square root of its length past 140; the content is an article once the sum
 * passes 20 (two paragraphs of about 240 characters, or one of 540). Long paragraphs count for more, but
 * less than in proportion, so one long caption is not an article and a story of short paragraphs is.
 */
const PARAGRAPHS = 'p, pre';
const MIN_PARAGRAPH_CHARS = 140;
const MIN_SCORE = 20;
/** Paragraphs in these are page furniture beside the story, as the article finder treats them. */
const NOT_PROSE = 'li p, aside p, nav p, footer p, [role=complementary] p, [role=navigation] p';

export function isArticleProse(root: Element, isShown: (element: Element) => boolean): boolean {
  let score = 0;
  for (const paragraph of root.querySelectorAll(PARAGRAPHS)) {
    const length = paragraph.textContent?.trim().length ?? 0;
    if (length < MIN_PARAGRAPH_CHARS || paragraph.matches(NOT_PROSE) || !isShown(paragraph)) continue;
    score += Math.sqrt(length - MIN_PARAGRAPH_CHARS);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
