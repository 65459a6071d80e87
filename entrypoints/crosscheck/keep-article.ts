import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readKeepArticles, watchKeepArticles } from '@/extension/page/keep-setting';
import type { ArticleRequest } from '@/lib/article-messages';
import { isTopFrame } from './frames';
import { safely } from './guard';
import { readPageArticle } from './page-article';

/**
 * Addresses decided in one page load, at most: a reader of a single-page site reads a few dozen articles
 * in a tab, while a page that rewrites its address and text in a loop must not fill the corpus.
 */
const MAX_ADDRESSES = 50;

/**
 * With the reader's opt-in (extension/page/keep-setting.ts, off by default), offers the page's article to
 * the background to keep in "Articles I read" once the page has been checked: its own check came first,
 * against the corpus without it. Decided once per address, from the top frame, and only when the page
 * holds an article (page-article.ts); read when the page is idle. The background decides again, from the
 * setting and the site switches, whether to keep it.
 */
export function keepReadArticles(ctx: ContentScriptContext): { settled(): void } {
  let keep = readKeepArticles().catch(() => false);
  ctx.onInvalidated(
    watchKeepArticles((on) => {
      keep = Promise.resolve(on);
    }),
  );
  const decided = new Set<string>();
  const offer = safely(() => {
    const answer = readPageArticle();
    if (!answer.ok || !ctx.isValid) return;
    const request: ArticleRequest = { type: 'keep-article', article: answer.article };
    return browser.runtime.sendMessage(request).catch(() => undefined);
  });
  return {
    /** The page's figures were all checked. */
    settled: safely(async () => {
      // Decided once per address, with the setting as it was then: a page read while it was off is not
      // kept later because the corpus changed and the page was checked again.
      const url = location.href;
      if (!isTopFrame() || decided.has(url) || decided.size >= MAX_ADDRESSES) return;
      decided.add(url);
      if (await keep) ctx.requestIdleCallback(offer, { timeout: 2_000 });
    }),
  };
}
