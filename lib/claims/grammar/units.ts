import type { Entry } from './entries';

/**
 * Units written after a figure. Every unit pattern, and the list of first words that tells the cheap test
 * in lib/claims/expression.ts that a unit may follow, is made from these tables.
 */

/** Percentages and percentage points: "5%", "5 per cent", "0.25 percentage points". */
export const PERCENT_FORMS: (Entry & { unit: '%' | 'pp' })[] = [
  { word: '%', unit: '%', reason: 'the sign' },
  { word: 'per cent', unit: '%', reason: 'British and Commonwealth copy' },
  { word: 'percent', unit: '%', reason: 'American copy' },
  { word: 'percentage points', unit: 'pp', reason: 'a difference between two percentages' },
  { word: 'percentage point', unit: 'pp', reason: 'a difference between two percentages' },
  { word: 'pct', unit: '%', reason: 'wire-service shorthand' },
  { word: 'pc', unit: '%', reason: 'British shorthand: "4.5pc"' },
];

/** Temperature scales; `letter` ones are also read glued to the figure: "48.8C", "104F". */
export const TEMPERATURE_SCALES: (Entry & { unit: 'degc' | 'degf'; letter?: true })[] = [
  { word: 'Celsius', unit: 'degc', reason: '"40 degrees Celsius"' },
  { word: 'centigrade', unit: 'degc', reason: 'the older name of Celsius' },
  { word: 'Fahrenheit', unit: 'degf', reason: '"104 degrees Fahrenheit"' },
  { word: 'C', unit: 'degc', letter: true, reason: 'the symbol of Celsius' },
  { word: 'F', unit: 'degf', letter: true, reason: 'the symbol of Fahrenheit' },
];
