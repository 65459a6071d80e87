import { alternativesOf } from '../alternatives';
import { aboutWords, shareWord } from './about';
import { HEDGE } from './hedges';
import { near } from './near';
import type { Comparable } from './related';
import { ONE_TIME_DAYS } from './series';
import { daysBetween } from './when';

/**
 * Words right before a figure that tell it as the most or the least a quantity reached ("eased from a record 10 per
 * cent", "down from a peak of 11.1%", "after peaking at 9.1%"), each with the kind of extreme and its reason. A
 * quantity's peak is one value: told in reports a few days apart it is the same figure, whatever day each report
 * names ("in October 2022") or none, where the figures of the quantity itself move from release to release.
 */
export const PEAK_BEFORE: { words: string; peak: 'most' | 'least'; reason: string }[] = [
  { words: 'a record', peak: 'most', reason: '"easing to 7.9% from a record 10 per cent": the most it reached' },
  { words: 'a record high of', peak: 'most', reason: '"down from a record high of 11.1%"' },
  { words: 'an all-time high of', peak: 'most', reason: '"from an all-time high of 9.1%"' },
  { words: 'a high of', peak: 'most', reason: '"dropped from a high of 11.1% in October 2022"' },
  { words: 'a peak of', peak: 'most', reason: '"from a peak of 11.1%"' },
  { words: 'its peak of', peak: 'most', reason: '"well below its peak of 11.1%"' },
  { words: 'peaked at', peak: 'most', reason: '"inflation peaked at 11.1% in October"' },
  { words: 'a record low of', peak: 'least', reason: '"up from a record low of 0.1%"' },
  { words: 'a low of', peak: 'least', reason: '"rose from a low of 3.4%"' },
  { words: 'bottomed out at', peak: 'least', reason: '"unemployment bottomed out at 3.4%"' },
];

const PEAK = new RegExp(`\\b(${alternativesOf(PEAK_BEFORE)})\\s+${HEDGE}$`, 'i');
const KIND = new Map(PEAK_BEFORE.map((p) => [p.words, p.peak]));

/** The extreme a figure is told as, and the words of its sentence before it that may say of what ("inflation rate"). */
export interface Peak {
  kind: 'most' | 'least';
  words: ReadonlySet<string>;
}

/** The extreme a figure is told as (`PEAK_BEFORE`), or null. */
export function peakAt(sentence: string, offset: number): Peak | null {
  const m = PEAK.exec(sentence.slice(Math.max(0, offset - 40), offset));
  const kind = m && KIND.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  if (!kind) return null;
  // What the peak is of is named before it, often before a comma: "Inflation fell to 4.2% in May, down from a high of".
  return { kind, words: aboutWords(sentence.slice(0, offset).replace(/\S*\d\S*/g, ' ')) };
}

/**
 * Two shares or rates told as one extreme of one quantity (the same kind, the same unit, the same sub-groups, no two
 * words before what is counted that differ: "CPI inflation" and "inflation" are one; their sentences sharing a word before
 * them for what it is of, "inflation"), in reports at most a release apart (`ONE_TIME_DAYS`), within `near`'s factor: one peak,
 * so two that cannot both hold contradict each other. Only shares and rates: a rate released once a period keeps its
 * past peak, where a traded price sets new records from day to day ("a record high of $210").
 */
export function onePeak(a: Comparable, b: Comparable): boolean {
  if (!a.peak || !b.peak || a.peak.kind !== b.peak.kind || a.frame.kind !== 'percent') return false;
  if (a.quantity.unit !== b.quantity.unit) return false;
  if (a.quantity.groups.join(' ') !== b.quantity.groups.join(' ') || (a.lead && b.lead && a.lead !== b.lead))
    return false;
  const [at, other] = [a.frame.when.reported, b.frame.when.reported];
  if (!at || !other || Math.abs(daysBetween(at, other)) > ONE_TIME_DAYS) return false;
  return shareWord(a.peak.words, b.peak.words) && near(a, b);
}
