import { HEDGE } from './hedges';

/**
 * The figure a change came from ("a dip in inflation from 8.7% to 7.9% in June", "fell to 7.9% from 8.7%"):
 * the value before the change, of an earlier time than the figure it came to, whatever word tells the change.
 * Extraction reads "from X to Y" as one range unless a verb of change stands before it
 * (lib/claims/grammar/changes.ts), so two figures there are a change and the first is the older.
 */

// "from 8.7%", "from a high of 11.1%", "from a record 4.0%": the words between "from" and the figure a change came from.
const FROM = `\\bfrom\\s+(?:(?:an?|the|its)\\s+)?(?:record\\s+)?(?:(?:high|low|peak|level|figure|rate|estimate|reading)\\s+of\\s+)?${HEDGE}$`;
// "from 8.7% to 7.9%", "from a high of 11.1% in October 2022 to 7.9%": the figure after "from", a "to" and a figure
// after it within a few words.
const FROM_BEFORE = new RegExp(FROM, 'i');
const TO_AFTER = /^[^,;:.]{0,30}?\bto\s+\D{0,12}(\d[\d,]*(?:\.\d+)?)/i;
// "fell in June to 7.9% from 8.7%": the figure after "from" that follows the one the change came to.
const TO_BEFORE = new RegExp(
  `\\bto\\s+[^\\s,;\\d]*(\\d[\\d,]*(?:\\.\\d+)?)[^\\s,;]*(?:\\s+[^\\s,;.]+){0,4}?\\s+${FROM}`,
  'i',
);

/**
 * When the figure at `offset` in its sentence, written `text`, is the value a change came from, the value the change
 * came to as written, in the figure's unit ("from 4% to 3.75%": 3.75); else null.
 */
export function changedFrom(sentence: string, offset: number, text: string): number | null {
  const before = sentence.slice(Math.max(0, offset - 80), offset);
  if (!/\bfrom\s/i.test(before)) return null;
  const to =
    (FROM_BEFORE.test(before) ? TO_AFTER.exec(sentence.slice(offset + text.length)) : null) ?? TO_BEFORE.exec(before);
  return to ? Number(to[1]!.replace(/,/g, '')) : null;
}
