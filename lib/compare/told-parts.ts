import { alternativesOf } from '../alternatives';
import type { Claim } from '../claims/types';
import type { Figure } from './interval';
import type { Comparable } from './related';
import { fieldGrade } from './same-quantity';
import { sentenceClaims } from './sentence-claims';
import { readOnce } from '../read-once';

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
  return () => (parts ??= partsTold(sentence, offset + length).map((c) => c.value));
}

function partsTold(sentence: string, end: number): Claim[] {
  const parts: Claim[] = [];
  let last = end;
  for (const c of sentenceClaims(sentence)) {
    if (c.start < end || c.kind !== 'count') continue;
    const between = sentence.slice(last, c.start);
    const opens =
      parts.length === 0 &&
      (OPENS_PARTS.test(between) || (JUST_BEFORE.test(between) && OF_THEM_AFTER.test(sentence.slice(c.end))));
    if (!opens && !(parts.length > 0 && NEXT_PART.test(between))) break;
    parts.push(c);
    last = c.end;
  }
  return parts;
}

/**
 * Words between a count and the count of the whole it is taken from, each with why: "241 of the 242 on board" counts
 * 241 of a group of 242, whatever the group is.
 */
export const WHOLE_OPENERS: { words: string; reason: string }[] = [
  { words: 'of the', reason: '"three of the five judges": three taken from a group of five' },
  { words: 'of all', reason: '"40 of all 52 flights were delayed": 40 taken from 52' },
  { words: 'of all the', reason: '"nine of all the 12 finalists": nine taken from 12' },
  { words: 'out of', reason: '"18 out of 20 clubs voted for it": 18 taken from 20' },
  { words: 'out of the', reason: '"six out of the 11 starters": six taken from 11' },
  { words: 'of its', reason: '"30 of its 45 branches will close": 30 taken from 45' },
  { words: 'of their', reason: '"two of their 14 games": two taken from 14' },
];

// The opener alone between the part's figure and the whole's: "241 of the 242", "18 out of 20".
const OPENS_WHOLE = new RegExp(`^\\s+(?:${alternativesOf(WHOLE_OPENERS)})\\s+$`, 'i');

/**
 * The count a claim's sentence tells as the whole it is taken from, or null, read when asked: only a pair that would
 * otherwise contradict needs it. The whole comes after the part ("241 of the 242 passengers": 242) or before the
 * words that open its parts ("the bodies of 84 people, including 27 children": 84).
 */
export const wholeReader = (sentence: string, offset: number, length: number): (() => Claim | null) =>
  readOnce(() => wholeTold(sentence, offset, offset + length));

function wholeTold(sentence: string, start: number, end: number): Claim | null {
  const claims = sentenceClaims(sentence);
  const next = claims.find((c) => c.start >= end && c.kind === 'count');
  if (next && OPENS_WHOLE.test(sentence.slice(end, next.start))) return next;
  const counts = claims.filter((c) => c.end <= start && c.kind === 'count');
  return counts.findLast((c) => partsTold(sentence, c.end).some((p) => p.start === start)) ?? null;
}

/**
 * One figure a sentence tells as a part of the other ("including 11 in the Eaton fire", "11 of the 16") against that
 * figure for the whole: the other source counts the part the sentence names, or the whole the sentence takes its
 * figure from, never a second figure of one quantity.
 */
export const toldAsPartOf = (whole: Comparable, part: Comparable): boolean =>
  whole.frame.kind === 'count' &&
  part.qualifier !== 'at_least' &&
  part.qualifier !== 'at_most' &&
  ((whole.parts?.().includes(part.value) ?? false) || part.whole?.()?.value === whole.value);

/** Below this a whole's figure tells nothing of one breakdown: small groups ("two of the five judges") recur anywhere. */
const MIN_SHARED_WHOLE = 10;

const wholeOf = (c: Comparable): Figure | null => {
  const whole = c.whole?.();
  return whole && whole.qualifier === 'exact' && whole.value >= MIN_SHARED_WHOLE ? whole : null;
};

/**
 * One breakdown told twice: two exact counts of the same thing, each told as a part of a whole ("the bodies of 84 people,
 * including 27 children", "84 people, including 28 children"), the same exact figure for the whole on both sides.
 * The shared whole says the two tell one count at one time, so its part cannot be two figures.
 */
export function partsOfOneWhole(a: Comparable, b: Comparable): boolean {
  if (a.frame.kind !== 'count' || b.frame.kind !== 'count' || a.qualifier !== 'exact' || b.qualifier !== 'exact')
    return false;
  const [wa, wb] = [wholeOf(a), wholeOf(b)];
  if (!wa || !wb || wa.value !== wb.value) return false;
  // The same thing named, not a kind of it: "241 of the 242 on board" who died and "230 passengers" of the 242 are two
  // parts of one whole.
  return fieldGrade('thing', a.frame, b.frame) === 'same';
}
