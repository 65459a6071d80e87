import { answerContent } from '@/lib/background/answer-content';
import { forwardCommands } from '@/lib/background/commands';
import { corpusLookup, prepareCorpus } from '@/lib/background/corpus';
import { replyWith } from '@/lib/reply';

// Runs on install, on update and on every service-worker start: each starts the worker afresh.
export default defineBackground(() => {
  const seeded = prepareCorpus().catch((e) => console.error('Crosscheck: could not prepare the corpus', e));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) =>
    replyWith(answerContent(message, sender, { seeded, corpus: corpusLookup }), sendResponse),
  );
  forwardCommands();
});
