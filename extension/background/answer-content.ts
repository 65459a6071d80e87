import type { Browser } from 'wxt/browser';
import { claimsPerBlock, joinBlocks } from '../../lib/block-text';
import { checkText } from '../../lib/check-text';
import type { CorpusLookup } from '../../lib/compare/types';
import { parseContentMessage, type Ack, type CheckResponse } from '../../lib/messages';
import { errorText } from '../../lib/reply';
import { showConflictCount } from './badge';
import { pageSelf } from './page-sentences';
import { sentenceFingerprints } from '../../lib/claims/fingerprint';
import { timedLookup } from './timed-lookup';
import { measure } from '../../lib/corpus/measure';

export interface BackgroundDeps {
  /** Settles once the seed corpus is loaded (or failed to), so a first check sees the seeds. */
  seeded: Promise<unknown>;
  corpus: () => CorpusLookup;
}

/** Answers one content-script message; every failure becomes `{ ok: false, error }`. */
export async function answerContent(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  deps: BackgroundDeps,
): Promise<CheckResponse | Ack> {
  try {
    const message = parseContentMessage(raw);
    if (!message) return { ok: false, error: 'malformed message' };
    if (message.type === 'wake') return { ok: true };
    if (message.type === 'summary') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'a summary must come from a tab' };
      await showConflictCount(tabId, message.conflicts);
      return { ok: true };
    }
    await deps.seeded;
    const start = performance.now();
    const joined = joinBlocks(message.blocks);
    const { corpus, done } = timedLookup(deps.corpus(), start);
    const self = pageSelf(sender.tab?.id, message.url, sentenceFingerprints(joined.text), (fps) =>
      corpus.selfArticleIds(message.url, fps),
    );
    // What the page states of itself, where it states it; else what the text shows (lib/check-text.ts).
    const { language, title, published } = message;
    const claims = await checkText(joined.text, corpus, message.url, self, { language, title, published });
    done();
    const answer = claimsPerBlock(claims, joined, message.blocks);
    measure('crosscheck:check', { start, detail: { chars: joined.text.length, claims: answer.length } });
    return { ok: true, claims: answer };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}
