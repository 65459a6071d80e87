import { extractClaims } from '../claims/extract';
import type { Comparable, Related } from './relation';
import { relate } from './relation';
import { CORRECTION_MARKERS, REPLACED_BEFORE } from './time-words';

/**
 * One figure given in place of another for the same time ("at least 3,958 people have died instead of
 * 11,300 as was earlier reported"): sources that give the two contradict each other, however far apart
 * their reports, where reports of a running total at different times would be a series.
 */
export interface Correction {
  value: number;
  replaced: number;
  unit: string;
  /** Where the replaced figure starts in its sentence. */
  at: number;
}

const alternatives = (list: { words: string }[]) =>
  [...list]
    .map((w) => w.words)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

// "instead of 11,300", "rather than the earlier figure of 11,300", "not the 11,300": what stands before the replaced figure.
const LINK = new RegExp(
  `\\b(?:${alternatives(REPLACED_BEFORE)})\\s+(?:(?:the|an?)\\s+)?(?:(?:earlier|previous|previously\\s+reported|initial|original|first)\\s+)?(?:(?:figure|toll|estimate|count|tally|number)\\s+of\\s+)?$`,
  'i',
);
const MARKER = new RegExp(`\\b(?:${alternatives(CORRECTION_MARKERS)})\\b`, 'i');
const LINK_WORDS = REPLACED_BEFORE.map((w) => w.words.split(' ')[0]!);

/** The corrections a sentence states: each figure set right with the figure it replaced. */
export function correctionsIn(sentence: string): Correction[] {
  // Plain scans first: almost no sentence sets a figure right.
  const lower = sentence.toLowerCase();
  if (!LINK_WORDS.some((w) => lower.includes(w)) || !MARKER.test(sentence)) return [];
  const claims = extractClaims(sentence);
  const out: Correction[] = [];
  claims.forEach((replaced, i) => {
    const before = claims[i - 1];
    if (!before || !LINK.test(sentence.slice(before.end, replaced.start))) return;
    out.push({ value: before.value, replaced: replaced.value, unit: replaced.quantity.unit, at: replaced.start });
  });
  return out;
}

// A corpus claim is a candidate for many claims: its sentence is read once.
const read = new WeakMap<object, Correction[]>();

/** The corrections stated in a stored claim's sentence, read once per claim. */
export function correctionsOf(claim: { sentence: string }): Correction[] {
  let found = read.get(claim);
  if (!found) read.set(claim, (found = correctionsIn(claim.sentence)));
  return found;
}

const pairs = (c: Correction, a: number, b: number) =>
  (c.value === a && c.replaced === b) || (c.value === b && c.replaced === a);

/**
 * The claim's relations once corrections are weighed: a candidate whose figure one of them pairs with the
 * claim's, aligned with it in all but the figures (a series, a rule on figures far apart or on weak
 * evidence), conflicts with it, as of one time. Others keep their relation.
 */
export function corrected<R extends Related>(
  claim: Comparable,
  related: R[],
  figureOf: (r: R) => number,
  candidates: { side: Comparable; make: (r: Related) => R }[],
  corrections: Correction[],
): R[] {
  const applies = corrections.filter(
    (c) => c.unit === claim.quantity.unit && (c.value === claim.value || c.replaced === claim.value),
  );
  if (!applies.length) return related;
  const out = related.filter((r) => !applies.some((c) => pairs(c, claim.value, figureOf(r))));
  for (const { side, make } of candidates) {
    if (side.quantity.unit !== claim.quantity.unit || !applies.some((c) => pairs(c, claim.value, side.value))) continue;
    const r = relate(claim, side, true);
    if (r.relation !== null || r.why === 'weak' || r.why === 'far')
      out.push(make({ relation: 'conflict', sameness: 'same', loose: false, corrected: true }));
  }
  return out;
}
