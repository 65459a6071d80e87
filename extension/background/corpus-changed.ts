import type { Browser } from 'wxt/browser';
import { CORPUS_CHANGED, isCorpusChanged } from '../../lib/messages';
import { forgetLookups } from './corpus';

/**
 * Passes the options page's news of a changed corpus on to every tab, so open pages check their figures
 * again without a reload. Only the extension's own pages may send it (the options page runs in a tab, so
 * its URL tells it from a content script). Returns whether the message was this one.
 */
export function relayCorpusChanged(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  forget: () => void,
): boolean {
  if (!isCorpusChanged(message)) return false;
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return true;
  broadcastCorpusChanged(forget);
  return true;
}

/**
 * Tells every tab, but `except` (a page whose own article was just added: it has nothing new to check
 * against), that the corpus changed; `forget` drops what the background remembers of the old corpus.
 */
export function broadcastCorpusChanged(forget: () => void, except?: number): void {
  forget();
  forgetLookups();
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) {
      // Tabs without the content script (browser pages, other extensions) refuse the message.
      if (tab.id !== undefined && tab.id !== except)
        void browser.tabs.sendMessage(tab.id, CORPUS_CHANGED).catch(() => undefined);
    }
  });
}
