import type { Browser } from 'wxt/browser';
import { readKeepArticles } from '../page/keep-setting';
import { readSettings } from '../page/settings-store';
import { isActiveOn } from '../page/site-settings';
import { parseArticleRequest, type ArticleRequest, type ArticleState } from '../../lib/article-messages';
import { appendArticle, bundleHolding, type ReaderBundle } from '../../lib/corpus/append-article';
import type { CorpusDb } from '../../lib/corpus/db';
import { articleOfPage, normalisedPageUrl } from '../../lib/page-article';
import { errorText } from '../../lib/reply';

export interface ArticleDeps {
  /** Settles once the seed corpus is installed, so an added page is never taken for a seed's duplicate too early. */
  seeded: Promise<unknown>;
  db: () => CorpusDb;
  /** Tells open tabs the corpus changed, but the tab `except`. */
  changed: (except?: number) => void;
}

/** Errors are shown in the popup as text; a page's long URL quoted in one is cut. */
const MAX_ERROR = 300;
const failed = (error: string): ArticleState => ({
  ok: false,
  error: error.length > MAX_ERROR ? `${error.slice(0, MAX_ERROR - 1)}…` : error,
});

/**
 * Articles kept from one site per hour, at most: more than anyone reads, while a page that reloads itself
 * with new text in a loop cannot fill the corpus. In the worker's memory; a restart forgets it.
 */
const KEPT_PER_SITE_HOUR = 60;
const HOUR_MS = 3_600_000;
const keptAt = new Map<string, number[]>();

function overKeepLimit(origin: string, now = Date.now()): boolean {
  const recent = (keptAt.get(origin) ?? []).filter((t) => now - t < HOUR_MS);
  keptAt.set(origin, recent);
  return recent.length >= KEPT_PER_SITE_HOUR;
}

const INTO: Record<Exclude<ArticleRequest['type'], 'article-stored'>, ReaderBundle> = {
  'add-article': 'added',
  'keep-article': 'read',
};

/**
 * Who may ask what: the extension's own pages (the popup) may ask whether an article is stored and add
 * it; a page's content script, from its top frame, may only offer the article it shows, under the address
 * the browser gives for it, and it is kept only while the reader's opt-in is on and Crosscheck is on for
 * that site (both read here again: the page's word is not taken for them). Returns the reason for a no.
 */
async function refusal(request: ArticleRequest, sender: Browser.runtime.MessageSender): Promise<string | null> {
  if (sender.id !== browser.runtime.id) return 'not from this extension';
  if (request.type !== 'keep-article')
    return sender.url?.startsWith(browser.runtime.getURL('/')) ? null : 'only the popup may add an article';
  const url = sender.url === undefined ? null : normalisedPageUrl(sender.url);
  if (sender.tab?.id === undefined || sender.frameId !== 0 || url === null)
    return 'only a web page may offer its article';
  if (!(await readKeepArticles())) return 'keeping the articles read is off';
  const { origin } = new URL(url);
  if (!isActiveOn(await readSettings(), origin)) return 'Crosscheck is off on this site';
  if (overKeepLimit(origin)) return `more than ${KEPT_PER_SITE_HOUR} articles kept from this site in an hour`;
  return null;
}

/**
 * Answers the requests to add a page's article to the corpus (lib/article-messages.ts): whether it is
 * stored, add it to "Articles I added" from the popup, keep it in "Articles I read" from the page. The
 * article is validated like an imported one (lib/page-article.ts) and stored through the import's write
 * path (lib/corpus/append-article.ts); open tabs then check their figures again. Never throws.
 */
export async function answerArticle(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  deps: ArticleDeps,
): Promise<ArticleState> {
  try {
    const request = parseArticleRequest(raw);
    if (!request) return failed('malformed message');
    const refused = await refusal(request, sender);
    if (refused) return failed(refused);
    const page = request.type === 'keep-article' ? { ...request.article, url: sender.url! } : request.article;
    const article = articleOfPage(page);
    if (Array.isArray(article)) return failed(`the article could not be read: ${article.join('; ')}`);
    await deps.seeded;
    const db = deps.db();
    if (request.type === 'article-stored') {
      const holder = await bundleHolding(db, article);
      return holder
        ? { ok: true, state: 'stored', title: article.title, bundle: holder.name }
        : { ok: true, state: 'new', title: article.title };
    }
    const result = await appendArticle(db, INTO[request.type], article);
    if (!result.added) return { ok: true, state: 'stored', title: article.title, bundle: result.bundle.name };
    if (request.type === 'keep-article') keptAt.get(new URL(article.url!).origin)?.push(Date.now());
    // The page the article came from has nothing new to check against.
    deps.changed(request.type === 'keep-article' ? sender.tab?.id : request.tabId);
    return { ok: true, state: 'added', title: article.title };
  } catch (e) {
    return failed(errorText(e));
  }
}
