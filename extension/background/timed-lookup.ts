import type { CorpusHit, CorpusLookup } from '../../lib/compare/types';
import { measure } from '../../lib/corpus/measure';

/**
 * The corpus as one check sees it, timing the check's phases on the service worker's performance
 * timeline for `npm run bench:check`: from the message to the first lookup (extracting and framing the
 * page's claims), until the last lookup's answer (reading the corpus), then comparing until `done`.
 */
export function timedLookup(corpus: CorpusLookup, since: number): { corpus: CorpusLookup; done: () => void } {
  let asked: number | undefined;
  let answered: number | undefined;
  const timed = (hits: Promise<CorpusHit[]>) => {
    if (asked === undefined) {
      asked = performance.now();
      measure('crosscheck:extract', { start: since, end: asked });
    }
    return hits.then((h) => {
      answered = performance.now();
      return h;
    });
  };
  return {
    corpus: {
      claimsByKeys: (keys, perKey) => timed(corpus.claimsByKeys(keys, perKey)),
      claimsByFigureKeys: (keys, perKey) => timed(corpus.claimsByFigureKeys(keys, perKey)),
      figureKeysOf: (ids) => corpus.figureKeysOf(ids),
      selfArticleIds: (url, fingerprints) => corpus.selfArticleIds(url, fingerprints),
    },
    done() {
      if (asked === undefined || answered === undefined) return;
      measure('crosscheck:lookup', { start: asked, end: answered });
      measure('crosscheck:compare', { start: answered, end: performance.now() });
    },
  };
}
