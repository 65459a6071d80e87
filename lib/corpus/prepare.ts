import type { NewArticle } from '../bundle/types';
import { sentenceFingerprints } from '../claims/fingerprint';
import { figureCountOf } from '../compare/stories';
import type { ArticleRow } from './db';
import { claimsAndTopicsOf } from './article-claims';
import { packClaims, type PackRow } from './pack';
import { searchWordsOf } from './search-words';
import { TINY, selfPrintsOf } from './self-prints';
import { textHash } from './text-hash';

/** An article with everything the store needs computed, before any write. */
export interface PreparedArticle {
  row: Omit<ArticleRow, 'id' | 'bundleId'>;
  /** The claims packed, with a placeholder articleId, like the claims. */
  pack: PackRow;
  figureCount: number;
  /** What it is about, for its source row. */
  topics: string[];
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

/** An article with the hash of its text, computed before its analysis to tell duplicates. */
export interface HashedArticle {
  article: NewArticle;
  textHash: string;
}

/** `n` and the characters of the strings. */
function charsIn(n: number, strings: readonly string[]): number {
  for (const s of strings) n += s.length;
  return n;
}

/** Claims, fingerprints and search words of one article. */
export function prepareArticle({ article: a, textHash: hash }: HashedArticle): PreparedArticle {
  const { claims, topics } = claimsAndTopicsOf(PLACEHOLDER_ID, a.text);
  const fingerprints = sentenceFingerprints(a.text);
  const pack = packClaims(PLACEHOLDER_ID, claims);
  return {
    row: {
      ...a,
      textHash: hash,
      fingerprints,
      selfPrints: selfPrintsOf(fingerprints),
      // Only the articles self detection finds by their count have one: an index entry less for the others.
      ...(fingerprints.length <= TINY ? { fingerprintCount: fingerprints.length } : {}),
      claimCount: claims.length,
      searchWords: searchWordsOf(a.title, a.outlet),
    },
    pack,
    figureCount: figureCountOf(claims),
    topics,
    bytes: 2 * (a.text.length + [pack.claimKeys, pack.figureKeys, pack.claims, pack.sentences].reduce(charsIn, 0)),
  };
}

/** The text hash of each article, to tell duplicates before any analysis. */
export async function hashArticles(articles: NewArticle[]): Promise<HashedArticle[]> {
  const hashes = await Promise.all(articles.map((a) => textHash(a.text)));
  return articles.map((article, i) => ({ article, textHash: hashes[i]! }));
}

/** Every article prepared; for the small bundles written in one transaction (the seeds). */
export async function prepareArticles(articles: NewArticle[]): Promise<PreparedArticle[]> {
  return (await hashArticles(articles)).map(prepareArticle);
}
