import { linkDensity, visibleLength } from './link-density';

/**
 * The element holding a page's main text, found the way Mozilla Readability finds an article: every
 * paragraph long enough to be prose scores for its parent (in full), its grandparent (half) and the
 * ancestors above (less the further out), a score growing with its length and commas; containers start
 * from what their tag and names hint (a schema.org articleBody, an article, a "story-body" rather than a
 * "sidebar"), and a container's score shrinks with the share of its text that is link text (counted
 * without whitespace, so a list's indentation does not dilute its links). The best container is then
 * widened to its parent while a sibling holds prose of its own (an article split around an advert), so
 * the whole article is read and little else. Paragraphs not shown when the page is read do not score.
 * A page without such paragraphs falls back to the smallest article-like container holding most of its
 * paragraph text, else the body.
 */

/** Elements read as paragraphs (Readability's DEFAULT_TAGS_TO_SCORE, with list items and quotes). */
const PARAGRAPHS = 'p, pre, td, blockquote, h2, h3, h4, h5, h6, section, div, li';
/**
 * Paragraphs scored, in document order: enough to find any article's container, and a bound on the work
 * on a live blog of thousands of posts (whose container the first thousand show).
 */
const MAX_PARAGRAPHS = 1000;
/** Shorter text (without whitespace) is a caption, a label or a link, not a paragraph. */
const MIN_PARAGRAPH = 20;
/** How many ancestors a paragraph scores for: parent, grandparent and three more. */
const ANCESTOR_LEVELS = 5;
/** A sibling joins the article when it scores this share of the best container (Readability's 0.2)... */
const SIBLING_SHARE = 0.2;
/** ...and at least this much, with links under this share of its text. */
const SIBLING_MIN = 10;
const SIBLING_LINKS = 0.5;
/** The containers considered for the article, by their scores before link density. */
const RANKED = 10;
/** How many levels out from the article prose is looked for beside it, past levels without any. */
const WIDEN_LEVELS = 5;
/** Of the five best containers, three scoring 3/4 of the best make their common ancestor the article. */
const ALTERNATIVES = 5;
const ALTERNATIVE_SHARE = 0.75;
const MIN_ALTERNATIVES = 3;

/** What a container's tag says before its paragraphs are counted (Readability's _initializeNode). */
const TAG_WEIGHTS: Record<string, number> = {
  div: 5,
  article: 10,
  main: 10,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
/** Names of containers that hold stories (Readability's "positive" pattern). */
const POSITIVE_NAMES = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
/** Names of containers around stories (Readability's "negative" pattern). */
const NEGATIVE_NAMES =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|most-?read|popular|trending/;
const NAME_WEIGHT = 25;
/** Markup that names the article outright: schema.org's articleBody weighs most. */
const ARTICLE_BODY = '[itemprop~="articleBody" i]';
const HINT_WEIGHTS: [selector: string, weight: number][] = [
  [ARTICLE_BODY, 50],
  ['[role=main]', 10],
];

/** A paragraph beside the article's container is part of it when it is this long and hardly linked. */
const PROSE_CHARS = 80;
const PROSE_LINKS = 0.25;

const isProse = (element: Element) =>
  element.localName === 'p' &&
  (element.textContent?.trim().length ?? 0) > PROSE_CHARS &&
  linkDensity(element) < PROSE_LINKS;

const HINTED = 'article, main, [role=main], [itemprop~="articleBody" i]';
/**
 * Paragraphs in these are never the article's: a sidebar's live feed or a footer's list can out-score a
 * short story by paragraph count alone (a feed of fifty updates beside a five-paragraph article did).
 */
const NEVER_ARTICLE = 'aside, nav, footer, menu, [role=complementary], [role=navigation], [role=contentinfo]';
const FALLBACK_PARAGRAPHS = 'p, li, blockquote, pre, td, dd';
const MAIN_SHARE = 0.5;

const COMMAS = /[,，、،]/g;

/** Text of the element itself for a div, li or section (which may also just wrap paragraphs); all its text otherwise. */
function paragraphText(element: Element): string {
  if (!/^(?:div|li|section)$/.test(element.localName)) return element.textContent ?? '';
  let own = '';
  for (const node of element.childNodes) if (node.nodeType === 3) own += node.textContent;
  return own;
}

function initialScore(element: Element): number {
  let score = TAG_WEIGHTS[element.localName] ?? 0;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase();
  if (NEGATIVE_NAMES.test(names)) score -= NAME_WEIGHT;
  if (POSITIVE_NAMES.test(names)) score += NAME_WEIGHT;
  for (const [selector, weight] of HINT_WEIGHTS) if (element.matches(selector)) score += weight;
  return score;
}

const isShownDefault = (element: Element) =>
  typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true });

/** The smallest article-like container holding at least half of the page's paragraph text, else the body. */
function hintedContainer(body: Element): Element {
  const candidates = new Set(body.querySelectorAll(HINTED));
  if (candidates.size === 0) return body;
  const textIn = new Map<Element, number>();
  let total = 0;
  for (const paragraph of body.querySelectorAll(FALLBACK_PARAGRAPHS)) {
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

/** Each container's score from the paragraphs under it. */
function scoreContainers(body: Element, isShown: (element: Element) => boolean): Map<Element, number> {
  const scores = new Map<Element, number>();
  let scored = 0;
  for (const paragraph of body.querySelectorAll(PARAGRAPHS)) {
    const text = paragraphText(paragraph);
    const length = visibleLength(text);
    if (length < MIN_PARAGRAPH || paragraph.closest(NEVER_ARTICLE) || !isShown(paragraph)) continue;
    if (++scored > MAX_PARAGRAPHS) break;
    const score = 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(length / 100), 3);
    let at: Element | null = /^(?:div|li|section)$/.test(paragraph.localName) ? paragraph : paragraph.parentElement;
    for (let level = 0; at && level < ANCESTOR_LEVELS; level++, at = at.parentElement) {
      if (!scores.has(at)) scores.set(at, initialScore(at));
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(at, scores.get(at)! + score / share);
      if (at === body) break;
    }
  }
  return scores;
}

export function mainContent(body: Element, isShown: (element: Element) => boolean = isShownDefault): Element {
  const scores = scoreContainers(body, isShown);
  if (scores.size === 0) return hintedContainer(body);
  // Link density walks a container's whole text, so it is read in order of the scores before it, and
  // only while a container could still matter (its score times 1 - density is at most its score).
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, RANKED);
  const final: (readonly [Element, number])[] = [];
  for (const [element, score] of ranked) {
    // Past this score a container can neither be the best nor one of its near-best alternatives.
    if (final.length > 0 && score < final[0]![1] * ALTERNATIVE_SHARE) break;
    final.push([element, score * (1 - linkDensity(element))]);
    final.sort((a, b) => b[1] - a[1]);
  }
  const [top, topScore] = final[0]!;
  let root: Element = top;
  // Several near-best containers under one ancestor are parts of one article (Readability's
  // alternative candidates): their ancestor is the article.
  const alternatives = final
    .slice(0, ALTERNATIVES)
    .filter(([element, score]) => element !== top && score >= topScore * ALTERNATIVE_SHARE && !element.contains(top))
    .map(([element]) => element);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let at = top.parentElement; at && at !== body; at = at.parentElement) {
      if (alternatives.filter((element) => at.contains(element)).length >= MIN_ALTERNATIVES) {
        root = at;
        break;
      }
    }
  }
  // An article split around adverts, galleries or sections holds prose beside the best container, at
  // its level or a few levels out: the article reaches as far out as prose of its own continues.
  const threshold = Math.max(SIBLING_MIN, topScore * SIBLING_SHARE);
  // A sibling named as the element it stands beside is another part of the same thing (Readability's bonus).
  const joins = (sibling: Element, beside: Element) =>
    ((scores.get(sibling) ?? 0) >= threshold && linkDensity(sibling) < SIBLING_LINKS) ||
    (!!beside.getAttribute('class') &&
      sibling.getAttribute('class') === beside.getAttribute('class') &&
      (scores.get(sibling) ?? 0) > 0) ||
    isProse(sibling);
  let at: Element = root;
  // The body is never the article when one container was found, and markup that names the article
  // bounds it.
  for (let climbed = 0; at.parentElement && at.parentElement !== body && climbed < WIDEN_LEVELS; climbed++) {
    if (at.matches(HINTED)) break;
    const parent: Element = at.parentElement;
    if ([...parent.children].some((sibling) => sibling !== at && joins(sibling, at))) {
      root = parent;
      climbed = -1;
    }
    at = parent;
  }
  return root;
}
