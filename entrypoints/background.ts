import { answerArticle } from '@/extension/background/add-article';
import { answerContent } from '@/extension/background/answer-content';
import { forwardCommands } from '@/extension/background/commands';
import { corpusDb, corpusLookup, prepareCorpus } from '@/extension/background/corpus';
import { broadcastCorpusChanged, relayCorpusChanged } from '@/extension/background/corpus-changed';
import { forgetPages } from '@/extension/background/page-sentences';
import { reanalyseThenTell } from '@/extension/background/upkeep';
import { isArticleRequest } from '@/lib/article-messages';
import { replyWith } from '@/lib/reply';

// Runs on install, on update and on every service-worker start: each starts the worker afresh.
export default defineBackground(() => {
  const seeded = prepareCorpus().catch((e) => console.error('Crosscheck: could not prepare the corpus', e));
  const articleDeps = {
    seeded,
    db: corpusDb,
    changed: (except?: number) => broadcastCorpusChanged(forgetPages, except),
  };
  void seeded
    .then(() => reanalyseThenTell(corpusDb(), () => articleDeps.changed()))
    .catch((e) => console.error('Crosscheck: could not re-analyse the corpus', e));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (relayCorpusChanged(message, sender, forgetPages)) return false;
    if (isArticleRequest(message)) return replyWith(answerArticle(message, sender, articleDeps), sendResponse);
    return replyWith(answerContent(message, sender, { seeded, corpus: corpusLookup }), sendResponse);
  });
  forwardCommands();
  // Once, on install (not on update or browser start): what the colours mean and where the corpus lives.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
});
