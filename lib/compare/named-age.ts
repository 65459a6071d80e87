import { alternativesOf } from '../alternatives';
import { CALENDAR_WORDS } from '../claims/grammar/calendar';
import type { Comparable } from './related';
import { daysBetween } from './when';
import { readOnce } from '../read-once';

/**
 * Last words of a capitalised name that make it a place's or a body's, not a person's, each with why: a figure after
 * such a name and a comma is the place's count in a list ("Kerr County, 59; Travis County, 6"), a running total.
 */
export const NOT_PERSON_NAME_ENDS: { words: string; reason: string }[] = [
  ...'County City Province District State Region Prefecture Parish Borough Township Village Island Islands'
    .split(' ')
    .map((words) => ({ words, reason: `a place: "Kerr ${words}, 59" is the place's count in a list` })),
  ...'Party Alliance Front Union Group Council Ministry Department Agency Committee Court Forces Army Navy Police Guard Authority Service Commission Office Bureau Institute University Hospital Company Association'
    .split(' ')
    .map((words) => ({ words, reason: `a body: "the Labour ${words}, 12" is the body's count in a list` })),
];

/**
 * Days within which two reports of one person's age are of one time: an age moves once a year, so two reports a week
 * apart that give it differently cannot both be right.
 */
export const ONE_AGE_DAYS = 7;

/** The oldest age a person is told to have. */
const OLDEST = 119;

// A full name (two capitalised words or more) and a comma right before the figure: "Shlomi Ziv, 40".
const NAME_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),\s$/u;
// The figure ends its clause or its item of a list: "Shlomi Ziv, 40.", "Noa Argamani, 25; Almog Meir Jan, 21".
const ENDS_ITEM = /^(?:\s*[.,;)]|\s+and\b|\s*$)/;
const NOT_PERSON = new RegExp(`\\s(?:${alternativesOf(NOT_PERSON_NAME_ENDS)})$`);

/**
 * The full name a figure is told as the age of ("Noa Argamani, 25; Almog Meir Jan, 21": "noa argamani" for 25), or
 * null: a bare whole number up to a person's oldest age, after a full name and a comma, ending its clause or its
 * item. Read when asked: only a pair about to be weighed needs it.
 */
export const namedAgeReader = (sentence: string, offset: number, text: string): (() => string | null) =>
  readOnce(() => namedAge(sentence, offset, text));

function namedAge(sentence: string, offset: number, text: string): string | null {
  if (!/^\d{1,3}$/.test(text) || Number(text) > OLDEST || !ENDS_ITEM.test(sentence.slice(offset + text.length)))
    return null;
  const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, offset - 60), offset))?.[1];
  if (!name || NOT_PERSON.test(name)) return null;
  const words = name.split(/\s+/);
  // "On Monday, 40": a day or a month is no one's name.
  if (words.some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) return null;
  return words.join(' ').toLowerCase();
}

/**
 * Two figures told as the age of one person named in full, in reports at most `ONE_AGE_DAYS` apart: one quantity at
 * one time, whatever else their sentences say, so two ages of them contradict each other.
 */
export function agesOfOnePerson(a: Comparable, b: Comparable): boolean {
  const [na, nb] = [a.namedAge?.(), b.namedAge?.()];
  if (!na || na !== nb) return false;
  const [da, db] = [a.frame.when.reported, b.frame.when.reported];
  return da !== undefined && db !== undefined && Math.abs(daysBetween(da, db)) <= ONE_AGE_DAYS;
}
