import { linkDensity, visibleLength } from './link-density';
import { isChromeTitle } from './section-titles';

/**
 * What around an article is not the article: navigation, headers and footers, sidebars, menus, cookie
 * banners, bylines and timestamps, ads, lists and boxes of links ("Top 10", "Most read", "Related"),
 * charts and tables of market data, and what is hidden from readers. Checked once per element while the
 * page's text is collected; a match leaves out the whole subtree.
 */

const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'time', 'address']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'search',
  'alertdialog',
]);
const CHROME_ITEMPROPS = new Set(['author', 'datepublished', 'datemodified', 'publisher']);

/** Words in class names and ids that mark chrome, matched anywhere in the name (camelCase included). */
const CHROME_WORDS =
  /cookie|consent|gdpr|byline|advert|sponsor|newsletter|breadcrumb|paywall|outbrain|taboola|trending|mostread|most-read|most_read|popular|top-?10|topten/;
/** Short words that mark chrome only as a whole part of a name ("ad-slot", "site_nav"), not inside another word. */
const CHROME_TOKENS = new Set([
  'ad',
  'ads',
  'adslot',
  'nav',
  'navbar',
  'menu',
  'footer',
  'share',
  'sharing',
  'social',
  'related',
  'dateline',
  'timestamp',
  'date',
  'author',
  'authors',
  'sidebar',
  'promo',
  'banner',
  'masthead',
  'toolbar',
  'topbar',
  'comments-count',
]);

/**
 * Containers that may be a box of links. Their link density is measured on text without whitespace (a
 * list's indentation is not text), and only on boxes small enough to be one: an article is longer.
 */
const LINK_BOXES = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl', 'header']);
const MIN_LINKS = 2;
const MAX_BOX_CHARS = 4000;
/** A box whose text is mostly links is a menu or a "related" box, not prose (Readability's 0.5). */
const LINK_SHARE = 0.5;
/** Markup that names the article: never left out for the words in its class names. */
const ARTICLE_MARKUP = 'main, article, [role=main], [itemprop~="articleBody" i], body';
/** Charts: the figures in them are axis labels and data points, not claims. */
const CHART_NAMES =
  /(?:^|[^a-z])(?:chart|charts|graph|graphic|infographic|highcharts|datawrapper|ticker|tickers|quotes?-?(?:bar|strip|module))(?:$|[^a-z])/;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role=heading]';
/** A table with this many signed changes or percentages is a table of market data. */
const MARKET_CHANGES = 3;
const SIGNED_CHANGE = /(?:^|[\s(])[-+−▲▼]\d/g;

function namesChrome(element: Element): boolean {
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase();
  if (names.length <= 1) return false;
  if (CHROME_WORDS.test(names)) return true;
  return names.split(/[^a-z0-9]+/).some((token) => CHROME_TOKENS.has(token));
}

function isLinkBox(element: Element): boolean {
  const text = element.textContent ?? '';
  if (text.length > MAX_BOX_CHARS * 2 || visibleLength(text) > MAX_BOX_CHARS) return false;
  return element.querySelectorAll('a').length >= MIN_LINKS && linkDensity(element, text) >= LINK_SHARE;
}

/** A box headed "Most read", "Related", "Lire aussi"... (extension/page/section-titles.ts). */
function isTitledBox(element: Element): boolean {
  const first = element.firstElementChild;
  if (!first) return false;
  const heading = first.matches(HEADINGS) ? first : first.localName === 'header' ? first.querySelector(HEADINGS) : null;
  const text = heading?.textContent ?? '';
  return text.length > 0 && text.length < 80 && isChromeTitle(text);
}

function isMarketTable(element: Element): boolean {
  return (element.textContent?.match(SIGNED_CHANGE)?.length ?? 0) >= MARKET_CHANGES;
}

/** Whether `element` (with everything in it) is page chrome rather than article text. */
export function isPageChrome(element: Element): boolean {
  const tag = element.localName;
  if (CHROME_TAGS.has(tag)) return true;
  // An article's own <header> holds its headline; the page's holds the masthead and menus.
  if (tag === 'header' && !element.closest('article, main, [role=main]')) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const itemprop = element.getAttribute('itemprop');
  if (itemprop && CHROME_ITEMPROPS.has(itemprop.toLowerCase())) return true;
  if (element.getAttribute('rel') === 'author') return true;
  if (/cookie|consent|advert/i.test(element.getAttribute('aria-label') ?? '')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if (tag === 'canvas' || (tag === 'figure' && element.querySelector('svg, canvas, table'))) return true;
  if (tag === 'table' && isMarketTable(element)) return true;
  // Class names are a hint, not proof: the article's own container may carry "social" or "share" in
  // them (CNN's <main> does), so markup that names the article is never left out for its class names.
  if (!element.matches(ARTICLE_MARKUP)) {
    if (namesChrome(element)) return true;
    if (CHART_NAMES.test(`${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase())) return true;
  }
  if (isTitledBox(element)) return true;
  return LINK_BOXES.has(tag) && isLinkBox(element);
}
