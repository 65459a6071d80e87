import { Readability } from '@mozilla/readability';
import { metaContent, pageMetadata } from '../page-metadata';
import { LIMITS } from '../types';
import { errorText } from '../../reply';

const NO_TEXT = 'no article text found in the page';

/** Elements that hold one paragraph of an article each. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The page's own address, when it states an absolute http(s) one. */
function canonicalUrl(doc: Document): string {
  const href = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) || metaContent(doc, 'og:url');
  return /^https?:\/\//i.test(href) ? href : '';
}

/** The article as paragraphs separated by blank lines, the way the corpus and the engine read text. */
function paragraphsOf(root: Element): string {
  const leaves = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const paragraphs = leaves.map((el) => clean(el.textContent)).filter(Boolean);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : clean(root.textContent);
}

/** Whether elements nest deeper than `max` anywhere under `root`, walked without recursion. */
function nestsDeeperThan(root: Element, max: number): boolean {
  const stack: [Element, number][] = [[root, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (depth > max) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability, which recurses over the tree and slows with its depth, on a page shallow enough for it. */
function mainContent(doc: Document): Element | null | string[] {
  if (nestsDeeperThan(doc.documentElement, LIMITS.htmlNesting))
    return [`the page nests elements more than ${LIMITS.htmlNesting} levels deep`];
  try {
    return new Readability(doc, { serializer: (node: Node) => node as Element }).parse()?.content ?? null;
  } catch (e) {
    return [`the page could not be read: ${errorText(e)}`];
  }
}

/**
 * An article record from a saved news page: the main text found by Readability (Firefox's reader view),
 * the title, outlet and date from the page's metadata (`pageMetadata`: Open Graph,
 * article:published_time, JSON-LD) and the URL from its canonical link. Fields the page does not state are left out, to be inferred like any article's; a
 * metadata date that is not ISO is left out rather than refusing the page. Takes a Document so the
 * caller chooses the DOM: DOMParser in the browser, linkedom in tests. Readability changes the document.
 */
export function articleRecordOfDocument(doc: Document): Record<string, string> | string[] {
  // A browser always makes an <html> element; linkedom leaves none for a file that is not markup.
  if (!doc.documentElement) return [NO_TEXT];
  const { title, siteName: outlet, published } = pageMetadata(doc);
  const url = canonicalUrl(doc);
  const content = mainContent(doc);
  if (Array.isArray(content)) return content;
  const text = content ? paragraphsOf(content) : '';
  if (text === '') return [NO_TEXT];
  const record: Record<string, string> = { text };
  if (title) record.title = title;
  if (outlet) record.outlet = outlet;
  if (published) record.published = published;
  if (url) record.url = url;
  return record;
}
