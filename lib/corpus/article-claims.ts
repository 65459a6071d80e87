import { extractClaims } from '../claims/extract';
import type { CorpusClaim } from '../compare/types';

/** The claims of a corpus article in the form the corpus stores them. */
export function corpusClaimsOf(articleId: number, text: string): CorpusClaim[] {
  return extractClaims(text).map((c) => ({
    articleId,
    key: c.key,
    figureKey: c.figureKey,
    text: c.text,
    value: c.value,
    qualifier: c.qualifier,
    low: c.low,
    high: c.high,
    kind: c.kind,
    quantity: c.quantity,
    sentence: text.slice(c.sentenceStart, c.sentenceEnd),
    offsetInSentence: c.start - c.sentenceStart,
  }));
}
