import { alternativesOf } from '../alternatives';
import { extractClaims } from '../claims/extract';
import type { Comparable } from './related';

/**
 * Words after a count that open its parts, each with why: a figure they introduce counts a part of the one before
 * them, whatever the part is told of (a named one of several fires, a division of a company, a constituency).
 */
export const PART_OPENERS: { words: string; reason: string }[] = [
  { words: 'including', reason: '"32 deaths across the region, including 12 in the capital": 12 of the 32' },
  { words: 'among them', reason: '"200 arrests, among them 45 minors": 45 of the 200' },
  { words: 'of whom', reason: '"90 passengers, of whom 60 were rescued": 60 of the 90' },
  { words: 'of which', reason: '"1,200 buildings were damaged, of which 300 were destroyed": 300 of the 1,200' },
  { words: 'of them', reason: '"120 seats, 70 of them in the north": 70 of the 120' },
];

// The opener, and no clause break, between the whole's figure and the first part: "16 deaths, including 11 ...".
const OPENS_PARTS = new RegExp(`^[^;:.()]{0,60}?\\b(?:${alternativesOf(PART_OPENERS)})\\b[^;:.()\\d]{0,20}$`, 'i');
// "of them" follows its part, the whole's figure just before: "120 seats, 70 of them in the north".
const OF_THEM_AFTER = /^\s+of\s+them\b/i;
const JUST_BEFORE = /^[^;:.()\d]{0,40}$/;
// The parts of one list: "including 11 in the east and 5 in the west", "among them 45 minors, 30 women and ...".
const NEXT_PART = /^[^\d;:.()]{1,50}?(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * The figures a claim's sentence tells as parts of it ("16 deaths from the fires, including 11 in the Eaton fire and 5
 * in the Palisades fire": 11 and 5), read when asked: only a pair that would otherwise contradict needs them.
 */
export function partsReader(sentence: string, offset: number, length: number): () => readonly number[] {
  let parts: number[] | undefined;
  return () => (parts ??= partsTold(sentence, offset + length));
}

function partsTold(sentence: string, end: number): number[] {
  const parts: number[] = [];
  let last = end;
  for (const c of extractClaims(sentence)) {
    if (c.start < end || c.kind !== 'count') continue;
    const between = sentence.slice(last, c.start);
    const opens =
      parts.length === 0 &&
      (OPENS_PARTS.test(between) || (JUST_BEFORE.test(between) && OF_THEM_AFTER.test(sentence.slice(c.end))));
    if (!opens && !(parts.length > 0 && NEXT_PART.test(between))) break;
    parts.push(c.value);
    last = c.end;
  }
  return parts;
}

/**
 * One figure a sentence tells as a part of the other ("including 11 in the Eaton fire") against that figure for the
 * whole: the other source counts the part the sentence names, never a second figure of the whole.
 */
export const toldAsPartOf = (whole: Comparable, part: Comparable): boolean =>
  whole.frame.kind === 'count' &&
  part.qualifier !== 'at_least' &&
  part.qualifier !== 'at_most' &&
  (whole.parts?.().includes(part.value) ?? false);
