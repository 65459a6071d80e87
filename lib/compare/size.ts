import { alternativesOf } from '../alternatives';
import { aboutWords, shareWord } from './about';
import { lastDigitStep } from './interval';
import type { Comparable } from './related';

/**
 * Words that tell a figure as the size of a thing ("the 984-foot-long vessel", "a tower 60 feet tall", "which spans a
 * length of 984 feet"): a ship's, a bridge's or a building's size does not move between reports, so a day told in
 * its sentence dates what happened to the thing, not the figure. Not depth or height above ground, which floods and
 * waves change ("water 50 feet deep", "waves 10 metres high"). Each names the dimension it tells.
 */
export const DIMENSION_AFTER: { words: string; dimension: string; reason: string }[] = [
  { words: 'long', dimension: 'length', reason: '"the 984-foot-long vessel", "a bridge 1.6 miles long"' },
  { words: 'tall', dimension: 'height', reason: '"a tower 60 feet tall"' },
  { words: 'wide', dimension: 'width', reason: '"the 157-foot-wide ship"' },
  { words: 'in length', dimension: 'length', reason: '"a vessel 300 metres in length"' },
  { words: 'in width', dimension: 'width', reason: '"a span 40 metres in width"' },
];
export const DIMENSION_BEFORE: { words: string; dimension: string; reason: string }[] = [
  { words: 'a length of', dimension: 'length', reason: '"which spans a length of 984 feet"' },
  { words: 'a width of', dimension: 'width', reason: '"a width of 157 feet"' },
];

/**
 * Nouns for those a craft carries on one voyage, counted as its complement ("the 22-man crew aboard", "21 crew members
 * were on board", "the 180 passengers on the flight"): how many were aboard when it sailed or crashed does not move
 * between reports, as a size does not.
 */
export const COMPLEMENT_NOUNS: { words: string; reason: string }[] = [
  { words: 'crew', reason: 'those who work a craft: "the 22-man crew aboard the freighter"' },
  { words: 'passenger', reason: 'those a craft carries: "the 180 passengers on board the jet"' },
];

/**
 * Words after a complement that place it on a craft, each with its reason: a crew or passengers counted with none of
 * them may be a company's or a month's ("the airline carried 2 million passengers", "50 rescue crews").
 */
export const ABOARD_WORDS: { words: string; reason: string }[] = [
  { words: 'aboard', reason: '"the 22-man crew aboard the freighter"' },
  { words: 'on board', reason: '"21 crew members were on board the ship"' },
  { words: 'onboard', reason: '"the 180 passengers onboard"' },
  { words: 'vessel', reason: '"the entire 22-member crew of the vessel"' },
  { words: 'ship', reason: '"the ship\'s 25 crew", "21 crew members were on the ship"' },
  { words: 'boat', reason: '"the boat\'s crew of 12"' },
  { words: 'ferry', reason: '"the 300 passengers on the ferry"' },
  { words: 'plane', reason: '"the 180 passengers on the plane"' },
  { words: 'aircraft', reason: '"the aircraft\'s six crew"' },
  { words: 'flight', reason: '"the 150 passengers of the flight"' },
  { words: 'train', reason: '"the 900 passengers on the train"' },
];

/**
 * Verbs by which a craft named before a complement holds it ("the aircraft was carrying 242 people, including 230
 * passengers", "the flight had 232 passengers"), each with why: the craft's word and the verb come before the figure.
 */
export const CARRYING_VERBS: { words: string; reason: string }[] = [
  { words: 'carrying', reason: '"the ferry was carrying 412 passengers"' },
  { words: 'carried', reason: '"the jet carried 180 passengers"' },
  { words: 'had', reason: '"the flight had 232 passengers and 10 crew members"' },
  { words: 'has', reason: '"the ship has 25 crew"' },
  { words: 'with', reason: '"a plane with 150 passengers"' },
];

const DIMENSIONS = new Map([...DIMENSION_AFTER, ...DIMENSION_BEFORE].map((d) => [d.words, d.dimension]));
const SIZE_AFTER = new RegExp(`^(?:[\\s-]+[\\p{L}.]+)?[\\s-]+(${alternativesOf(DIMENSION_AFTER)})\\b`, 'iu');
const SIZE_BEFORE = new RegExp(`\\b(${alternativesOf(DIMENSION_BEFORE)})\\s+$`, 'i');
const COMPLEMENT = new RegExp(`\\b(${alternativesOf(COMPLEMENT_NOUNS)})s?\\b`, 'gi');
const ANY_COMPLEMENT = new RegExp(COMPLEMENT.source, 'i');
const ABOARD = new RegExp(`\\b(?:${alternativesOf(ABOARD_WORDS)})\\b`, 'i');
// A craft's word and a verb that has it hold what follows, before the figure within its sentence part.
const CARRIED_BY = new RegExp(
  `\\b(?:${alternativesOf(ABOARD_WORDS)})\\b[^.;:]{0,24}?\\b(?:${alternativesOf(CARRYING_VERBS)})\\b[^.;:]{0,40}$`,
  'i',
);

/** The words read around a size for the thing it is the size of. */
const AROUND = 48;

/**
 * What a figure is the size of: the dimension its words tell ("length" for "984-foot-long"; a complement noun for a
 * craft's crew or passengers), and the words around it that may name the thing ("cargo vessel"), or null when its
 * words tell no size.
 */
export interface SizeOf {
  dimension: string;
  /** Whether it counts a craft's complement, not a dimension. */
  complement: boolean;
  words: ReadonlySet<string>;
}

/** The dimension a matched word tells, however it was spaced or capitalised. */
const dimensionOf = (words: string) => DIMENSIONS.get(words.toLowerCase().replace(/\s+/g, ' '))!;

function dimensionAt(sentence: string, offset: number, length: number): { dimension: string; end: number } | null {
  const after = SIZE_AFTER.exec(sentence.slice(offset + length, offset + length + 24));
  if (after) return { dimension: dimensionOf(after[1]!), end: offset + length + after[0].length };
  const before = SIZE_BEFORE.exec(sentence.slice(Math.max(0, offset - 16), offset));
  return before ? { dimension: dimensionOf(before[1]!), end: offset + length } : null;
}

/**
 * A craft's complement: what is counted names those aboard (`COMPLEMENT_NOUNS`) and the rest of the sentence places
 * them on a craft (`ABOARD_WORDS`), or a craft and a verb of holding before the figure (`CARRYING_VERBS`).
 */
function complementOf(sentence: string, offset: number, length: number, counted: string): string | null {
  // "379 passengers and crew" counts everyone aboard, another complement than "367 passengers": the nouns together.
  // Most counted phrases name none: asked of every claim framed, twice.
  if (!ANY_COMPLEMENT.test(counted)) return null;
  const nouns = [...new Set([...counted.matchAll(COMPLEMENT)].map((m) => m[1]!.toLowerCase()))].sort();
  if (!nouns.length) return null;
  const aboard =
    ABOARD.test(sentence.slice(offset + length, offset + length + 100)) ||
    CARRIED_BY.test(sentence.slice(Math.max(0, offset - 100), offset));
  return aboard ? nouns.join(' and ') : null;
}

/** Whether a figure is told as the size of a thing or a craft's complement: "984-foot-long", "the 22-man crew aboard". */
export const toldAsSize = (sentence: string, offset: number, length: number, counted = '') =>
  dimensionAt(sentence, offset, length) !== null || complementOf(sentence, offset, length, counted) !== null;

/** What a figure is the size of (`SizeOf`), or null. */
export function sizeOf(sentence: string, offset: number, length: number, counted: string): SizeOf | null {
  const at = dimensionAt(sentence, offset, length);
  if (at) {
    const around = sentence.slice(Math.max(0, offset - AROUND), offset) + ' ' + sentence.slice(at.end, at.end + AROUND);
    return { dimension: at.dimension, complement: false, words: aboutWords(around.replace(/\S*\d\S*/g, ' ')) };
  }
  const complement = complementOf(sentence, offset, length, counted);
  return complement ? { dimension: complement, complement: true, words: new Set() } : null;
}

/**
 * Words joined to a complement's figure that tell its size, not a part of it ("a 22-man crew", "the 15-member crew", "a
 * 300-strong crew"), which extraction may read as a sub-group.
 */
export const COMPLEMENT_COMPOUNDS: { words: string; reason: string }[] = [
  { words: 'man', reason: '"the 22-man crew": a crew of 22, men or women' },
  { words: 'member', reason: '"the 15-member crew": a crew of 15' },
  { words: 'strong', reason: '"a 300-strong crew": a crew of 300' },
];
const COMPOUNDS = new Set(COMPLEMENT_COMPOUNDS.map((c) => c.words));
const partsOf = (f: Comparable) => f.quantity.groups.filter((g) => !COMPOUNDS.has(g.toLowerCase())).join(' ');

/**
 * Two counts of one craft's complement: nothing befallen either (passengers killed are a toll, which grows), and the
 * same sub-groups ("20 Indian crew members" may be a part of a crew of 21).
 */
const oneComplement = (a: Comparable, b: Comparable) =>
  a.frame.event === '' && b.frame.event === '' && partsOf(a) === partsOf(b);

/**
 * How far apart two figures for one thing's size may be and still be one figure told wrong (a slip, digits
 * transposed: 948 for 984 feet, 21 and 22 crew); farther apart they are more often two things of one story (a
 * freighter and its tug).
 */
const SIZE_SPREAD = 0.1;

/**
 * Two figures for the size of one thing: the same dimension in the same unit, the thing named with a word in common
 * around both ("the 948-foot-long cargo vessel", "the 984-foot-long ... cargo vessel"), or a craft's complement with
 * nothing said to have befallen it, within `SIZE_SPREAD`. A size does not move between reports, so two that cannot
 * both hold contradict each other whatever their days.
 */
export function oneThingsSize(a: Comparable, b: Comparable): boolean {
  if (!a.size || !b.size || a.size.dimension !== b.size.dimension) return false;
  if (a.quantity.unit !== b.quantity.unit) return false;
  if (a.size.complement ? !oneComplement(a, b) : !shareWord(a.size.words, b.size.words)) return false;
  const apart = Math.abs(a.value - b.value);
  // A measure is often a conversion the writer rounded ("985-foot-long (300-meter-long)" and "984-foot-long" for 300
  // metres, 984.3 feet): one step of the last digit apart is a rounding. A complement counts whole people.
  if (!a.size.complement && apart <= Math.max(lastDigitStep(a.value), lastDigitStep(b.value))) return false;
  return apart <= SIZE_SPREAD * Math.max(Math.abs(a.value), Math.abs(b.value));
}
