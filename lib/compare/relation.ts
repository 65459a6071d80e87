import { shareTopic } from '../claims/topics';
import type { Claim } from '../claims/types';
import type { CorpusClaim, Relation } from './types';
import { intervalOf, roundsTo, sameFigure } from './interval';
import { LOOSE_MIN_VALUE, sameFigureLooseContext, sameness } from './same-quantity';

type Comparable = Pick<Claim, 'text' | 'value' | 'qualifier' | 'low' | 'high' | 'kind' | 'quantity' | 'topics'>;

/** Within a factor of two of each other. */
const near = (a: number, b: number) => Math.min(Math.abs(a), Math.abs(b)) * 2 >= Math.max(Math.abs(a), Math.abs(b));

/**
 * The relation between a claim and a corpus claim, or null when they are not about the same quantity.
 * Values compare as intervals: disjoint intervals conflict; overlapping ones agree when they state the
 * same figure ("at least 32" and "32", "about 240" and "240") and are compatible otherwise ("more than
 * 15,000" and "more than 14,800", "2.3 million" and "more than two million").
 */
export function relationOf(
  claim: Comparable,
  other: CorpusClaim,
  otherTopics: readonly string[],
): { relation: Relation; loose: boolean } | null {
  if (!shareTopic(claim.topics, otherTopics)) return null;
  const same = sameness(claim, other);
  if (same) {
    const [aLow, aHigh] = intervalOf(claim);
    const [bLow, bHigh] = intervalOf(other);
    const overlap = aLow <= bHigh && bLow <= aHigh;
    if (!overlap && roundsTo(claim, other)) return { relation: 'compatible', loose: false };
    if (!overlap) return same === 'same' ? { relation: 'conflict', loose: false } : null;
    if (sameFigure(claim, other)) return { relation: 'agree', loose: false };
    // "109 deaths" fits "at least 32 killed on Friday", but with a scope unstated they may be two tolls:
    // compatible only when the figures are close, as a toll told as it grows is ("at least 27 killed",
    // "the toll rose to 39").
    return same === 'same' || near(claim.value, other.value) ? { relation: 'compatible', loose: false } : null;
  }
  if (Math.abs(claim.value) >= LOOSE_MIN_VALUE && sameFigure(claim, other) && sameFigureLooseContext(claim, other)) {
    return { relation: 'agree', loose: true };
  }
  return null;
}
