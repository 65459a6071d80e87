import type { Comparable, MissReason } from './relation';
import { relate } from './relation';
import type { CorpusHit, NearMiss } from './types';

/**
 * Why a corpus figure that speaks of the same thing was not matched, in the words a reader sees on an
 * unverified figure's card: the field that kept the two apart, or the rule on their figures. Figures
 * told too differently to be weighed ('weak': "117 men" and "two million people") speak of another thing.
 */
const MISS_WORDS: Partial<Record<MissReason, string>> = {
  time: 'different day',
  thing: 'different group',
  event: 'different event',
  unit: 'different unit',
  place: 'different place',
  subject: 'different place',
  year: 'different year',
  far: 'figures too far apart to be one count',
  expected: 'a forecast, not the figure that came',
  average: 'an average, not one figure',
};

/** Candidates weighed field by field for a near miss, at the most. */
const MAX_WEIGHED = 12;

/**
 * The corpus figure nearest to matching an unmatched claim, and why it did not: among the candidates,
 * one kept apart by a single field (by its sub-groups only, when the field is what is counted) or by a
 * rule on figures that align, the fewest fields apart first. Null when none speaks of the same thing.
 */
export function nearestMiss(
  claim: Comparable,
  candidates: readonly { hit: CorpusHit; side: Comparable }[],
): NearMiss | null {
  let best: { hit: CorpusHit; why: string; apart: number } | null = null;
  let weighed = 0;
  for (const { hit, side } of candidates) {
    // What else is counted is no near miss: told apart by the thing, a figure is one only by its sub-groups.
    if (side.frame.head !== claim.frame.head || side.frame.kind !== claim.frame.kind) continue;
    // The latest candidates first: a card needs one reason, not the best of hundreds.
    if (++weighed > MAX_WEIGHED) break;
    const r = relate(claim, side, true);
    if (r.relation !== null || r.fieldsApart > 1) continue;
    const words = MISS_WORDS[r.why];
    if (!words) continue;
    if (!best || r.fieldsApart < best.apart) best = { hit, why: words, apart: r.fieldsApart };
    if (best.apart === 0) break;
  }
  return best && { claim: best.hit.claim, source: best.hit.source, why: best.why };
}
