import { FUNCTION_WORDS } from '../claims/lexicon';
import { alternativesOf } from '../alternatives';
import { HEDGE } from './hedges';
import { lastDigitStep, type Figure } from './interval';

/**
 * Standing figures: quantities that do not move between the reports of one story, days or weeks apart,
 * unlike a toll. How many people live in a place ("Kestrel, a town of about 40,000", "home to 52,000
 * people", "a population of at least 60,000"), and measures of an event fixed once it happened (an
 * earthquake's magnitude): two outlets' figures for one are one quantity whenever they were reported. A
 * population's figures that cannot both hold contradict each other; a magnitude's differ by who measured it.
 */

/** Units of measures fixed once their event happened, each with its reason. */
export const FIXED_MEASURE_UNITS: { unit: string; reason: string }[] = [
  {
    unit: 'magnitude',
    reason:
      "a quake's magnitude is set when it strikes: agencies differ in their estimate (each on its own scale and network, all of them holding), not as time goes by; a day named with it dates the quake, not the figure",
  },
];
const FIXED_UNITS = new Set(FIXED_MEASURE_UNITS.map((u) => u.unit));

/** Whether a measure is fixed once its event happened (an earthquake's magnitude). */
export const fixedOnceHappened = (unit: string): boolean => FIXED_UNITS.has(unit);

/** Words just before a figure that make it the number of people living in a place, each with its reason. */
export const POPULATION_BEFORE: { words: string; reason: string }[] = [
  { words: 'population of', reason: '"an estimated population of at least 120,000": the people living there' },
  { words: 'populated by', reason: '"a district populated by 30,000": its inhabitants' },
  { words: 'home to', reason: '"the city, home to about 100,000 people": those who live there' },
  { words: 'community of', reason: '"a community of around 125,000 people": a place told by its people' },
  { words: 'city of', reason: '"a city of 90,000": a city told by its inhabitants' },
  { words: 'town of', reason: '"a town of 8,000 people": a town told by its inhabitants' },
  { words: 'village of', reason: '"a village of 600": a village told by its inhabitants' },
  { words: 'country of', reason: '"a country of 11 million": a country told by its people' },
  { words: 'nation of', reason: '"a nation of 40 million": a nation told by its people' },
  { words: 'island of', reason: '"an island of 70,000 people": an island told by its inhabitants' },
];

/** Nouns that count the people living in a place when nothing happened to them, each with its reason. */
export const POPULATION_HEADS: { head: string; reason: string }[] = [
  { head: 'population', reason: '"a population of 52,000" read with the population as what is counted' },
  { head: 'inhabitant', reason: '"Kestrel has 38,000 inhabitants"' },
];

/**
 * What may be read as counted after the words of `POPULATION_BEFORE` when the figure is a population: people
 * as such, or the place itself ("a town of about 40,000" read as counting "town"). A named group ("home to
 * 450,000 refugees", "a city of 90,000 Christians") is a part of the people living there, not all of them.
 */
export const POPULATION_NOUNS: { head: string; reason: string }[] = [
  { head: '', reason: '"home to about 100,000": nothing named after the figure' },
  { head: 'person', reason: '"home to 100,000 people"' },
  { head: 'resident', reason: '"a town of 8,000 residents"' },
  { head: 'soul', reason: '"a village of 600 souls"' },
  { head: 'city', reason: '"a city of 90,000" read as counting the city' },
  { head: 'town', reason: '"a town of about 40,000" read as counting the town' },
  { head: 'village', reason: '"a village of 600" read as counting the village' },
  { head: 'community', reason: '"a community of 125,000" read as counting the community' },
  { head: 'country', reason: '"a country of 11 million" read as counting the country' },
  { head: 'nation', reason: '"a nation of 40 million" read as counting the nation' },
  { head: 'island', reason: '"an island of 70,000" read as counting the island' },
];
const NOUNS = new Set(POPULATION_NOUNS.map((n) => n.head));

// Any bound written before a figure may stand between the words and it (hedges.ts): "home to some 45,000".
const BEFORE = new RegExp(`\\b(?:${alternativesOf(POPULATION_BEFORE)})\\s+${HEDGE}$`, 'i');
const HEADS = new Set(POPULATION_HEADS.map((h) => h.head));

/**
 * Whether a count is the number of people living in a place: nothing happened to them, and the words
 * before the figure or what it counts say so. `lead` is the sentence up to the figure.
 */
export function countsPopulation(lead: string, head: string, event: string): boolean {
  return event === '' && (HEADS.has(head) || (NOUNS.has(head) && BEFORE.test(lead)));
}

const CAPITALISED = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/**
 * The place a population figure is of, as its sentence names it before the figure ("Kestrel, a community of
 * around 125,000", "In Kestrel, which has a population of 120,000"): the last name before it, lower-cased, or
 * '' when none is named ("the city, home to 100,000"). A function word capitalised to open a sentence is no name.
 */
export function populationPlace(before: string): string {
  const names = [...before.matchAll(CAPITALISED)]
    .map((m) => m[0].split(/\s+/))
    // "The", "In" open a sentence; "Kestrel" opening it is a name.
    .map((words) => (FUNCTION_WORDS.has(words[0]!.toLowerCase()) ? words.slice(1) : words))
    .filter((words) => words.length > 0);
  return names.at(-1)?.join(' ').toLowerCase() ?? '';
}

/**
 * How far a population may lie from its figure, by the digits written: a census figure is known, and writers round it
 * to as many digits as they keep. Told roughly ("about 780,000", "nearly 900,000"), within one step of its last digit
 * that is not zero (10,000; 100,000), where the tenth either way of an estimate (APPROX_TOLERANCE) would let "about
 * 780,000" stand for 850,000; a figure of one such digit ("about 100,000") keeps the tenth, the narrower of the two.
 * Told exactly but ending in three zeros or more ("home to 800,000 people"), within half that step: a rounding of
 * the census figure too, so "about 780,000" and "800,000" may both hold.
 */
export function populationAsRounded<F extends { frame: { population: string | null } } & Figure>(f: F): F {
  if (f.frame.population === null || !Number.isInteger(f.value) || f.value === 0) return f;
  const step = lastDigitStep(f.value);
  if (f.qualifier === 'exact' && step >= 1000 && f.low !== null && f.high !== null)
    return { ...f, qualifier: 'approx', low: f.value - step / 2, high: f.value + step / 2 };
  if (f.qualifier !== 'approx') return f;
  const low = f.low === null ? null : Math.max(f.low, f.value - step);
  const high = f.high === null ? null : Math.min(f.high, f.value + step);
  return { ...f, low, high };
}
