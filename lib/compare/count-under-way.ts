import { alternativesOf } from '../alternatives';
import { HEDGE } from './hedges';

/**
 * A count told while it is still going on: "according to partial results", "with 96% of the vote counted", "early
 * returns show". Every figure of such a sentence, the progress itself included ("after 98% of polling stations
 * reported"), is one moment of a count that runs to a final figure: against the final figure, or against another
 * moment's, it is a point of a series (series.ts), never a contradiction, however far the two differ.
 */

/** Words saying a result is not yet the final one, before a noun of results (`RESULT_NOUNS`), each with its reason. */
export const UNDER_WAY_WORDS: { words: string; reason: string }[] = [
  { words: 'partial', reason: '"according to partial results", "a partial count": some of the votes or units in' },
  { words: 'preliminary', reason: '"preliminary results show the measure passing": before the count is final' },
  { words: 'provisional', reason: '"provisional results gave the party 41%": published before certification' },
  { words: 'early', reason: '"early returns had her ahead", "early results": the first of a count' },
  { words: 'initial', reason: '"initial results from the trial": the first reading of a count or a study' },
  { words: 'incomplete', reason: '"incomplete results": some precincts or sites not yet counted' },
];

/** Nouns of what a count gives out, which `UNDER_WAY_WORDS` say is not final yet, each with its reason. */
export const RESULT_NOUNS: { words: string; reason: string }[] = [
  { words: 'results', reason: '"partial results", "preliminary results"' },
  { words: 'result', reason: '"the preliminary result"' },
  { words: 'returns', reason: '"early returns": an American word for results as they come in' },
  { words: 'count', reason: '"the partial count", "an early count"' },
  { words: 'counts', reason: '"early counts"' },
  { words: 'tally', reason: '"a preliminary tally"' },
  { words: 'tallies', reason: '"provisional tallies"' },
];

/**
 * Verbs saying how far a count has come, told of a share of what is counted ("with 96% of the vote counted", "so far
 * 99% of votes have been counted", "with 80% of precincts reporting"), each with its reason.
 */
export const PROGRESS_VERBS: { words: string; reason: string }[] = [
  { words: 'counted', reason: '"with 96% of the ballots counted"' },
  { words: 'tallied', reason: '"with 90% of votes tallied"' },
  { words: 'tabulated', reason: '"after more than 95% of the ballots were tabulated"' },
  { words: 'processed', reason: '"with 70% of the ballots processed"' },
  { words: 'reporting', reason: '"with 80% of precincts reporting": an American count by precinct' },
  { words: 'reported', reason: '"after 98% of polling stations reported"' },
  { words: 'declared', reason: '"with 90% of constituencies declared": a count by constituency' },
];

/**
 * What a count of votes goes through, whose share tells how far it has come ("96% of the ballots", "80% of
 * precincts"): not respondents or companies, of which "43% reported" tells something else. Each with its reason.
 */
export const COUNTED_UNITS: { words: string; reason: string }[] = [
  { words: 'vote', reason: '"with 60% of the vote counted"' },
  { words: 'votes', reason: '"99% of votes have been counted"' },
  { words: 'ballots', reason: '"with half the ballots counted"' },
  { words: 'polling stations', reason: '"after 98% of polling stations reported"' },
  { words: 'polling places', reason: '"80% of the vote counted in polling places sampled"' },
  { words: 'voting stations', reason: '"with 90% of voting stations reporting"' },
  { words: 'precincts', reason: '"with 80% of precincts reporting"' },
  { words: 'constituencies', reason: '"with 90% of constituencies declared"' },
  { words: 'districts', reason: '"with 99% of voting districts counted"' },
  { words: 'returns', reason: '"with 70% of returns in"' },
];

/** Words telling a share of a count in words ("with three-quarters of the votes counted"), each with its reason. */
export const SHARE_WORDS: { words: string; reason: string }[] = [
  { words: 'half', reason: '"with more than half the ballots counted"' },
  { words: 'a third', reason: '"with a third of precincts reporting"' },
  { words: 'two-thirds', reason: '"with two-thirds of the vote counted"' },
  { words: 'a quarter', reason: '"with a quarter of the ballots counted"' },
  { words: 'three-quarters', reason: '"with three-quarters of the votes counted"' },
  { words: 'most', reason: '"with most votes counted"' },
  { words: 'nearly all', reason: '"with nearly all ballots counted": "all ballots counted" is the final count' },
  { words: 'almost all', reason: '"with almost all votes counted"' },
];

/** Words before a share that say it is how much of something has been counted, each with its reason. */
export const COUNTED_OF_WORDS: { words: string; reason: string }[] = [
  { words: 'counting of', reason: '"based on the counting of more than 96 percent of the votes"' },
  { words: 'counted from', reason: '"counted from 98 per cent of polling stations"' },
  { words: 'count of', reason: '"a count of 90% of ballots"' },
];

const PERCENT = '(?:%|\\s*per\\s*cent|\\s+percent)';
// All of it counted ("100% of the votes counted") is the final count, no moment of one under way.
const SHARE = `${HEDGE}(?:(?!100\\b)\\d[\\d.,]*${PERCENT}|(?:${alternativesOf(SHARE_WORDS)})\\b)`;
// "96% of the vote counted", "99% of votes have been counted", "81% of sample ballots counted", "half the ballots
// counted": what is counted, one word at most before it, then the verb in any tense or none.
const OF_UNITS = `\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alternativesOf(COUNTED_UNITS)})\\s+(?:(?:have|has|had)\\s+been\\s+|were\\s+|was\\s+|are\\s+|is\\s+)?(?:${alternativesOf(PROGRESS_VERBS)})\\b`;
const UNDER_WAY = new RegExp(
  [
    `\\b(?:${alternativesOf(UNDER_WAY_WORDS)})\\s+(?:(?:vote|official|election)\\s+)?(?:${alternativesOf(RESULT_NOUNS)})\\b`,
    `(?<![\\p{L}\\d.,])${SHARE}${OF_UNITS}`,
    `\\b(?:${alternativesOf(COUNTED_OF_WORDS)})\\s+${SHARE}`,
  ].join('|'),
  'iu',
);

// Each way of telling a count under way holds one of these words: most sentences have none, and the pattern, whose
// share may start at any word, is then not tried (it is asked of every sentence framed).
const KEY_WORD = new RegExp(
  `\\b(?:${alternativesOf([...UNDER_WAY_WORDS, ...PROGRESS_VERBS, ...COUNTED_OF_WORDS])})`,
  'iu',
);

/** Whether a sentence tells its figures as a moment of a count still going on ("according to partial results"). */
export const countUnderWay = (sentence: string): boolean => KEY_WORD.test(sentence) && UNDER_WAY.test(sentence);
