import { alternativesOf } from '../alternatives';

/**
 * Words that tell a figure as the size of a thing ("the 984-foot-long vessel", "a tower 60 feet tall", "which spans a
 * length of 984 feet"): a ship's, a bridge's or a building's size does not move between reports, so a day told in
 * its sentence dates what happened to the thing, not the figure. Not depth or height above ground, which floods and
 * waves change ("water 50 feet deep", "waves 10 metres high").
 */
export const DIMENSION_AFTER: { words: string; reason: string }[] = [
  { words: 'long', reason: '"the 984-foot-long vessel", "a bridge 1.6 miles long"' },
  { words: 'tall', reason: '"a tower 60 feet tall"' },
  { words: 'wide', reason: '"the 157-foot-wide ship"' },
  { words: 'in length', reason: '"a vessel 300 metres in length"' },
  { words: 'in width', reason: '"a span 40 metres in width"' },
];
export const DIMENSION_BEFORE: { words: string; reason: string }[] = [
  { words: 'a length of', reason: '"which spans a length of 984 feet"' },
  { words: 'a width of', reason: '"a width of 157 feet"' },
];

const SIZE_AFTER = new RegExp(`^(?:[\\s-]+[\\p{L}.]+)?[\\s-]+(?:${alternativesOf(DIMENSION_AFTER)})\\b`, 'iu');
const SIZE_BEFORE = new RegExp(`\\b(?:${alternativesOf(DIMENSION_BEFORE)})\\s+$`, 'i');

/** Whether a figure is told as the size of a thing: "984-foot-long", "60 feet tall", "a length of 984 feet". */
export const toldAsSize = (sentence: string, offset: number, length: number) =>
  SIZE_AFTER.test(sentence.slice(offset + length, offset + length + 24)) ||
  SIZE_BEFORE.test(sentence.slice(Math.max(0, offset - 16), offset));
