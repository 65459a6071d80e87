import { extractClaims } from '../claims/extract';
import type { Comparable, Related } from './relation';
import { relate } from './relation';
import { intervalOf } from './interval';
import type { Claim } from '../claims/types';
import { CORRECTION_MARKERS, REPLACED_BEFORE, REVISED_DOWN, TOLL_WORDS } from './time-words';

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
  const linked = LINK_WORDS.some((w) => lower.includes(w)) && MARKER.test(sentence);
  const down = DOWN_WORDS.some((w) => lower.includes(w)) && TOLL.test(sentence);
  if (!linked && !down) return [];
  const claims = extractClaims(sentence);
  const out: Correction[] = [];
  claims.forEach((second, i) => {
    const first = claims[i - 1];
    if (!first) return;
    const between = sentence.slice(first.end, second.start);
    const pair = (value: Claim, replaced: Claim) =>
      out.push({ value: value.value, replaced: replaced.value, unit: replaced.quantity.unit, at: replaced.start });
    if (linked && LINK.test(between)) pair(first, second);
    else if (down && first.kind === 'count' && second.kind === 'count') {
      const lead = sentence.slice(0, first.start);
      // The toll itself is what was revised: "the death toll was revised", "revised the toll".
      if (!TOLL.test(lead.slice(lead.search(/[^,;:]*$/)))) return;
      // "revised the toll down to 3,958 from 11,300" and "revised the toll down from 11,300 to 3,958".
      if (DOWN_TO.test(lead) && FROM.test(between) && first.value < second.value) pair(first, second);
      else if (DOWN_FROM.test(lead) && /^\s+to\s+$/.test(between) && second.value < first.value) pair(second, first);
    }
  });
  return out;
}

const DOWN_WORDS = REVISED_DOWN.map((w) => w.words);
const TOLL = new RegExp(`\\b(?:${alternatives(TOLL_WORDS)})\\b`, 'i');
const DOWN = `\\b(?:${alternatives(REVISED_DOWN)})\\b[^.;]{0,60}?`;
const DOWN_TO = new RegExp(
  `${DOWN}\\b(?:down(?:ward)?\\s+)?to\\s+(?:(?:just|only|about|around|at\\s+least)\\s+)?$`,
  'i',
);
const DOWN_FROM = new RegExp(
  `${DOWN}\\b(?:down(?:ward)?\\s+)?from\\s+(?:(?:an?|the)\\s+)?(?:(?:earlier|previous|initial)\\s+)?(?:(?:figure|toll|estimate|count)\\s+of\\s+)?$`,
  'i',
);
const FROM =
  /^\s*,?\s+(?:down\s+)?from\s+(?:(?:an?|the)\s+)?(?:(?:earlier|previous|initial)\s+)?(?:(?:figure|toll|estimate|count)\s+of\s+)?$/i;

// A corpus claim is a candidate for many claims: its sentence is read once.
const read = new WeakMap<object, Correction[]>();

/** The corrections stated in a stored claim's sentence, read once per claim. */
export function correctionsOf(claim: { sentence: string }): Correction[] {
  let found = read.get(claim);
  if (!found) read.set(claim, (found = correctionsIn(claim.sentence)));
  return found;
}

/**
 * The figure of a correction a claim gives: its own, or, for a figure told roughly ("about 4,000 confirmed
 * deaths"), the one of the two its interval holds when it does not also hold the other: a rounded
 * replacement is the replacement.
 */
function standsFor(claim: Comparable, c: Correction): number | null {
  if (claim.value === c.value || claim.value === c.replaced) return claim.value;
  if (claim.qualifier !== 'approx') return null;
  const [low, high] = intervalOf(claim);
  const holds = (v: number) => low <= v && v <= high;
  if (holds(c.value) !== holds(c.replaced)) return holds(c.value) ? c.value : c.replaced;
  return null;
}

const pairs = (c: Correction, a: number | null, b: number) =>
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
  const applies = corrections.filter((c) => c.unit === claim.quantity.unit && standsFor(claim, c) !== null);
  if (!applies.length) return related;
  const paired = (c: Correction, value: number) => pairs(c, standsFor(claim, c), value);
  const out = related.filter((r) => !applies.some((c) => paired(c, figureOf(r))));
  for (const { side, make } of candidates) {
    if (side.quantity.unit !== claim.quantity.unit || !applies.some((c) => paired(c, side.value))) continue;
    const r = relate(claim, side, true);
    if (r.relation !== null || r.why === 'weak' || r.why === 'far')
      out.push(make({ relation: 'conflict', sameness: 'same', loose: false, corrected: true }));
  }
  return out;
}
