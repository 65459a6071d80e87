import { alternatives, type Entry } from './grammar/entries';

/**
 * A time of the clock before the day a tally was taken on: "as of 2 p.m. Friday", "by 6 a.m. on Sunday", "as of
 * 3:35 p.m. local time Wednesday". Officials give running tolls as of an hour; the day after the hour is the day
 * of the tally, and the hour where in it.
 */

/** What follows the hour's figure: the half of the day, each with why. */
export const CLOCK_HALVES: Entry[] = [
  { word: 'a.m.', reason: 'before noon, as most news writes it' },
  { word: 'a.m', reason: 'before noon, the closing stop lost to the sentence' },
  { word: 'am', reason: 'before noon, written without stops ("6am")' },
  { word: 'p.m.', reason: 'after noon, as most news writes it' },
  { word: 'p.m', reason: 'after noon, the closing stop lost to the sentence' },
  { word: 'pm', reason: 'after noon, written without stops ("2pm")' },
];

/** The zone or clock an hour is told in, between it and the day, each with why: the day still follows. */
export const CLOCK_ZONES: Entry[] = [
  { word: 'local time', reason: '"as of 2 p.m. local time Friday": the place\'s own clock' },
  { word: 'Eastern Time', reason: '"as of 6 a.m. Eastern Time", US Eastern time spelt out' },
  { word: 'U.S. Eastern Time', reason: '"as of 6 a.m. U.S. Eastern Time"' },
  { word: 'New York time', reason: '"as of 7:08 a.m. New York time", markets\' clock' },
  { word: 'GMT', reason: '"as of 1400 GMT on Monday"' },
  { word: 'UTC', reason: '"as of 6 a.m. UTC Sunday"' },
  { word: 'ET', reason: '"as of 6 a.m. ET on Sunday", US Eastern time' },
  { word: 'EDT', reason: '"as of 8 a.m. EDT Monday", US Eastern daylight time' },
  { word: 'EST', reason: '"as of 2:08 p.m. EST", US Eastern standard time' },
  { word: 'JST', reason: '"as of 2 p.m. JST Thursday", Japan time' },
];

const HALF = alternatives(CLOCK_HALVES).replace(/\\\./g, '\\.?');
// Zones are matched in any case: "Eastern time", "eastern time", and in lower-cased text.
const ZONE = alternatives(CLOCK_ZONES);

/** An hour of the clock with its half of the day and, if said, its zone: "2 p.m.", "3:35 pm local time". */
export const CLOCK = `\\d{1,2}(?:[:.]\\d{2})?\\s?(?:${HALF})(?:\\s+(?:${ZONE}))?`;

const CLOCK_AT = new RegExp(`^(\\d{1,2})(?:[:.](\\d{2}))?\\s?(${HALF})`, 'i');

/** The hour from midnight a clock time names ("2 p.m." is 14, "12 a.m." 0, "12 p.m." 12), or null. */
export function clockHour(text: string): number | null {
  const m = CLOCK_AT.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return null;
  const afternoon = m[3]!.toLowerCase().startsWith('p');
  return (hour % 12) + (afternoon ? 12 : 0) + Number(m[2] ?? 0) / 60;
}
