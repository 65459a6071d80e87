import { alternativesOf } from '../alternatives';
import { HEDGE } from './hedges';

/**
 * A figure told as an average over a span ("the jobless rate averaging 4.13% over three months", "an average
 * of 180 a day") is another quantity than one figure of the span: a month's rate of 4.3% does not deny a
 * three-month average of 4.13%. Read right at the figure only: "average hourly earnings" names a statistic,
 * told as such by every report of it.
 */

/** Words right before a figure (a bound may stand between) that make it an average, each with its reason. */
export const AVERAGE_BEFORE: { words: string; reason: string }[] = [
  { words: 'averaging', reason: '"the jobless rate averaging 4.13% over the past three months"' },
  { words: 'averaged', reason: '"job gains averaged 170,000 a month"' },
  { words: 'averages', reason: '"the rate averages 3.9% over the year"' },
  { words: 'average of', reason: '"an average of 180 trucks a day", "a three-month average of 170,000"' },
  { words: 'mean of', reason: '"a mean of 12 days"' },
  { words: 'median of', reason: '"a median of $250,000": the middle figure, no single one' },
];

/** Words after a figure that make it an average: "170,000 a month on average". */
export const AVERAGE_AFTER: { words: string; reason: string }[] = [
  { words: 'on average', reason: '"added 170,000 jobs a month on average"' },
  { words: 'daily average', reason: '"the 4,000 daily average of crossings last year"' },
  { words: 'weekly average', reason: '"well above the 900 weekly average"' },
  { words: 'monthly average', reason: '"far below the 215,000 monthly average over the previous 12 months"' },
  { words: 'annual average', reason: '"the 2.1% annual average since 2010"' },
];

const BEFORE = new RegExp(`\\b(?:${alternativesOf(AVERAGE_BEFORE)})\\s+${HEDGE}$`, 'i');
// Up to a few words of what is counted and its rate ("jobs a month") between the figure and the words.
const AFTER = new RegExp(`^[^\\s,;:.]*(?:\\s+[^\\s,;:.]+){0,4}?\\s+(?:${alternativesOf(AVERAGE_AFTER)})\\b`, 'i');

/** Whether the figure at `offset` in its sentence, written `text`, is told as an average. */
export function toldAsAverage(sentence: string, offset: number, text: string): boolean {
  const lower = sentence.toLowerCase();
  if (!lower.includes('averag') && !lower.includes('mean') && !lower.includes('median')) return false;
  return (
    BEFORE.test(sentence.slice(Math.max(0, offset - 60), offset)) || AFTER.test(sentence.slice(offset + text.length))
  );
}
