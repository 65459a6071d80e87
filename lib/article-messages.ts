import { parsePageArticle, type PageArticle } from './page-article';

/**
 * The protocol for adding a page's article to the corpus, beside lib/messages.ts and validated the same
 * way: the popup asks the page's content script for its article (`get-article`, a PopupToContent
 * message), then asks the background whether it is stored and to add it; with the reader's opt-in, the
 * content script asks the background to keep each article read.
 */

/** Content script -> popup: the page's article, or why the page has none. */
export type PageArticleAnswer = { ok: true; article: PageArticle } | { ok: false; reason: string };

/**
 * Popup -> background: is this article in the corpus (`article-stored`), add it to "Articles I added"
 * (`add-article`). Content script -> background: keep the article just read in "Articles I read"
 * (`keep-article`), when the reader has opted in.
 */
export interface ArticleRequest {
  type: 'article-stored' | 'add-article' | 'keep-article';
  article: PageArticle;
  /** The popup's tab: once its article is added it has nothing new to check against. */
  tabId?: number;
}

/**
 * Background -> popup or content script: the article can be added (`new`), was added now (`added`), or
 * was already in the corpus (`stored`, with the bundle holding it); each with the title it has there.
 */
export type ArticleState =
  | { ok: true; state: 'new' | 'added'; title: string }
  | { ok: true; state: 'stored'; title: string; bundle: string }
  | { ok: false; error: string };

const REQUESTS: readonly string[] = ['article-stored', 'add-article', 'keep-article'];
/** Reasons and errors are shown as text; longer ones are not ours. */
const MAX_REASON = 500;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isShortString = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_REASON;

export function parseArticleRequest(x: unknown): ArticleRequest | null {
  if (!isObject(x) || !REQUESTS.includes(x.type as string)) return null;
  const article = parsePageArticle(x.article);
  const { tabId } = x;
  if (!article || (tabId !== undefined && !(Number.isInteger(tabId) && (tabId as number) >= 0))) return null;
  return {
    type: x.type as ArticleRequest['type'],
    article,
    ...(tabId === undefined ? {} : { tabId: tabId as number }),
  };
}

/** Whether a message is one of these requests, before it is validated (the background routes on it). */
export const isArticleRequest = (x: unknown): boolean => isObject(x) && REQUESTS.includes(x.type as string);

/** What the content script answered, checked before the popup uses it: it runs in the page's process. */
export function parsePageArticleAnswer(x: unknown): PageArticleAnswer | null {
  if (!isObject(x)) return null;
  if (x.ok === false) return isShortString(x.reason) ? { ok: false, reason: x.reason } : null;
  const article = x.ok === true ? parsePageArticle(x.article) : null;
  return article && { ok: true, article };
}

export function parseArticleState(x: unknown): ArticleState | null {
  if (!isObject(x)) return null;
  if (x.ok === false) return isShortString(x.error) ? { ok: false, error: x.error } : null;
  if (x.ok !== true || typeof x.title !== 'string') return null;
  if (x.state === 'new' || x.state === 'added') return { ok: true, state: x.state, title: x.title };
  if (x.state === 'stored' && typeof x.bundle === 'string')
    return { ok: true, state: 'stored', title: x.title, bundle: x.bundle };
  return null;
}
