import { PERSON_ROLES } from '../claims/lexicon';
import { PERSON_NOUNS_WORDNET } from './person-nouns';

/** Nouns for a body of people that, counted, count its members ("12 crew", "300 staff"); WordNet files them as groups. */
const MEMBERS = new Set(['crew', 'staff', 'personnel', 'workforce']);

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
