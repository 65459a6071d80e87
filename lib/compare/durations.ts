import { unitFactor, unitFamily } from '../claims/units';
import type { Figure } from './interval';
import type { Frame } from './frame';
import { near } from './near';
import { type Entry, wordSet, words } from '../claims/grammar/entries';

/**
 * How loosely news tells a length in one unit, as the span of that unit's values it may stand for: "seven
 * weeks" for a strike of 53 days (7.6 weeks, truncated), "two months" for one of seven weeks (rounded). A
 * length told as N of a unit stands for anything from N - `below` to N + `above` of it, when it is set
 * against a length told in another unit. Two lengths in one unit are counted the same way by both writers,
 * so "a 52-day strike" and "53 days" still contradict each other.
 */
export interface DurationLooseness {
  unit: string;
  below: number;
  above: number;
  reason: string;
}

/** Rounded to the nearest whole unit, or cut down to the whole units gone by: N stands for N - 0.5 up to N + 1. */
const ROUNDED_OR_TRUNCATED = { below: 0.5, above: 1 };

export const DURATION_LOOSENESS: readonly DurationLooseness[] = [
  {
    unit: 'second',
    ...ROUNDED_OR_TRUNCATED,
    reason: 'a time told in whole seconds beside one in minutes ("90 seconds") is rounded or cut to the second',
  },
  {
    unit: 'minute',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"the meeting lasted 40 minutes" for 40 or 41 minutes and some seconds: rounded or cut to the minute',
  },
  {
    unit: 'hour',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"a 12-hour siege" for 12 hours and 40 minutes, "about three hours" for two and a half',
  },
  {
    unit: 'day',
    below: 1,
    above: 1,
    reason:
      'days are counted, but whether the first and the last are counted varies: a strike from the 13th to the 4th is "52 days" or "53 days"; told against weeks or hours, one day either way',
  },
  {
    unit: 'night',
    below: 1,
    above: 1,
    reason: 'nights are counted as days are, with the first or last counted or not',
  },
  {
    unit: 'week',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"seven weeks" for a strike of 53 days (7.6 weeks): the weeks gone by, or the nearest whole number',
  },
  {
    unit: 'fortnight',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"a fortnight" for ten days to three weeks, as any whole weeks are told',
  },
  {
    unit: 'month',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"a two-month strike" for seven weeks (1.6 months) or for ten weeks: months are rounded or cut down',
  },
  {
    unit: 'year',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"four years" for a term of four years and a few months, "two years" for 18 months',
  },
  {
    unit: 'decade',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"a decade" for anything from some seven years to well over ten: a round span, seldom exact',
  },
  {
    unit: 'century',
    ...ROUNDED_OR_TRUNCATED,
    reason: '"a century" for a span of eighty to a hundred and fifty years: a round span, never counted',
  },
];

const LOOSENESS: ReadonlyMap<string, DurationLooseness> = new Map(DURATION_LOOSENESS.map((d) => [d.unit, d]));

const isLength = (f: Figure) => unitFamily(f.quantity.unit) === 'time';

/**
 * The span a length of time stands for, in days, when set against a length in another unit (`DURATION_LOOSENESS`),
 * or null when the two are not lengths in different units. An exact or roughly told length widens to what its
 * unit may stand for, except past the figure a word like "nearly" or "almost" says it falls short of; a bound
 * keeps the end it states ("more than seven weeks" is no less than seven weeks).
 */
export function looseLength(f: Figure, against: Figure): [number, number] | null {
  if (!isLength(f) || !isLength(against) || f.quantity.unit === against.quantity.unit) return null;
  const loose = LOOSENESS.get(f.quantity.unit);
  if (!loose || f.low === null || f.high === null || (f.qualifier !== 'exact' && f.qualifier !== 'approx')) return null;
  const k = unitFactor(f.quantity.unit);
  const shortOf = f.qualifier === 'approx' && f.high === f.value;
  const low = Math.min(f.low, f.value - loose.below);
  const high = shortOf ? f.high : Math.max(f.high, f.value + loose.above);
  return [Math.max(0, low) * k, high * k];
}

/**
 * Verbs that say a thing lasted the length told after them ("the truce lasted seven days", "the walkout idled
 * the lines for 53 days"), in the forms a sentence's words are kept in (about.ts): a length told with one is that
 * thing's, though its noun stands before the figure, not beside it. Not "ended" nor "took": "ending the costliest
 * strike in 25 years", "took office" say nothing of how long the length after them is of.
 */
export const LASTING_WORDS: Entry[] = [
  ...words('a thing lasted so long', 'last lasts lasted lasting'),
  ...words('"the truce held for six days"', 'hold holds held holding'),
  ...words('"the walkout ran for 52 days"', 'run runs ran running'),
  ...words(
    '"the strike continued for seven weeks", "the siege dragged on", "the outage persisted"',
    'continue continues continued continuing drag drags dragged dragging persist persists persisted persisting',
  ),
  ...words(
    '"the storm raged for four days", "stretched over three months", "spanned two decades"',
    'rage rages raged raging stretch stretches stretched stretching span spans spanned spanning',
  ),
  ...words(
    '"stayed off the job for six weeks", "remained shut for a month": a state held so long',
    'stay stays stayed staying remain remains remained remaining',
  ),
  ...words('"the walkout idled the lines for 53 days": what it stopped stood so long', 'idle idles idled idling'),
];

const LASTING = wordSet(LASTING_WORDS);

type Length = Figure & { frame: Frame };

/**
 * Whether a length is tied to what it times: its noun beside the figure ("a seven-day truce") or a verb of
 * lasting in its part of the sentence ("the truce lasted seven days"). Otherwise what it times was read from
 * elsewhere in its sentence, and it may be the span of another figure ("a 38% rise over four years").
 */
const tied = (f: Length) => f.frame.named || [...f.frame.about].some((w) => LASTING.has(w));

/**
 * Whether two lengths of time, one naming what it times only away from its figure ("the first strike in 16 years"
 * against "a seven-week strike", "the costliest strike in more than 25 years"), are not `near` each other: they
 * time different things (the span since a last time, a record's span, a contract's term against a strike's
 * length), related neither as a contradiction nor as compatible ("the first strike in 16 years" fits "a strike of
 * more than seven weeks" only by chance).
 */
export function lengthsFarApart(a: Length, b: Length): boolean {
  return isLength(a) && isLength(b) && !(a.frame.named && b.frame.named) && !near(a, b);
}

/**
 * Whether two lengths of time are too loosely tied to be one length, so that no contradiction between them,
 * nor on weak evidence a mere fit, says anything (relation.ts): neither is tied to what it times (`tied`: "a 38% rise over the next four years" and
 * "raises of 9% in each of the next two years", both read as the deal's, are the rise's term and the years
 * each raise comes in), or they are far apart (`lengthsFarApart`).
 */
export const lengthsLooselyTied = (a: Length, b: Length): boolean =>
  isLength(a) && isLength(b) && ((!tied(a) && !tied(b)) || lengthsFarApart(a, b));
