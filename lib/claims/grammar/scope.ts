import { phrases, words, type Entry } from './entries';

/**
 * What in a sentence sets the scope of its figures (lib/claims/scope.ts): a plan or condition ("agreed
 * to free 50"), a running total ("so far", "since October 7", "during the lockdown"), one day ("on
 * Thursday"), a period ("in the third quarter"). A phrase added here is read with no other edit.
 */

/** Say that a figure is planned, demanded or conditional, not done: "would", "agreed to", "under the deal". */
export const PLAN_MARKERS: Entry[] = [
  ...phrases('a modal: what may or must be, not what is', 'would, will, must, shall, could, might'),
  ...phrases(
    'an obligation or an arrangement',
    'has to, have to, had to, is to, are to, was to, were to, set to, slated to',
  ),
  // "The death toll due to the storm has reached 28" gives a cause: "due to" is an arrangement only after a verb of
  // being ("the vote is due to take place") or before one ("is shortly due to be replaced").
  ...phrases('an arrangement, told with a verb of being', 'is due to, are due to, was due to, were due to, due to be'),
  ...phrases('an intention', 'plan to, plans to, planned to, aim to, aims to, expected to'),
  ...phrases('an outcome foreseen, as "set to" is', 'poised to, on course to, on track to'),
  ...phrases('an agreement or its terms', 'agreed to, under the terms, under the deal, under the agreement'),
  ...phrases('a plan or a proposal', 'under the plan, under the proposal, proposed, proposal'),
  ...phrases('a demand', 'pushing for, pushing to, pushed for, pushed to, called for, calls for, call for'),
  ...phrases('a demand or a condition', 'required, requires, demanded, condition'),
  ...phrases('the first terms, changed since', 'original, originally, initially'),
  ...phrases('a promise', 'pledged, promised, vowed, offered'),
];

/** Say that a figure is a running total: "to date", "so far", "still held". */
export const CUMULATIVE_MARKERS: Entry[] = [
  ...phrases('a total up to now', 'to date, so far, thus far, until now, up to now'),
  ...phrases('a total of everything', 'in total, in all, altogether, overall, cumulative'),
  ...phrases('what is left of a total: "still held", "remain captive"', 'still, remain, remains, remained'),
  ...phrases('a total over a whole period', 'throughout, over the past, over the last, over the course'),
];

/**
 * A running total with the end or the period named in the next word: "as of Thursday", "during the
 * lockdown". `names` says what the next word may hold: a date ("Dec."), or a period's name ("week-long").
 */
export const CUMULATIVE_BEFORE_NAME: (Entry & { names: 'date' | 'period' })[] = [
  { word: 'as of', names: 'date', reason: 'the day a running total was counted to' },
  { word: 'during the', names: 'period', reason: 'the period a running total was counted over' },
];

/** Before a weekday: "on Thursday", "last Friday", "early Monday" name one day. */
export const DAY_OPENERS = [
  ...words('names the day', 'on last this'),
  ...words('a part of the day named', 'late early'),
];

/** Before a day, these make it a limit of a running total, not the day of the figure: "since Friday". */
export const DAY_LIMITS = [
  ...phrases('the start of a running total', 'since'),
  ...phrases('the end of a running total', 'as of, until, by'),
  ...phrases('a time before or after the figure', 'before, after'),
];

/** Reporting verbs: "..., the ministry said on Friday" gives the day it was said, not the day it happened. */
export const SAYING_VERBS = words(
  'tells when something was said',
  'said says told announced reported stated wrote added confirmed',
);

/** Words that end what follows "since": "since October 7 attack", "since the war began". */
export const SINCE_ENDS = [
  ...words('the event a running total counts from', 'attack war'),
  ...words('a verb of starting', 'began start'),
  ...words('a conjunction or preposition after the start', 'to until and when as'),
];

/** A span named in general: "in the period", beside the period nouns of grammar/periods.ts. */
export const GENERAL_SPANS = words('a span of time, whatever it is', 'period');

/** A period that brings a running total about: "the deal that allowed 300 trucks in". */
export const BRINGING_VERBS = phrases(
  'a verb of bringing about',
  'allowed, facilitated, saw, enabled, brought, led to, resulted in, paved the way for',
);

/** Before a month, a quarter or a year: "in November", "during the third quarter", "for 2023". */
export const PERIOD_PREPOSITIONS = words('a preposition that opens a period', 'in during for throughout');

/**
 * Between a figure and a time said after it, these open a comparison: the time is the compared figure's
 * ("240 seats, a far cry from the 303 it won in 2019"; "38% was higher than in 2019"), not the figure's.
 */
export const COMPARISON_OPENERS: Entry[] = [
  ...phrases('a comparative: what follows is the standard compared with', 'than, compared with, compared to'),
  ...phrases('a figure set against another', 'as against, versus, vs'),
  ...phrases(
    'a change or a difference told from where it started',
    'up from, down from, far cry from, departure from, improvement from, improvement on, improvement over',
  ),
];

/** After a comma, a semicolon or a dash, these open a clause set against the figure's, with its own time. */
export const CONTRAST_OPENERS = words('a clause of its own, set against the one before', 'but while whereas');
