import { EVENT_NOUNS, EVENTS, PERSON_ROLES } from '../claims/lexicon';
import { wordSet, words } from '../claims/grammar/entries';
import { NOT_NOUNS_WORDNET } from '../claims/grammar/not-nouns';
import { PERSON_NOUNS_WORDNET } from './person-nouns';

/**
 * Nouns WordNet does not file as kinds of person that, counted, count people: a body of people counts its
 * members ("12 crew", "300 staff"), a population its inhabitants ("a population of 120,000"), and a life
 * counted is a person ("the fire has claimed 36 lives").
 */
const MEMBERS = wordSet(
  words('a body of people, counted by its members: "12 crew", "300 staff"', 'crew staff personnel workforce'),
  words('a place\'s people: "a population of 120,000"', 'population'),
  words('a life counted is a person: "the fire has claimed 36 lives"', 'life'),
);

/**
 * Words before a hyphen that make a noun for people into people it does not name, each with why: such a compound is
 * not a kind of what its last part names.
 */
const NOT_A_KIND = wordSet(
  words('"non-passengers", "non-residents": people who are not what the noun names', 'non'),
  words('"ex-soldiers", "former-ministers": people who were, and are no longer', 'ex former'),
  words('"pseudo-doctors", "quasi-judges": people who only seem what the noun names', 'pseudo quasi'),
);

/**
 * The noun for people a word read as what is counted stands for, when WordNet does not know it as written: a plural in
 * -men that lemmatising left as it was ("gunmen", "policemen", "fishermen") is its singular in -man when WordNet names
 * that a kind of person; a compound written with a hyphen whose last part is a noun for people ("case-patients",
 * "aid-workers", "rescue-divers") is the people its last part names, as the compound written open ("case patients")
 * is read by its head, unless the part before the hyphen says they are not such people (`NOT_A_KIND`:
 * "non-passengers"). Else the lemma as read.
 */
export function personNounOf(lemma: string): string {
  if (lemma.endsWith('men')) {
    const man = `${lemma.slice(0, -3)}man`;
    return PERSON_NOUNS_WORDNET.has(man) ? man : lemma;
  }
  const at = lemma.lastIndexOf('-');
  if (at < 0 || namesPeople(lemma) || NOT_A_KIND.has(lemma.slice(0, at).split('-').pop()!)) return lemma;
  const last = lemma.slice(at + 1);
  return PERSON_NOUNS_WORDNET.has(last) || PERSON_ROLES.includes(last) ? last : lemma;
}

/** Nouns for people as extraction merges them ("person", the roles it knows), and WordNet's kinds of person. */
export const namesPeople = (lemma: string): boolean =>
  lemma === 'person' || PERSON_ROLES.includes(lemma) || PERSON_NOUNS_WORDNET.has(lemma) || MEMBERS.has(lemma);

/** Events only people undergo: a figure with one of these and no noun ("40 were hurt") counts people. */
export const PEOPLE_EVENTS = new Set([
  'kill',
  'injure',
  'release',
  'hold',
  'seize',
  'flee',
  'evacuate',
  'arrest',
  'missing',
]);

/** Whether a count counts people: by its noun, or with no noun by what happened to them. */
export const countsPeople = (lemma: string, event: string): boolean =>
  namesPeople(lemma) || (lemma === '' && PEOPLE_EVENTS.has(event));

/**
 * Words extraction may take for what is counted that name nothing: a pronoun standing for what the sentence
 * counts ("11,300 dead and an estimated 170 others"), a word for a figure itself ("the total number of
 * fatalities", "the overall total"), an adverb ("lives lost so far to 7,926", "3,958 instead of 11,300").
 */
export const NO_THING_HEADS = wordSet(
  words('a pronoun for what the sentence counts: "an estimated 170 others", "12 more"', 'other more one'),
  words(
    'a word for the figure itself: "the total number of fatalities", "the overall total"',
    'number total figure count',
  ),
  words('an adverb read as a noun: "lives lost so far to 7,926", "3,958 instead of 11,300"', 'far instead'),
);

/**
 * Whether a word extraction read as what is counted names nothing: a word of NO_THING_HEADS, or one WordNet files only
 * as an adjective or an adverb ("less than 1% of the global total", "Egyptian deaths alone"), unless it tells what
 * befell people ("the injured", "the missing"), which the event reads.
 */
export const namesNothing = (lemma: string): boolean =>
  NO_THING_HEADS.has(lemma) || (NOT_NOUNS_WORDNET.has(lemma) && !EVENTS.has(lemma) && !(lemma in EVENT_NOUNS));
