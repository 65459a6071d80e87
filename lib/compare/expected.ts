import { alternativesOf, holdsAny } from '../alternatives';

/**
 * A figure told as what was expected ("economists had expected 4.4%", "the 170K estimate", "the expected gain
 * of 170,000") is a forecast: what came is another quantity, whatever the two figures. So is what a rule or a
 * goal requires ("the 289 seats required for a majority", "needs 270 electoral votes to win"): a threshold, set
 * before any outcome, that no count won, cast or projected contradicts.
 */

/** Words before a figure that make it what was expected, each with its reason. */
export const EXPECTED_BEFORE: { words: string; reason: string; forecasterNamed?: true }[] = [
  { words: 'expected', reason: '"economists had expected 4.4%", "the expected gain of 170,000"' },
  { words: 'expecting', reason: '"economists were expecting total job gains of 170,000"' },
  {
    words: 'expects',
    reason: '"the company expects revenue of $28 billion": a forecast of its own, as a company\'s guidance is',
  },
  { words: 'expect', reason: '"analysts expect growth of 2.1%", "we expect sales of 1.2 million units"' },
  { words: 'forecast', reason: '"economists had forecast the economy would add around 170,000 jobs"' },
  { words: 'forecasting', reason: '"analysts are forecasting 2.1% growth"' },
  { words: 'predicted', reason: '"analysts predicted a rise of 0.3%"' },
  { words: 'projected', reason: '"the projected deficit of $1.2 trillion"' },
  {
    words: 'projecting',
    reason:
      '"exit polls projecting a two-thirds majority"; a news desk also projects a count under way ("networks projecting 295 electoral votes"): a forecast only with its forecaster named',
    forecasterNamed: true,
  },
  {
    words: 'estimate of',
    reason:
      '"a consensus estimate of 170,000"; an estimate may be of a count made now ("the latest estimate of those displaced is 46,000"): a forecast only with its forecaster named',
    forecasterNamed: true,
  },
  { words: 'expectations of', reason: '"beating expectations of 170,000"' },
  ...['beat', 'beating', 'topped', 'topping', 'missed', 'missing'].map((verb) => ({
    words: `${verb} estimates of`,
    reason:
      '"revenue beat estimates of $24.6 billion", "missed estimates of 1.2 million": only a forecast is beaten or missed',
  })),
  { words: 'expectation for', reason: '"the market expectation for payrolls was a gain of 176,000"' },
  { words: 'expectations for', reason: '"expectations for the rate were 4.1%"' },
  { words: 'forecasted', reason: '"well below the forecasted 175,000 gain": the past participle as an adjective' },
  ...['could', 'may', 'might'].flatMap((modal) =>
    ['reach', 'rise to', 'climb to', 'exceed', 'top', 'surpass', 'pass'].map((verb) => ({
      words: `${modal} ${verb}`,
      reason:
        '"the WHO warned the death toll could reach 20,000": where a figure may go, not where it stands; a forecast only with its forecaster or a warning named, as "estimates show losses could reach $4 billion" is the estimate',
      forecasterNamed: true as const,
    })),
  ),
  { words: 'forecasts of', reason: '"forecasts of 4.4%"' },
];

/** Nouns right after a figure that make it what was expected: "the 4.4 percent estimate", "Dow's 170K estimate". */
export const EXPECTED_AFTER: { words: string; reason: string }[] = [
  { words: 'estimate', reason: '"missing the 4.4 percent estimate"' },
  { words: 'forecast', reason: '"the 2.1% forecast"' },
  { words: 'projection', reason: '"the 410-seat projection"' },
  { words: 'consensus', reason: '"the 170,000 consensus"' },
];

/**
 * Verbs of a relative clause on the figure's noun that tell it as a forecast, its forecaster named ("the 185,000 jobs
 * that economists estimated for the month"), each with why. Without a forecaster they may tell a count made now
 * ("the 3,000 homes that officials estimated were lost"), so one must be named (`FORECASTERS`).
 */
export const FORECAST_CLAUSE_VERBS: { words: string; reason: string }[] = [
  { words: 'expected', reason: '"the 1.2 million units that analysts expected"' },
  { words: 'estimated', reason: '"the 185,000 jobs that economists estimated for the month"' },
  { words: 'forecast', reason: '"the 2.1% growth that forecasters forecast"' },
  { words: 'predicted', reason: '"the 350 seats that opinion polls had predicted"' },
  { words: 'projected', reason: '"the 40,000 jobs that economists had projected"' },
];

/**
 * Who makes forecasts: one named in the sentence keeps an expectation told in the passive a forecast ("the
 * economy was expected to add 41,000 jobs, economists said"), where without one the passive tells where an
 * outcome being counted is heading (`PASSIVE_BE`). Not "polls", which names elections too ("303 seats at the
 * last polls").
 */
export const FORECASTERS: { words: string; reason: string }[] = [
  { words: 'economists', reason: '"economists had expected 4.4%": forecasts of a release' },
  { words: 'analysts', reason: '"analysts predicted a rise of 0.3%"' },
  { words: 'forecasters', reason: '"forecasters expect 2.1% growth"' },
  { words: 'strategists', reason: '"strategists had forecast a cut"' },
  { words: 'consensus', reason: '"a consensus estimate of 170,000": a survey of forecasters' },
  { words: 'poll', reason: '"projected to win 410 seats, according to the exit poll": a poll forecasts the count' },
  { words: 'pollsters', reason: '"pollsters projected a majority of 170"' },
  { words: 'exit polls', reason: '"exit polls projecting a two-thirds majority"' },
  { words: 'opinion polls', reason: '"opinion polls had predicted 350 seats"' },
  { words: 'survey', reason: '"expected to add 170,000 jobs in a Reuters survey"' },
  { words: 'warned', reason: '"the WHO warned that the death toll could reach 20,000": a warning of what may come' },
  { words: 'warns', reason: '"the agency warns the toll may exceed 900"' },
  { words: 'forecast', reason: '"the range of forecasts", "is forecast to reach 4%, the forecast said"' },
  { words: 'forecasts', reason: '"forecasts compiled by Bloomberg"' },
];

/** Words just before a figure (a bound or an article between) that make it a threshold, each with its reason. */
export const REQUIRED_BEFORE: { words: string; reason: string }[] = [
  { words: 'requires', reason: '"a majority requires at least 289 seats": what the rule sets' },
  { words: 'require', reason: '"passing it would require 60 votes"' },
  { words: 'required', reason: '"no party has won the required 289 seats"' },
  { words: 'needs', reason: '"a candidate needs 270 electoral votes to win"' },
  { words: 'need', reason: '"they would need 76 seats to govern alone"' },
];

// Within a few words before the figure and its bound, no clause between: "were expecting total job gains of".
const BEFORE = new RegExp(
  `(?<!\\bthan[\\s-])\\b(${alternativesOf(EXPECTED_BEFORE)})\\b(?:\\s+[^\\s,;:.]+){0,6}\\s+$`,
  'i',
);

/**
 * "was projected to secure only 240 seats", "is expected to take 99 seats": an expectation said of the
 * outcome itself, in the passive with no one named who expects it, tells where a count under way is heading,
 * as a news desk relays a tally's projection: the figure stands for the outcome being reported, not a
 * forecast made before it. "had been expected to" is what was expected before the outcome came.
 */
const PASSIVE_BE = /\b(?:is|are|was|were)\s+(?:(?:now|still|currently|widely|only|also)\s+)?$/i;

/**
 * Verbs after "expected to" that make the passive a forecast of growth, not a count's projection: "the toll is
 * expected to rise to 120" says what a figure will become, where "projected to secure 240 seats" relays the
 * outcome a count shows.
 */
export const GROWTH_VERBS: { words: string; reason: string }[] = [
  { words: 'rise', reason: '"the death toll is expected to rise to 120"' },
  { words: 'climb', reason: '"is forecast to climb to 4%"' },
  { words: 'grow', reason: '"is projected to grow 2.1%"' },
  { words: 'increase', reason: '"is expected to increase to 300"' },
  { words: 'reach', reason: '"is expected to reach 20,000"' },
  { words: 'top', reason: '"is expected to top $1 billion"' },
  { words: 'exceed', reason: '"is projected to exceed 5,000"' },
  { words: 'surpass', reason: '"is expected to surpass 1,000"' },
  { words: 'hit', reason: '"is forecast to hit 5%"' },
  { words: 'double', reason: '"is expected to double"' },
  { words: 'fall', reason: '"is expected to fall to 3.5%"' },
  { words: 'drop', reason: '"is forecast to drop to 2%"' },
  { words: 'decline', reason: '"is projected to decline 1%"' },
];
const TO_VERB = new RegExp(`^\\s+to\\s+(?!(?:${alternativesOf(GROWTH_VERBS)})\\b)`, 'i');
const NEEDS_FORECASTER = new Set(EXPECTED_BEFORE.filter((w) => w.forecasterNamed).map((w) => w.words));
const FORECASTER = new RegExp(`\\b(?:${alternativesOf(FORECASTERS)})\\b`, 'i');
const AFTER = new RegExp(`^[\\s-]*(?:${alternativesOf(EXPECTED_AFTER)})\\b`, 'i');
// "185,000 jobs that Dow Jones economists estimated": at most two words of the noun, then at most four before the verb.
const CLAUSE_AFTER = new RegExp(
  `^(?:\\s+[^\\s,;:.]+){0,2}\\s+(?:that|which)(?:\\s+[^\\s,;:.]+){0,4}?\\s+(?:${alternativesOf(FORECAST_CLAUSE_VERBS)})\\b`,
  'i',
);

// "requires at least 289", "the required 289": at most two words between. Words after a figure ("289 seats
// required for a majority", "are needed") were tried: no story gained, and a holdout's totals lost a figure.
const REQUIRED_BEFORE_RE = new RegExp(`\\b(?:${alternativesOf(REQUIRED_BEFORE)})(?:\\s+[^\\s,;:.]+){0,2}\\s+$`, 'i');

// A plain scan first: few sentences tell a figure as expected or required.
const mayExpect = holdsAny([
  ...new Set(
    [...EXPECTED_BEFORE, ...EXPECTED_AFTER, ...REQUIRED_BEFORE, ...FORECAST_CLAUSE_VERBS].map(
      (w) => w.words.split(' ')[0]!,
    ),
  ),
]);

/** Whether the figure at `offset` in its sentence, written `text`, is told as what was expected or required. */
export function toldAsExpected(sentence: string, offset: number, text: string): boolean {
  const lower = sentence.toLowerCase();
  if (!mayExpect(lower)) return false;
  if (toldAsRequired(sentence, offset)) return true;
  const after = sentence.slice(offset + text.length);
  if (AFTER.test(after)) return true;
  if (CLAUSE_AFTER.test(after) && FORECASTER.test(sentence)) return true;
  const start = Math.max(0, offset - 80);
  const before = BEFORE.exec(sentence.slice(start, offset));
  if (!before) return false;
  const at = start + before.index;
  const word = before[1]!;
  const passive =
    PASSIVE_BE.test(sentence.slice(Math.max(0, at - 30), at)) && TO_VERB.test(sentence.slice(at + word.length));
  return (!passive && !NEEDS_FORECASTER.has(word.toLowerCase())) || FORECASTER.test(sentence);
}

/** Whether the figure is told as what a rule or goal requires ("no party won the required 289 seats"). */
const toldAsRequired = (sentence: string, offset: number) =>
  REQUIRED_BEFORE_RE.test(sentence.slice(Math.max(0, offset - 40), offset));
