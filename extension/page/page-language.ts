import { detectLanguage } from '@/lib/languages/detect';
import { ENGLISH, primaryLanguage } from '@/lib/languages/readable-claims';

/** Enough of the article's text for the detector, read without copying the whole of a long page. */
const SAMPLE_CHARS = 6000;
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template']);

function sample(root: Element): string {
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && text.length < SAMPLE_CHARS; node = walker.nextNode())
    if (!NOT_PROSE.has(node.parentElement?.localName ?? '')) text += ` ${node.nodeValue ?? ''}`;
  return text;
}

/**
 * The language a page is read in, as a primary subtag: what its article's words say when they say it
 * clearly (pages often declare a site-wide language, or none), else what the page declares (`lang`,
 * then the content-language header's meta twin), else English.
 */
export function pageLanguage(root: Element): string {
  const detected = detectLanguage(sample(root));
  if (detected) return detected;
  const page = root.ownerDocument;
  const declared =
    page.documentElement.lang || page.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  return primaryLanguage(declared) ?? ENGLISH;
}
