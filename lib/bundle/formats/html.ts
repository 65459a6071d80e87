import { Readability } from '@mozilla/readability';
import { dateOfIso } from '../dates';

/** Elements that hold one paragraph of an article each. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function meta(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = clean(el?.getAttribute('content'));
    if (content) return content;
  }
  return '';
}

/** The page's own address, when it states an absolute http(s) one. */
function canonicalUrl(doc: Document): string {
  const href = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) || meta(doc, 'og:url');
  return /^https?:\/\//i.test(href) ? href : '';
}

/** The article as paragraphs separated by blank lines, the way the corpus and the engine read text. */
function paragraphsOf(root: Element): string {
  const leaves = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const paragraphs = leaves.map((el) => clean(el.textContent)).filter(Boolean);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : clean(root.textContent);
}

/**
 * An article record from a saved news page: the main text found by Readability (Firefox's reader view),
 * the title, outlet and date from the page's metadata (Open Graph, article:published_time, the
 * canonical link). Fields the page does not state are left out, to be inferred like any article's; a
 * metadata date that is not ISO is left out rather than refusing the page. Takes a Document so the
 * caller chooses the DOM: DOMParser in the browser, linkedom in tests. Readability changes the document.
 */
export function articleRecordOfDocument(doc: Document): Record<string, string> | string[] {
  const title = meta(doc, 'og:title', 'twitter:title') || clean(doc.title);
  const outlet = meta(doc, 'og:site_name', 'application-name');
  const published = dateOfIso(
    meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate') ||
      clean(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
  );
  const url = canonicalUrl(doc);
  const article = new Readability(doc, { serializer: (node: Node) => node as Element }).parse();
  const text = article?.content ? paragraphsOf(article.content) : '';
  if (text === '') return ['no article text found in the page'];
  const record: Record<string, string> = { text };
  if (title) record.title = title;
  if (outlet) record.outlet = outlet;
  if (published) record.published = published;
  if (url) record.url = url;
  return record;
}
