import { extractClaims } from '../claims/extract';
import { alternativesOf } from './alternatives';
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
  /**
   * A figure set anew from another ("revised to 236,000, up from 156,000"): a later estimate, no correction
   * of the figure it replaced; but two accounts of one revision that give different figures before it
   * contradict each other (`accountsOfOneRevision`).
   */
  revision?: true;
}

/**
 * Verbs that set a figure anew and may name the one it replaced. Two accounts of one revision share the
 * figure it reached, so the figures they give before it are one figure, at one time.
 */
export const REVISION_VERBS: { words: string; reason: string }[] = [
  { words: 'revised', reason: 'an office\'s estimate set anew: "payrolls were revised to 236,000, up from 156,000"' },
  { words: 'adjusted', reason: 'an estimate set anew: "adjusted its estimate to 4.1% from 3.9%"' },
  { words: 'updated', reason: 'a count set anew: "updated the toll to 95 from 89"' },
];

// "instead of 11,300", "rather than the earlier figure of 11,300", "not the 11,300": what stands before the replaced figure.
const LINK = new RegExp(
  `\\b(?:${alternativesOf(REPLACED_BEFORE)})\\s+(?:(?:the|an?)\\s+)?(?:(?:earlier|previous|previously\\s+reported|initial|original|first)\\s+)?(?:(?:figure|toll|estimate|count|tally|number)\\s+of\\s+)?$`,
  'i',
);
const MARKER = new RegExp(`\\b(?:${alternativesOf(CORRECTION_MARKERS)})\\b`, 'i');
const LINK_WORDS = REPLACED_BEFORE.map((w) => w.words.split(' ')[0]!);

/** The corrections a sentence states: each figure set right with the figure it replaced. */
export function correctionsIn(sentence: string): Correction[] {
  // Plain scans first: almost no sentence sets a figure right.
  const lower = sentence.toLowerCase();
  const linked = LINK_WORDS.some((w) => lower.includes(w)) && MARKER.test(sentence);
  const down = DOWN_WORDS.some((w) => lower.includes(w)) && TOLL.test(sentence);
  const revised = lower.includes('from') && REVISION_WORDS.some((w) => lower.includes(w));
  if (!linked && !down && !revised) return [];
  const claims = extractClaims(sentence);
  const out: Correction[] = [];
  claims.forEach((second, i) => {
    const first = claims[i - 1];
    if (!first) return;
    const between = sentence.slice(first.end, second.start);
    const pair = (value: Claim, replaced: Claim) =>
      out.push({ value: value.value, replaced: replaced.value, unit: replaced.quantity.unit, at: replaced.start });
    const lead = sentence.slice(0, first.start);
    if (revised && first.quantity.unit === second.quantity.unit) {
      // "revised to 236,000, up from 156,000" and "revised from 157,000 to 236,000".
      const revision = (value: Claim, replaced: Claim) =>
        out.push({
          value: value.value,
          replaced: replaced.value,
          unit: replaced.quantity.unit,
          at: replaced.start,
          revision: true,
        });
      if (REVISED_TO.test(lead) && FROM.test(between)) revision(first, second);
      else if (REVISED_FROM.test(lead) && /^\s+to\s+$/.test(between)) revision(second, first);
    }
    if (linked && LINK.test(between)) pair(first, second);
    else if (down && first.kind === 'count' && second.kind === 'count') {
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
const TOLL = new RegExp(`\\b(?:${alternativesOf(TOLL_WORDS)})\\b`, 'i');
const DOWN = `\\b(?:${alternativesOf(REVISED_DOWN)})\\b[^.;]{0,60}?`;
const DOWN_TO = new RegExp(
  `${DOWN}\\b(?:down(?:ward)?\\s+)?to\\s+(?:(?:just|only|about|around|at\\s+least)\\s+)?$`,
  'i',
);
const DOWN_FROM = new RegExp(
  `${DOWN}\\b(?:down(?:ward)?\\s+)?from\\s+(?:(?:an?|the)\\s+)?(?:(?:earlier|previous|initial)\\s+)?(?:(?:figure|toll|estimate|count)\\s+of\\s+)?$`,
  'i',
);
const FROM =
  /^\s*,?\s+(?:(?:up|down)\s+)?from\s+(?:(?:an?|the)\s+)?(?:(?:earlier|previous|initial)\s+)?(?:(?:figure|toll|estimate|count)\s+of\s+)?$/i;
const REVISION_WORDS = REVISION_VERBS.map((w) => w.words);
const REVISED = `\\b(?:${alternativesOf(REVISION_VERBS)})\\b[^.;]{0,60}?`;
const REVISED_TO = new RegExp(
  `${REVISED}\\b(?:(?:up|down)(?:ward)?\\s+)?to\\s+(?:(?:just|only|about|around)\\s+)?$`,
  'i',
);
const REVISED_FROM = new RegExp(
  `${REVISED}\\b(?:(?:up|down)(?:ward)?\\s+)?from\\s+(?:(?:an?|the)\\s+)?(?:(?:earlier|previous|initial)\\s+)?(?:(?:figure|estimate|count)\\s+of\\s+)?$`,
  'i',
);

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

/**
 * Two accounts of one revision, the figure it reached the same, that give different figures before it
 * ("revised to 236,000, up from 156,000" and "revised from 157,000 to 236,000"): each figure before it
 * stands in place of the other, as a correction's do.
 */
function accountsOfOneRevision(corrections: Correction[]): Correction[] {
  const revisions = corrections.filter((c) => c.revision);
  return revisions.flatMap((a) =>
    revisions
      .filter((b) => b.value === a.value && b.unit === a.unit && b.replaced !== a.replaced)
      .map((b) => ({ value: a.replaced, replaced: b.replaced, unit: a.unit, at: a.at, revision: true as const })),
  );
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
  const stated = [...corrections.filter((c) => !c.revision), ...accountsOfOneRevision(corrections)];
  const applies = stated.filter((c) => c.unit === claim.quantity.unit && standsFor(claim, c) !== null);
  if (!applies.length) return related;
  const paired = (c: Correction, value: number) => pairs(c, standsFor(claim, c), value);
  const out = related.filter((r) => !applies.some((c) => paired(c, figureOf(r))));
  for (const { side, make } of candidates) {
    const by = side.quantity.unit === claim.quantity.unit ? applies.find((c) => paired(c, side.value)) : undefined;
    if (!by) continue;
    const r = relate(claim, side, true);
    if (r.relation !== null || r.why === 'weak' || r.why === 'far')
      out.push(
        make({
          relation: 'conflict',
          sameness: 'same',
          loose: false,
          corrected: by.revision ? 'revision' : 'correction',
        }),
      );
  }
  return out;
}
