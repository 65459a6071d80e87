import { phrases } from './entries';

/**
 * Bounds news writes around a figure. Every matcher of bounds, and the first-character filters that
 * keep them cheap, is made from these lists (lib/claims/expression.ts), so a new bound is one line here.
 */
export type Bound = 'at_least' | 'at_most' | 'approx';

export interface BoundPhrase {
  phrase: string;
  bound: Bound;
  reason: string;
}

const entries = (bound: Bound, reason: string, list: string): BoundPhrase[] =>
  list.split(',').map((phrase) => ({ phrase: phrase.trim(), bound, reason }));

/** Written before a figure: "more than 105", "about 20", "tops 18,000". */
export const BOUNDS_BEFORE: BoundPhrase[] = [
  ...entries(
    'at_least',
    'a floor: the figure or more',
    'no fewer than, no less than, more than, greater than, at least',
  ),
  ...entries('at_least', 'a floor, in finance and official copy', 'upwards of, upward of, in excess of, a minimum of'),
  ...entries('at_least', 'just or well past the figure', 'just over, well over, over, exceeding, above, north of'),
  ...entries(
    'at_least',
    'a floor in headline verbs: "the toll tops 18,000"',
    'topped, tops, topping, exceeded, exceeds',
  ),
  ...entries(
    'at_least',
    'a floor in headline verbs: "could pass 25,000"',
    'surpassed, surpasses, surpass, passed, pass',
  ),
  ...entries('at_least', 'the least it can be: "prices as low as $5"', 'as low as'),
  ...entries('at_least', 'a comparison upwards: "a magnitude higher than 8"', 'higher than, larger than, bigger than'),
  ...entries('at_least', 'the signs', '>, ≥'),
  ...entries('at_most', 'a ceiling: the figure or less', 'no more than, fewer than, less than, up to, at most'),
  ...entries('at_most', 'a ceiling said as a size', 'as many as, as much as, as high as, a maximum of'),
  ...entries('at_most', 'a ceiling said as a distance: "within 1% of its high"', 'within'),
  ...entries('at_most', 'just short of the figure', 'just under, under, below'),
  ...entries('at_most', 'a comparison downwards', 'lower than, smaller than'),
  ...entries('at_most', 'the signs', '<, ≤'),
  ...entries('at_most', 'a prefix glued to the figure: "sub-500 sq ft"', 'sub-'),
  ...entries('approx', 'an estimate', 'approximately, an estimated, estimated, an approximate, roughly, circa, ~'),
  ...entries('approx', 'an estimate', 'around, about, some, close to'),
  ...entries('approx', 'the band just under the figure ("nearly 100")', 'nearly, almost'),
];

/** Words that make an approximate figure an upper estimate: "nearly 100" is just under 100. */
export const APPROACHING = new Set(['nearly', 'almost']);

/** Written after a figure: "50 or more", "20 or so", "157+". */
export const BOUNDS_AFTER: BoundPhrase[] = [
  ...entries('at_least', 'a floor after the figure', 'or more, and more, and over, and above, or higher, or above'),
  ...entries('at_most', 'a ceiling after the figure', 'or fewer, or less, and under, or lower, or below'),
  ...entries('approx', 'an estimate after the figure', 'or so, give or take'),
];

/** Glued to the figure after it: "157+", "50-plus". */
export const GLUED_BOUNDS_AFTER: BoundPhrase[] = [
  { phrase: '+', bound: 'at_least', reason: 'the sign: "157+ mph"' },
  { phrase: '-plus', bound: 'at_least', reason: '"a 50-plus majority"' },
];

/** Between a unit named first and its figure: "a magnitude higher than 8", "magnitude of about 6". */
export const BOUNDS_AFTER_UNIT_NAME = [
  ...phrases(
    'a comparison after the unit',
    'higher than, greater than, more than, larger than, lower than, less than, smaller than',
  ),
  ...phrases('an estimate or a bound after the unit', 'about, around, nearly, almost, over, under, some'),
];
