import type { NewArticle } from '../bundle/types';
import { sentenceFingerprints } from '../claims/fingerprint';
import type { CorpusClaim } from '../compare/types';
import type { ArticleRow } from './db';
import { corpusClaimsOf } from './article-claims';
import { searchWordsOf } from './search-words';
import { textHash } from './text-hash';

/** An article with everything the store needs computed, before any write. */
export interface PreparedArticle {
  row: Omit<ArticleRow, 'id' | 'bundleId'>;
  /** Claims with a placeholder articleId; the real one is known only once the article is stored. */
  claims: CorpusClaim[];
}

/** How far the analysis of a bundle has got: articles done of the total, and the claims found so far. */
export interface ImportProgress {
  articles: number;
  total: number;
  claims: number;
}

export type Progress = (progress: ImportProgress) => void;

const PLACEHOLDER_ID = -1;
// Yield to the event loop between batches so progress is shown and a cancel is heard.
const BATCH = 50;

/**
 * Computes claims, fingerprints, text hash and search words of every article, yielding between batches so
 * a cancel (`signal`) is heard; an aborted signal throws its reason and nothing is returned.
 */
export async function prepareArticles(
  articles: NewArticle[],
  { onProgress, signal }: { onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  let claimCount = 0;
  for (const [i, a] of articles.entries()) {
    const claims = corpusClaimsOf(PLACEHOLDER_ID, a.text);
    const fingerprints = sentenceFingerprints(a.text);
    claimCount += claims.length;
    prepared.push({
      row: {
        ...a,
        textHash: await textHash(a.text),
        fingerprints,
        fingerprintCount: fingerprints.length,
        claimCount: claims.length,
        searchWords: searchWordsOf(a.title, a.outlet),
      },
      claims,
    });
    if ((i + 1) % BATCH === 0) {
      onProgress?.({ articles: i + 1, total: articles.length, claims: claimCount });
      await new Promise((resolve) => setTimeout(resolve, 0));
      signal?.throwIfAborted();
    }
  }
  onProgress?.({ articles: articles.length, total: articles.length, claims: claimCount });
  return prepared;
}
