import type { NewArticle } from '../bundle/types';
import { sentenceFingerprints } from '../claims/fingerprint';
import { figureCountOf } from '../compare/stories';
import type { ArticleRow } from './db';
import { corpusClaimsOf } from './article-claims';
import { packClaims, type PackRow } from './pack';
import { searchWordsOf } from './search-words';
import { selfPrintsOf } from './self-prints';
import { textHash } from './text-hash';

/** An article with everything the store needs computed, before any write. */
export interface PreparedArticle {
  row: Omit<ArticleRow, 'id' | 'bundleId'>;
  /** The claims packed, with a placeholder articleId, like the claims. */
  pack: PackRow;
  figureCount: number;
  /** About how many bytes the article takes in IndexedDB: its strings as UTF-16. */
  bytes: number;
}

/**
 * How far the import of a bundle has got: articles analysed and written of the total, and the claims
 * found so far. `committing` is the last transaction, which makes the bundle visible and cannot be
 * cancelled.
 */
export interface ImportProgress {
  articles: number;
  written: number;
  total: number;
  claims: number;
  committing?: boolean;
}

export type Progress = (progress: ImportProgress) => void;

const PLACEHOLDER_ID = -1;

/** Claims, fingerprints, text hash and search words of one article. */
export async function prepareArticle(a: NewArticle): Promise<PreparedArticle> {
  const claims = corpusClaimsOf(PLACEHOLDER_ID, a.text);
  const fingerprints = sentenceFingerprints(a.text);
  const pack = packClaims(PLACEHOLDER_ID, claims);
  return {
    row: {
      ...a,
      textHash: await textHash(a.text),
      fingerprints,
      selfPrints: selfPrintsOf(fingerprints),
      fingerprintCount: fingerprints.length,
      claimCount: claims.length,
      searchWords: searchWordsOf(a.title, a.outlet),
    },
    pack,
    figureCount: figureCountOf(claims),
    bytes:
      2 *
      (a.text.length +
        [...pack.keys, ...pack.claimKeys, ...pack.figureKeys, ...pack.claims, ...pack.sentences].reduce(
          (n, k) => n + k.length,
          0,
        )),
  };
}

/** Every article prepared; for the small bundles written in one transaction (the seeds). */
export function prepareArticles(articles: NewArticle[]): Promise<PreparedArticle[]> {
  return Promise.all(articles.map(prepareArticle));
}
