/**
 * A figure its own sentence says replaced another ("the UN has amended the toll, stating that 3,958 people
 * have died instead of 11,300", "the count was revised from 187,000 to 157,000"): the source itself says the
 * two are one quantity with two values, the later correcting the earlier. Reports of either figure then
 * contradict each other, as a correction and what it corrects do, whatever their dates.
 */
export interface Replacement {
  /** The value this figure replaced ("3,958 ... instead of 11,300": 11,300), or null. */
  replaced: number | null;
  /** The value that replaced this figure ("3,958 ... instead of 11,300": for the 11,300, 3,958), or null. */
  replacedBy: number | null;
}

const NONE: Replacement = Object.freeze({ replaced: null, replacedBy: null });

// Only a sentence that says a figure was corrected: "instead of" alone may weigh two proposals.
const CORRECTED = /\b(?:revis|amend|correct|updat|lower|downgrad|upgrad|adjust)\w*/i;
const CHANGE_BY = /\bby\s+(?:about\s+|some\s+|nearly\s+)?$/i;
const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)`;
// "3,958 people have died instead of 11,300": a few words may stand between the figure and "instead of".
const INSTEAD_AFTER = new RegExp(String.raw`^(?:\s+[\p{L}'’-]+){0,4}?\s+instead\s+of\s+(?:the\s+)?${NUMBER}`, 'u');
const INSTEAD_BEFORE = new RegExp(String.raw`${NUMBER}(?:\s+[\p{L}'’-]+){0,4}?\s+instead\s+of\s+(?:the\s+)?$`, 'u');
// "revised from 187,000 to 157,000", "revised to 157,000 from 187,000"
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${NUMBER}\s+to\s+$`);
const TO_AFTER = new RegExp(String.raw`^\s+to\s+${NUMBER}`);
const TO_BEFORE = new RegExp(String.raw`\bto\s+${NUMBER}\s+from\s+$`);
const FROM_AFTER = new RegExp(String.raw`^\s+from\s+${NUMBER}`);

const numberOf = (written: string | undefined) => (written === undefined ? null : Number(written.replace(/,/g, '')));

/** What a figure's sentence says it replaced or was replaced by; its text ends where `end` is. */
export function replacementOf(sentence: string, start: number, end: number): Replacement {
  const before = sentence.slice(Math.max(0, start - 80), start);
  // "revised down by 80,000 from 185,000": a figure after "by" is the size of the correction.
  if (!CORRECTED.test(sentence) || CHANGE_BY.test(before)) return NONE;
  const after = sentence.slice(end, end + 80);
  const replaced = numberOf(
    INSTEAD_AFTER.exec(after)?.[1] ?? FROM_BEFORE.exec(before)?.[1] ?? FROM_AFTER.exec(after)?.[1],
  );
  const replacedBy = numberOf(
    INSTEAD_BEFORE.exec(before)?.[1] ?? TO_AFTER.exec(after)?.[1] ?? TO_BEFORE.exec(before)?.[1],
  );
  // "from 187,000 to 157,000" read both ways from one figure would make it replace itself.
  if (replaced !== null && replacedBy !== null) return NONE;
  return replaced === null && replacedBy === null ? NONE : { replaced, replacedBy };
}

/** Whether one figure's sentence says it replaced the other's value, or was replaced by it. */
export const correctsOther = (a: Replacement, av: number, b: Replacement, bv: number): boolean =>
  a.replaced === bv || a.replacedBy === bv || b.replaced === av || b.replacedBy === av;
