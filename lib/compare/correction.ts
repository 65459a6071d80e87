import { extractClaims } from '../claims/extract';
import { MONTHS } from '../claims/grammar/calendar';
import { alternativesOf, holdsAny } from '../alternatives';
import type { Frame } from './frame';
import type { Comparable, Related } from './relation';
import { alignedButForTime, relate } from './relation';
import { intervalOf, overlapping, sameFigure } from './interval';
import { accumulates, runningTotalOf } from './series';
import type { Relation } from './types';
import { daysBetween } from './when';
import type { Claim } from '../claims/types';
import {
  CORRECTION_MARKERS,
  EARLIER_REPORT_WORDS,
  REPLACED_BEFORE,
  REVISED_DOWN,
  REVISED_TO_HEDGES,
  REVISED_TALLY_NOUNS,
  TOLL_WORDS,
} from './time-words';

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
  /**
   * A toll revised down to the figure with none named as replaced ("the death toll has been revised down to 84"):
   * `replaced` is NaN, and every higher figure for the toll reported before it is replaced (`belowRevision`).
   */
  alone?: true;
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
const mayLink = holdsAny(REPLACED_BEFORE.map((w) => w.words.split(' ')[0]!));

// frame.ts reads a stored claim's corrections, and check.ts again right after (`correctionsOf`): the last sentence's
// are kept, whose reading may extract its claims.
let lastRead: { sentence: string; found: Correction[] } = { sentence: '', found: [] };

/** The corrections a sentence states: each figure set right with the figure it replaced. */
export function correctionsIn(sentence: string): Correction[] {
  if (sentence !== lastRead.sentence) lastRead = { sentence, found: correctionsStated(sentence) };
  return lastRead.found;
}

function correctionsStated(sentence: string): Correction[] {
  // Plain scans first: almost no sentence sets a figure right.
  const lower = sentence.toLowerCase();
  const linked = mayLink(lower) && MARKER.test(sentence);
  const down = mayGoDown(lower) && TOLL.test(sentence);
  const revised = lower.includes('from') && mayRevise(lower);
  if (!linked && !down && !revised) return [];
  const claims = extractClaims(sentence);
  const out: Correction[] = [];
  claims.forEach((second, i) => {
    const first = claims[i - 1];
    if (!first) return;
    const between = sentence.slice(first.end, second.start);
    const pair = (value: Claim, replaced: Claim, revision?: true) =>
      out.push({
        value: value.value,
        replaced: replaced.value,
        unit: replaced.quantity.unit,
        at: replaced.start,
        ...(revision && { revision }),
      });
    const lead = sentence.slice(0, first.start);
    if (revised && first.quantity.unit === second.quantity.unit) {
      // "revised to 236,000, up from 156,000" and "revised from 157,000 to 236,000".
      if (REVISED_TO.test(lead) && FROM.test(between)) pair(first, second, true);
      else if (REVISED_FROM.test(lead) && TO.test(between)) pair(second, first, true);
    }
    if (linked && LINK.test(between)) pair(first, second);
    else if (down && first.kind === 'count' && second.kind === 'count') {
      // The toll itself is what was revised: "the death toll was revised", "revised the toll", "lowered the figure to
      // 84 from an earlier estimate of 103 killed": named in the figures' clause.
      const after = /^[^,;:.]*/.exec(sentence.slice(second.end))?.[0] ?? '';
      const clause = lead.slice(lead.search(/[^,;:]*$/)) + between + after;
      if (TOLL.test(clause)) {
        // "revised the toll down to 3,958 from 11,300" and "revised the toll down from 11,300 to 3,958".
        if (DOWN_TO.test(lead) && FROM.test(between) && first.value < second.value) pair(first, second);
        else if (DOWN_FROM.test(lead) && TO.test(between) && second.value < first.value) pair(second, first);
        // "84 people were killed, down from an earlier toll of 103": a toll of the dead below an earlier one of its own.
        else if (DOWN_FROM_EARLIER.test(between) && first.value < second.value) pair(first, second);
      }
      // "had put the death toll at 103, but later revised it to 84", "the death toll, initially reported as 103, was
      // revised to 84": the toll the first figure gave, set anew, the toll named before it in its sentence.
      if (TOLL.test(lead + between + after) && DOWN_AFTER.test(between) && second.value < first.value)
        pair(second, first);
    }
  });
  if (down)
    for (const c of claims) {
      if (c.kind !== 'count' || out.some((p) => p.value === c.value || p.replaced === c.value)) continue;
      const before = sentence.slice(0, c.start);
      const after = sentence.slice(c.end);
      const clause = before.slice(before.search(/[^,;:]*$/)) + (/^[^,;:.]*/.exec(after)?.[0] ?? '');
      if ((DOWN_TO_ALONE.test(before) || DOWN_AFTER_ALONE.test(after)) && TOLL.test(clause + after.slice(0, 80)))
        out.push({ value: c.value, replaced: NaN, unit: c.quantity.unit, at: c.start, alone: true });
    }
  return out;
}

const mayGoDown = holdsAny([...REVISED_DOWN.map((w) => w.words), 'down from']);
const TOLL = new RegExp(`\\b(?:${alternativesOf(TOLL_WORDS)})\\b`, 'i');
const DOWNWARD = '\\bdown(?:ward)?';
// "revised down to about 84": the hedge before the figure a toll was set to.
const TO_FIGURE = `to\\s+(?:(?:${alternativesOf(REVISED_TO_HEDGES)})\\s+)?$`;
// "from an earlier estimate of 103", "from the initially reported 103": the figure replaced, named as a report's.
const EARLIER_TALLY = `(?:(?:an?|the)\\s+)?(?:(?:${alternativesOf(EARLIER_REPORT_WORDS)})\\s+)?(?:(?:${alternativesOf(REVISED_TALLY_NOUNS)})\\s+of\\s+)?$`;
// The toll's own noun phrase may stand between the verb and the figures: "revised the death toll of two explosions
// near the burial site of the slain general from 103 to 95".
const DOWN = `\\b(?:${alternativesOf(REVISED_DOWN)})\\b[^.;,]{0,120}?`;
const DOWN_TO = new RegExp(`${DOWN}\\b(?:${DOWNWARD}\\s+)?${TO_FIGURE}`, 'i');
const DOWN_FROM = new RegExp(`${DOWN}\\b(?:${DOWNWARD}\\s+)?from\\s+${EARLIER_TALLY}`, 'i');
// A toll given and then revised in the clause after it, the toll named again or by a pronoun: "put the death toll at
// 103, but forensic experts later revised it to 84", "103 died, a toll since lowered to 84".
const DOWN_AFTER = new RegExp(
  `\\b(?:${alternativesOf(REVISED_DOWN)})\\s+(?:(?:it|the\\s+(?:${alternativesOf(REVISED_TALLY_NOUNS)}))\\s+)?(?:${DOWNWARD}\\s+)?${TO_FIGURE}`,
  'i',
);
// "84 people were killed in the city, down from an earlier toll of 103", "down from the initially reported 103": the
// figure before is named as an earlier report's, not a count of another period ("down from 103 the week before").
const DOWN_FROM_EARLIER = new RegExp(
  `^(?:\\s+\\p{L}[\\p{L}-]*){0,6}\\s*,?\\s+down\\s+from\\s+(?:(?:an?|the)\\s+)?(?:${alternativesOf(EARLIER_REPORT_WORDS)})\\s+(?:(?:${alternativesOf(REVISED_TALLY_NOUNS)})\\s+of\\s+)?$`,
  'iu',
);
// A toll revised down to a figure, no figure it replaced named: "the death toll has been revised down to 84", "lowered
// the toll to 84"; a verb that may be upward ("revised") needs "down".
const EITHER_WAY = alternativesOf(REVISED_DOWN.filter((w) => !w.down));
const DOWN_ONLY = alternativesOf(REVISED_DOWN.filter((w) => w.down));
const DOWN_TO_ALONE = new RegExp(
  `\\b(?:(?:${EITHER_WAY})\\b[^.;,]{0,60}?${DOWNWARD}|${DOWN_ONLY})\\b[^.;,]{0,60}?\\b${TO_FIGURE}`,
  'i',
);
// "killed 84 people the previous day, revising down an earlier toll".
const DOWN_AFTER_ALONE = new RegExp(`^[^.;]{0,80}?\\b(?:${alternativesOf(REVISED_DOWN)})\\s+${DOWNWARD}\\b`, 'i');
// What is counted may follow the first figure: "revised to 43,900 vehicles, up from 41,500".
const COUNTED_AFTER = '(?:\\s+\\p{L}[\\p{L}-]*){0,3}';
const FROM = new RegExp(`^${COUNTED_AFTER}\\s*,?\\s+(?:(?:up|down)\\s+)?from\\s+${EARLIER_TALLY}`, 'iu');
const TO = new RegExp(`^${COUNTED_AFTER}\\s+to\\s+$`, 'iu');
const mayRevise = holdsAny(REVISION_VERBS.map((w) => w.words));
const REVISED = `\\b(?:${alternativesOf(REVISION_VERBS)})\\b[^.;]{0,60}?`;
const REVISED_TO = new RegExp(`${REVISED}\\b(?:(?:up|down)(?:ward)?\\s+)?${TO_FIGURE}`, 'i');
const REVISED_FROM = new RegExp(`${REVISED}\\b(?:(?:up|down)(?:ward)?\\s+)?from\\s+${EARLIER_TALLY}`, 'i');

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
 * Monthly releases come four or five weeks apart, and reports retell a release for a week or so after it:
 * the last release before a revision's report is at most six weeks back, the one before it at least eight.
 */
export const PREVIOUS_RELEASE_DAYS = 42;

/** Each month's names ("sept", "september") to the month. */
const MONTH_OF = new Map(MONTHS.flatMap((m) => [m.name, ...m.abbreviations].map((w) => [w, m.name] as const)));

/** The months a figure's own part of its sentence names, and its period's ("the change for July"). */
function monthsOf(f: Frame): Set<string> {
  const words = f.quantity.scope === 'period' ? [...f.about, ...f.quantity.anchor.split(' ')] : f.about;
  return new Set([...words].flatMap((w) => MONTH_OF.get(w) ?? []));
}

const oneMonth = (a: Frame, b: Frame) => {
  const months = monthsOf(b);
  return [...monthsOf(a)].some((m) => months.has(m));
};

/** A figure its own sentence sets before its report as the one a revision replaced ("up from 156,000 initially"). */
const revisedAway = (f: Comparable, revisions: Correction[]) =>
  f.frame.earlier && revisions.some((c) => c.replaced === f.value && c.unit === f.quantity.unit);

/**
 * The figure a revision replaced ("July's gain was revised to 236,000, up from 156,000 initially") is the one
 * the last release gave: a report of that release for the same month's figure ("July's revised gain of
 * 157,000", five weeks earlier) with another figure contradicts it, and the same figure agrees. Both must
 * name the month, as a revision and the releases it revises do, and the figure must accumulate nothing (a
 * month's payroll gain, a rate): a running total's earlier reports are earlier points of a series, any of
 * which the figure "from" may be.
 */
function beforeRevision(replaced: Comparable, prior: Comparable): Relation | null {
  if (prior.frame.earlier || accumulates(replaced.frame) || accumulates(prior.frame)) return null;
  const [at, before] = [replaced.frame.when.reported, prior.frame.when.reported];
  if (!at || !before) return null;
  const days = daysBetween(at, before);
  if (days <= 0 || days > PREVIOUS_RELEASE_DAYS) return null;
  if (!oneMonth(replaced.frame, prior.frame) || !alignedButForTime(replaced, prior)) return null;
  if (sameFigure(replaced, prior)) return 'agree';
  return overlapping(replaced, prior) ? 'compatible' : 'conflict';
}

/** How a claim and a candidate relate across a revision one of them tells, when nothing else related them. */
function acrossRevision(claim: Comparable, side: Comparable, revisions: Correction[]): Relation | null {
  const relation = revisedAway(claim, revisions)
    ? beforeRevision(claim, side)
    : revisedAway(side, revisions)
      ? beforeRevision(side, claim)
      : null;
  if (!relation) return null;
  // Agreement and contradiction found otherwise stand; a figure merely compatible is one the revision places.
  const otherwise = relate(claim, side).relation;
  return otherwise === null || otherwise === 'compatible' ? relation : null;
}

/**
 * A figure a toll was revised down to, none named as replaced ("revised down to 84"), against a higher figure for the
 * same toll reported no later than it ("103 killed" the day before): the higher was replaced, a contradiction, where
 * reports of a running total at two times would be a series. A higher figure reported after it is the toll risen
 * again (84 revised on Thursday, 91 on Saturday).
 */
function belowRevision(a: Comparable, b: Comparable, alone: Correction[]): boolean {
  const [low, high] = a.value < b.value ? [a, b] : [b, a];
  const revisedTo = (f: Comparable) => alone.some((c) => c.value === f.value && c.unit === f.quantity.unit);
  if (!runningTotalOf(low.frame)?.rises || overlapping(low, high)) return false;
  const [at, before] = [low.frame.when.reported, high.frame.when.reported];
  if (at === undefined || before === undefined) return false;
  if (revisedTo(low)) return daysBetween(at, before) >= 0 && alignedButForTime(low, high);
  return revisedTo(high) && at === before && belowRevisedToll(low) && alignedButForTime(low, high);
}

/**
 * An exact toll reported on the day a toll was revised down, below the figure it was revised to ("83 killed" the day
 * "the toll was revised down to 84"), with no word of a revision of its own: within a day a toll only rises, and the
 * figures before the revision were higher, so it is no earlier or later point of the toll that day but another
 * figure for the revised one, which cannot also hold. A bound ("at least 80") is no such figure.
 */
const belowRevisedToll = (f: Comparable) => f.qualifier === 'exact' && !f.frame.earlier;

/**
 * The claim's relations once corrections are weighed: a candidate whose figure one of them pairs with the
 * claim's, aligned with it in all but the figures (a series, a rule on figures far apart or on weak
 * evidence), conflicts with it, as of one time; a figure a revision replaced meets the last release's
 * (`beforeRevision`). Others keep their relation.
 */
export function corrected<R extends Related>(
  claim: Comparable,
  related: R[],
  figureOf: (r: R) => number,
  // Read only when a correction applies: the caller may make each as it is read.
  candidates: Iterable<{ side: Comparable; make: (r: Related) => R }>,
  corrections: Correction[],
): R[] {
  const stated = [...corrections.filter((c) => !c.revision && !c.alone), ...accountsOfOneRevision(corrections)];
  const applies = stated.filter((c) => c.unit === claim.quantity.unit && standsFor(claim, c) !== null);
  const revisions = corrections.filter((c) => c.revision);
  const alone = corrections.filter((c) => c.alone);
  if (!applies.length && !revisions.length && !alone.length) return related;
  const paired = (c: Correction, value: number) => pairs(c, standsFor(claim, c), value);
  const out = applies.length ? related.filter((r) => !applies.some((c) => paired(c, figureOf(r)))) : [...related];
  const placed: R[] = [];
  for (const { side, make } of candidates) {
    const by = side.quantity.unit === claim.quantity.unit ? applies.find((c) => paired(c, side.value)) : undefined;
    if (!by) {
      if (alone.length && belowRevision(claim, side, alone)) {
        placed.push(make({ relation: 'conflict', sameness: 'same', loose: false, corrected: 'correction' }));
        continue;
      }
      const relation = revisions.length ? acrossRevision(claim, side, revisions) : null;
      if (relation) placed.push(make({ relation, sameness: 'same', loose: false, corrected: 'replaced' }));
      continue;
    }
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
  if (!placed.length) return out;
  // What a revision places a figure as replaces the figure's merely compatible relation.
  const values = new Set(placed.map(figureOf));
  return [...out.filter((r) => r.corrected || r.relation !== 'compatible' || !values.has(figureOf(r))), ...placed];
}
