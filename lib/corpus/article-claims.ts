import { extractClaims } from '../claims/extract';
import { assertionOf } from '../claims/types';
import type { CorpusClaim } from '../compare/types';

/** The claims of a corpus article in the form the corpus stores them. */
export function corpusClaimsOf(articleId: number, text: string): CorpusClaim[] {
  return extractClaims(text).map((c) => ({
    articleId,
    key: c.key,
    figureKey: c.figureKey,
    ...assertionOf(c),
    sentence: text.slice(c.sentenceStart, c.sentenceEnd),
    offsetInSentence: c.start - c.sentenceStart,
  }));
}
