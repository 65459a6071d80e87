import { useEffect, useState } from 'preact/hooks';
import {
  parseArticleState,
  parsePageArticleAnswer,
  type ArticleRequest,
  type ArticleState,
} from '@/lib/article-messages';
import type { PageArticle } from '@/lib/page-article';
import type { PopupToContent } from '@/lib/messages';

/** Where adding the page's article to the corpus stands, as the popup shows it. */
export type AddState =
  | { kind: 'reading' }
  | { kind: 'new'; article: PageArticle; title: string }
  | { kind: 'adding'; title: string }
  | { kind: 'added'; title: string }
  | { kind: 'stored'; title: string; bundle: string }
  /** No article to add, and why (not an article, a page Crosscheck cannot read, a failure). */
  | { kind: 'unavailable'; reason: string };

const UNREADABLE = "Crosscheck can't read this page.";

/** The background's answer as the popup's state; a malformed or missing answer is a failure. */
function stateOf(answer: ArticleState | null, article: PageArticle): AddState {
  if (!answer) return { kind: 'unavailable', reason: 'The extension did not answer.' };
  if (!answer.ok) return { kind: 'unavailable', reason: `Could not add it: ${answer.error}` };
  if (answer.state === 'stored') return { kind: 'stored', title: answer.title, bundle: answer.bundle };
  return answer.state === 'added'
    ? { kind: 'added', title: answer.title }
    : { kind: 'new', article, title: answer.title };
}

const ask = (request: ArticleRequest) => browser.runtime.sendMessage(request).then(parseArticleState, () => null);

/**
 * The page's article (asked of the tab's content script, in the top frame) and whether the corpus holds
 * it (asked of the background); `add` adds it to "Articles I added". Every answer is validated.
 */
export function usePageArticle(tabId: number | null): { state: AddState; add: () => void } {
  const [state, setState] = useState<AddState>({ kind: 'reading' });
  useEffect(() => {
    if (tabId === null) return setState({ kind: 'unavailable', reason: UNREADABLE });
    let stopped = false;
    const read = async () => {
      const request: PopupToContent = { type: 'get-article' };
      const answer = await browser.tabs
        .sendMessage(tabId, request, { frameId: 0 })
        .then(parsePageArticleAnswer, () => null);
      if (!answer || !answer.ok) return { kind: 'unavailable', reason: answer?.reason ?? UNREADABLE } as const;
      return stateOf(await ask({ type: 'article-stored', article: answer.article }), answer.article);
    };
    void read().then((next) => !stopped && setState(next));
    return () => {
      stopped = true;
    };
  }, [tabId]);
  const add = () => {
    if (state.kind !== 'new') return;
    const { article, title } = state;
    setState({ kind: 'adding', title });
    void ask({ type: 'add-article', article, ...(tabId === null ? {} : { tabId }) }).then((answer) =>
      setState(stateOf(answer, article)),
    );
  };
  return { state, add };
}
