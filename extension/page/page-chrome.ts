/**
 * What around an article is not the article: navigation, headers and footers, sidebars, menus, cookie
 * banners, bylines and timestamps, ads, and lists of links ("Top 10", "Most read"). Checked once per
 * element while the page's text is collected; a match leaves out the whole subtree.
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

const LIST_TAGS = new Set(['ul', 'ol']);
const MIN_LIST_ITEMS = 3;
/** A list whose text is mostly links is a menu or a "related" box, not prose. */
const LINK_SHARE = 0.7;

function namesChrome(element: Element): boolean {
  const names = `${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase();
  if (names.length <= 1) return false;
  if (CHROME_WORDS.test(names)) return true;
  return names.split(/[^a-z0-9]+/).some((token) => CHROME_TOKENS.has(token));
}

function isLinkList(element: Element): boolean {
  if (element.children.length < MIN_LIST_ITEMS) return false;
  const total = element.textContent?.trim().length ?? 0;
  if (total === 0) return false;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += link.textContent?.trim().length ?? 0;
  return linked / total >= LINK_SHARE;
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
  if (namesChrome(element)) return true;
  return LIST_TAGS.has(tag) && isLinkList(element);
}
