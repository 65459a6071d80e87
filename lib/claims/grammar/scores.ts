import { phrases, words } from './entries';

/**
 * Words that make "1-4" a score rather than a range, when the second number is the larger (a range rises:
 * "18-25"; a score that falls, "3-1", is read as one anyway). Read in lib/claims/non-claims.ts.
 */

/** Right after the figures: "a 1-4 defeat", "the 2-3 scoreline". */
export const SCORE_NOUNS_AFTER = words(
  'what a result is called',
  'win wins victory victories defeat defeats loss losses draw draws lead deficit advantage scoreline thrashing drubbing result home away',
);

/** Right before the figures: "to make it 1-4", "they lost 2-3", "trailing 0-2". */
export const SCORE_WORDS_BEFORE = [
  ...phrases('a score reached', 'make it, made it, making it'),
  ...words(
    'a result told by its verb',
    'won lost drew beat beaten trailing trailed leading led win lose losing winning draw',
  ),
];

/**
 * Before two whole numbers joined by "to", words that name them a score rather than two counts: "ending with a
 * decisive score of 106 to 94", "won by a score of 3 to 1" ("3,866 to 2,767" votes alone stay two counts).
 */
export const SCORE_NAMED_BEFORE = phrases('the score named before its two figures', 'score of, scores of, score was');

/**
 * Between two figures hyphened together, words that make them a tally of what was made against what was tried,
 * two counts, not a code: "8-of-16 from the field", "went 5-for-9 at the plate", "on 4-from-17 shooting".
 */
export const TALLY_JOINS = words('a tally of made against tried: "8-of-16", "5-for-9", "4-from-17"', 'of for from');

/**
 * After two figures joined by a bare hyphen, what makes them a tally of shots made against tried, not a range:
 * "came on 8-14 shooting", "went 3-5 from the field". A tally's second figure is the larger, as a range's is.
 */
export const TALLY_AFTER = [
  ...words('shots made against tried, named by the shooting', 'shooting'),
  ...phrases(
    'shots made against tried, named by where they were taken from',
    'from the field, from the floor, from the line, at the line, from the free-throw line, from three, from deep, ' +
      'from beyond the arc, from long range, from 3-point range, from three-point range',
  ),
];

/** After a tally and "from" or "beyond", the number that names the line shots were taken from: "4-of-13 from three". */
export const TALLY_LINES = words('the three-point or two-point line, named by its worth', 'three two');

/**
 * After a decimal written with a leading point and three digits (".500"), words that make it a team's winning
 * percentage, a record like a win-loss tally, no claim: "improving to a .500 record", "up to .500 on the season".
 */
export const WIN_PERCENTAGE_AFTER = [
  ...words('a win-loss record told as a share of games won', 'record mark clip'),
  ...phrases('a win-loss record told as a share of games won', 'on the season, on the year, for the season'),
];
