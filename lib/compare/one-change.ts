import type { Comparable } from './related';
import { accumulates, ONE_TIME_DAYS } from './series';
import { daysBetween } from './when';

/**
 * Words that name the period a change is measured against, each with its reason: the first of them a sentence names
 * is its base. A company's quarter, a country's month, set against the same period a year before or against the one
 * just before, are two different changes of one figure.
 */
export const CHANGE_BASES: { words: string[]; base: string; reason: string }[] = [
  {
    words: ['year', 'year-on-year', 'year-over-year', 'annual', 'annually', 'yearly'],
    base: 'year',
    reason: '"up 262% from a year ago", "compared to the same quarter last year", "a 3.6% annual rise"',
  },
  {
    words: ['quarter', 'quarter-on-quarter', 'quarterly', 'sequential', 'sequentially'],
    base: 'quarter',
    reason: '"up 18% from the previous quarter", "rose 18% sequentially"',
  },
  { words: ['month', 'month-on-month', 'monthly'], base: 'month', reason: '"rose 0.4% from the month before"' },
  { words: ['week', 'week-on-week', 'weekly'], base: 'week', reason: '"fell 2% from the week before"' },
];

/** The period a sentence measures a change against, by the words of `CHANGE_BASES`, or '' when it names none. */
const baseOf = (words: ReadonlySet<string>): string =>
  CHANGE_BASES.find((b) => b.words.some((w) => words.has(w)))?.base ?? '';

/** The words extraction kept before what a figure counts ("datacentre revenues": "datacentre"), lower-cased. */
const modifiersOf = (counted: string): string => counted.toLowerCase().split(/\s+/).slice(0, -1).join(' ');

/**
 * One change of one figure told twice: a change in percent ("revenue jumped 268% compared to the same quarter last
 * year", "revenue is up 262% from a year before") of the same thing named at it, with the same word before it
 * ("data centre revenue" is not revenue, whether the word stands before what extraction kept or inside it) and the same sub-groups, told by the same event, both set against the same
 * base period, of a figure that accumulates nothing, in reports at most a release apart (`ONE_TIME_DAYS`). A
 * quarter's results or a month's release is given once: two such changes that cannot both hold contradict each
 * other, where two figures of one thing told a day apart may otherwise be two hours' counts.
 */
export function oneChangeTold(a: Comparable, b: Comparable): boolean {
  const [fa, fb] = [a.frame, b.frame];
  if (fa.kind !== 'percent' || fb.kind !== 'percent' || !fa.change || !fb.change || !fa.earlier || !fb.earlier)
    return false;
  if (fa.head === '' || fa.head !== fb.head || fa.event !== fb.event || accumulates(fa) || accumulates(fb))
    return false;
  if ((a.lead ?? '') !== (b.lead ?? '') || a.quantity.groups.join(' ') !== b.quantity.groups.join(' ')) return false;
  if (modifiersOf(a.quantity.counted) !== modifiersOf(b.quantity.counted)) return false;
  const [dayA, dayB] = [fa.when.reported, fb.when.reported];
  if (!dayA || !dayB || Math.abs(daysBetween(dayA, dayB)) > ONE_TIME_DAYS) return false;
  const base = baseOf(fa.words);
  return base !== '' && base === baseOf(fb.words);
}
