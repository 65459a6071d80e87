import { isArticleProse } from '@/extension/page/article-prose';
import { isFurniture } from '@/extension/page/furniture';
import { mainContent } from '@/extension/page/main-content';
import type { PageArticleAnswer } from '@/lib/article-messages';
import { BLOCK_SEPARATOR } from '@/lib/block-text';
import { pageMetadata } from '@/lib/bundle/page-metadata';
import { LIMITS } from '@/lib/bundle/types';
import { blocksIn } from './text-blocks';

const isShown = (element: Element) => element.checkVisibility({ visibilityProperty: true });

/** Past this many paragraphs a page is a live blog or a feed, and reading it whole would hold up the page. */
const MAX_PARAGRAPHS = 1_000;

const notAnArticle = (reason: string): PageArticleAnswer => ({ ok: false, reason });

/**
 * The page's article for the corpus, read as the page is checked: the article finder's main content
 * (extension/page/main-content.ts), block by block without page chrome or furniture (text-blocks.ts), so
 * that the stored text is the text this page sends to be checked and the page recognises itself in the
 * corpus by all of its sentences. A page is an article only when that content holds enough prose
 * (article-prose.ts); a site's front page, and what is not a web page, never is.
 */
export function readPageArticle(): PageArticleAnswer {
  if (location.protocol !== 'https:' && location.protocol !== 'http:')
    return notAnArticle('Only web pages can be added to the corpus.');
  if (location.pathname === '/') return notAnArticle('This is the front page of a site, not an article.');
  const body = document.body;
  const root = body && mainContent(body);
  if (!root || !isArticleProse(root, isShown))
    return notAnArticle('This page does not look like a news article: it holds too little prose.');
  const paragraphs: string[] = [];
  let chars = 0;
  for (const block of blocksIn(root, () => undefined)) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text === '' || isFurniture(text)) continue;
    chars += text.length + BLOCK_SEPARATOR.length;
    if (chars > LIMITS.textChars || paragraphs.length >= MAX_PARAGRAPHS)
      return notAnArticle('This page holds more text than one article: a live page or a feed.');
    paragraphs.push(text);
  }
  return {
    ok: true,
    article: { url: location.href, ...pageMetadata(document), text: paragraphs.join(BLOCK_SEPARATOR) },
  };
}
