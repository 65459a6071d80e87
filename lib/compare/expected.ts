import { alternativesOf } from './alternatives';

/**
 * A figure told as what was expected ("economists had expected 4.4%", "the 170K estimate", "the expected gain
 * of 170,000") is a forecast: what came is another quantity, whatever the two figures.
 */

/** Words before a figure that make it what was expected, each with its reason. */
export const EXPECTED_BEFORE: { words: string; reason: string }[] = [
  { words: 'expected', reason: '"economists had expected 4.4%", "the expected gain of 170,000"' },
  { words: 'expecting', reason: '"economists were expecting total job gains of 170,000"' },
  { words: 'forecast', reason: '"economists had forecast the economy would add around 170,000 jobs"' },
  { words: 'forecasting', reason: '"analysts are forecasting 2.1% growth"' },
  { words: 'predicted', reason: '"analysts predicted a rise of 0.3%"' },
  { words: 'projected', reason: '"the projected deficit of $1.2 trillion"' },
  { words: 'estimate of', reason: '"a consensus estimate of 170,000"' },
  { words: 'expectations of', reason: '"beating expectations of 170,000"' },
  { words: 'forecasts of', reason: '"forecasts of 4.4%"' },
];

/** Nouns right after a figure that make it what was expected: "the 4.4 percent estimate", "Dow's 170K estimate". */
export const EXPECTED_AFTER: { words: string; reason: string }[] = [
  { words: 'estimate', reason: '"missing the 4.4 percent estimate"' },
  { words: 'forecast', reason: '"the 2.1% forecast"' },
  { words: 'projection', reason: '"the 410-seat projection"' },
  { words: 'consensus', reason: '"the 170,000 consensus"' },
];

// Within a few words before the figure and its bound, no clause between: "were expecting total job gains of".
const BEFORE = new RegExp(
  `(?<!\\bthan[\\s-])\\b(?:${alternativesOf(EXPECTED_BEFORE)})\\b(?:\\s+[^\\s,;:.]+){0,6}\\s+$`,
  'i',
);
const AFTER = new RegExp(`^[\\s-]*(?:${alternativesOf(EXPECTED_AFTER)})\\b`, 'i');

// Plain scans first: few sentences tell a figure as expected.
const FIRST_WORDS = [...new Set([...EXPECTED_BEFORE, ...EXPECTED_AFTER].map((w) => w.words.split(' ')[0]!))];

/** Whether the figure at `offset` in its sentence, written `text`, is told as what was expected. */
export function toldAsExpected(sentence: string, offset: number, text: string): boolean {
  const lower = sentence.toLowerCase();
  if (!FIRST_WORDS.some((w) => lower.includes(w))) return false;
  return (
    BEFORE.test(sentence.slice(Math.max(0, offset - 80), offset)) || AFTER.test(sentence.slice(offset + text.length))
  );
}
