import type { NewArticle } from '../bundle/types';
import { sentenceFingerprints } from '../claims/fingerprint';
import type { CorpusClaim } from '../compare/types';
import type { ArticleRow } from './db';
import { corpusClaimsOf } from './article-claims';
import { textHash } from './text-hash';

/** An article with everything the store needs computed, before any write. */
export interface PreparedArticle {
  row: Omit<ArticleRow, 'id' | 'bundleId'>;
  /** Claims with a placeholder articleId; the real one is known only once the article is stored. */
  claims: CorpusClaim[];
}

export type Progress = (done: number, total: number) => void;

const PLACEHOLDER_ID = -1;
// Yield to the event loop between batches so a page stays responsive while a big bundle is analysed.
const BATCH = 50;

export async function prepareArticles(articles: NewArticle[], onProgress?: Progress): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  for (const [i, a] of articles.entries()) {
    const claims = corpusClaimsOf(PLACEHOLDER_ID, a.text);
    const fingerprints = sentenceFingerprints(a.text);
    prepared.push({
      row: { ...a, textHash: await textHash(a.text), fingerprints, fingerprintCount: fingerprints.length, claimCount: claims.length },
      claims,
    });
    if ((i + 1) % BATCH === 0) {
      onProgress?.(i + 1, articles.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  onProgress?.(articles.length, articles.length);
  return prepared;
}
