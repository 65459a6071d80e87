import type { CorpusClaim } from '../compare/types';
import { filedKeys } from './filed-keys';

/**
 * The claims of one article, stored as one row. An article's 60-odd claims as 60-odd rows (or objects)
 * cloned and stored five times slower than as one row of strings (measured in Chromium, 2,000 generated
 * articles). A lookup reads the latest articles filed under a key and needs one or two claims of each:
 * the keys stay plain strings, beside each claim's JSON, so only the claims a lookup selects are parsed.
 * Each sentence is kept once, however many figures it holds.
 */
export interface PackRow {
  articleId: number;
  /** Every index entry the article's claims are filed under (filedKeys), once each: a multi-entry index. */
  keys: string[];
  /** Each claim's key and figure key, in the order the claims were found. */
  claimKeys: string[];
  figureKeys: string[];
  /** Each claim's other fields, as JSON of PackedClaim. */
  claims: string[];
  sentences: string[];
}

type PackedClaim = Omit<CorpusClaim, 'articleId' | 'key' | 'figureKey' | 'sentence' | 'offsetInSentence'> & {
  /** Index of the claim's sentence in PackRow.sentences. */
  s: number;
  offsetInSentence: number;
};

export function packClaims(articleId: number, claims: CorpusClaim[]): PackRow {
  const sentences = new Map<string, number>();
  const packed = claims.map(
    ({ articleId: _id, key: _key, figureKey: _figure, sentence, offsetInSentence, ...rest }) => {
      if (!sentences.has(sentence)) sentences.set(sentence, sentences.size);
      return JSON.stringify({ ...rest, s: sentences.get(sentence)!, offsetInSentence });
    },
  );
  return {
    articleId,
    keys: [...new Set(claims.flatMap(filedKeys))],
    claimKeys: claims.map((c) => c.key),
    figureKeys: claims.map((c) => c.figureKey),
    claims: packed,
    sentences: [...sentences.keys()],
  };
}

/** The claim at `i` as corpusClaimsOf gives it, fields in the same order. */
function claimAt(row: PackRow, i: number): CorpusClaim {
  const { s, offsetInSentence, ...rest } = JSON.parse(row.claims[i]!) as PackedClaim;
  return {
    articleId: row.articleId,
    key: row.claimKeys[i]!,
    figureKey: row.figureKeys[i]!,
    ...rest,
    sentence: row.sentences[s]!,
    offsetInSentence,
  };
}

/** Every claim of the pack. */
export const unpackClaims = (row: PackRow): CorpusClaim[] => row.claimKeys.map((_, i) => claimAt(row, i));

/** The claims of the pack filed under `indexKey`, in the order they were found; only these are parsed. */
export function claimsFiledUnder(row: PackRow, indexKey: string): CorpusClaim[] {
  const out: CorpusClaim[] = [];
  row.claimKeys.forEach((key, i) => {
    if (filedKeys({ key, figureKey: row.figureKeys[i]! }).includes(indexKey)) out.push(claimAt(row, i));
  });
  return out;
}
