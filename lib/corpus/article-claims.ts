import { extractClaims } from '../claims/extract';
import { topicsOf } from '../claims/topics';
import { assertionOf, type Claim } from '../claims/types';
import { filedKey } from '../compare/lookup-keys';
import type { CorpusClaim } from '../compare/types';

const corpusClaimOf = (articleId: number, text: string, c: Claim): CorpusClaim => {
  const sentence = text.slice(c.sentenceStart, c.sentenceEnd);
  return {
    articleId,
    key: filedKey(c, sentence),
    figureKey: c.figureKey,
    ...assertionOf(c),
    sentence,
    offsetInSentence: c.start - c.sentenceStart,
  };
};

/** The claims of a corpus article in the form the corpus stores them. */
export function corpusClaimsOf(articleId: number, text: string): CorpusClaim[] {
  return extractClaims(text).map((c) => corpusClaimOf(articleId, text, c));
}

/**
 * The claims of a corpus article and its topics (what its source row says it is about), which extraction
 * reads for its claims: read again, they were a twentieth of an imported article's analysis.
 */
export function claimsAndTopicsOf(articleId: number, text: string): { claims: CorpusClaim[]; topics: string[] } {
  const extracted = extractClaims(text);
  return {
    claims: extracted.map((c) => corpusClaimOf(articleId, text, c)),
    topics: extracted[0]?.topics ?? topicsOf(text),
  };
}
