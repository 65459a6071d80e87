import { startsWithUpper } from './chars';
import { memoized } from './memo';
import { DEMONYMS, NEVER_NOUNS, SINGULAR_EXCEPTIONS } from './grammar/wordnet';
import { singularByRule } from './lemma-rules';
import {
  COMPOUND_SYNONYMS,
  FUNCTION_WORDS,
  GENERAL_HEADS,
  GROUP_NOUNS,
  IRREGULAR_PLURALS,
  NARROWING,
  PERSON_NOUNS,
  RECENT_DEMONYMS,
  ROLE_SYNONYMS,
} from './lexicon';

const wordnetSingulars = new Map(
  SINGULAR_EXCEPTIONS.split(' ').map((entry) => {
    const [plural, base] = entry.split('=');
    return [plural!, base ?? plural!] as [string, string];
  }),
);
const demonyms = new Set([...DEMONYMS.split(' '), ...RECENT_DEMONYMS.map(([w]) => w)]);

/**
 * Singular of an English noun, lower-cased: "prisoners" → "prisoner", "casualties" → "casualty", "Iraqis" →
 * "iraqi", "crises" → "crisis": the lexicon's irregular plurals, then WordNet's exceptions to the spelling rules.
 */
export const singular = memoized((word: string): string => {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return IRREGULAR_PLURALS[w] ?? wordnetSingulars.get(w) ?? singularByRule(w);
});

const neverNouns = new Set(NEVER_NOUNS.split(' '));
/** The last word of each compound of COMPOUND_SYNONYMS ("rate" of "jobless rate"). */
const COMPOUND_HEADS = new Set(Object.keys(COMPOUND_SYNONYMS).map((c) => c.slice(c.lastIndexOf(' ') + 1)));

/**
 * "immediate", "diverse", "sits", "brings": a word WordNet knows only as a verb, an adjective or an adverb, in
 * any case and in a verb's third person, which never names what a figure counts.
 */
export const isNeverNoun = memoized((word: string): boolean => {
  const w = word.toLowerCase();
  // "lives" is the plural of "life", whatever "live" is: only a word no noun's plural is a verb's third person.
  return neverNouns.has(w) || (w.endsWith('s') && singular(w) === singularByRule(w) && neverNouns.has(singular(w)));
});

/** "Iraqi", "Pakistanis", "Russian", "Chinese": nationality words, which make a sub-group. */
export function isDemonym(word: string): boolean {
  if (!startsWithUpper(word)) return false;
  // "Ukrainian-Russian", "Mexican-American": every part a nationality.
  return word.includes('-')
    ? word.split('-').every((part) => startsWithUpper(part) && demonyms.has(singular(part)))
    : demonyms.has(singular(word));
}

const POSSESSIVE = /['’]s?$/;

export interface CountedThing {
  lemma: string;
  groups: string[];
  /** "Turkey's inflation", "Apple's revenue": whose it is, which compares as a place does. */
  owner: string;
}

const ownerOf = (m: string) =>
  POSSESSIVE.test(m) && startsWithUpper(m) ? m.replace(POSSESSIVE, '').toLowerCase() : '';

/**
 * What a noun phrase counts, in a form two articles share: the head's singular with synonyms merged
 * ("detainees" → "prisoner", "Iraqis" → person + group "iraqi"), and the modifiers that make a
 * sub-group ("Iraqi", "women", "foreign"), since a part is never the same quantity as its whole.
 */
export function countedThing(
  head: string,
  modifiers: string[],
  coversAll: boolean,
  narrowedTo: string[],
): CountedThing {
  const groups = new Set<string>(narrowedTo.map(singular));
  let lemma = singular(head);
  const owner = modifiers.map(ownerOf).find(Boolean) ?? '';
  const described = owner ? modifiers.filter((m) => !ownerOf(m)) : modifiers;
  const kindOf = described.length ? described[described.length - 1]!.toLowerCase() : '';
  // Only a head some compound ends in is looked up with the word before it: the key made for every other head
  // was a percent of an article's analysis.
  const compound = COMPOUND_HEADS.has(lemma.slice(lemma.lastIndexOf(' ') + 1))
    ? COMPOUND_SYNONYMS[`${kindOf} ${lemma}`]
    : undefined;
  if (compound) return { lemma: compound, groups: [], owner };
  // "the deposit rate" is not "mortgage rates", nor "core inflation" inflation: the word before a general
  // head, and a word that narrows any head, make a sub-group as "Iraqi" does.
  if (GENERAL_HEADS.has(lemma) && kindOf && !FUNCTION_WORDS.has(kindOf)) groups.add(singular(kindOf));
  for (const m of described) {
    if (NARROWING.has(m.toLowerCase())) groups.add(m.toLowerCase());
    // "the company's revenue" is the company's part of all revenue.
    if (POSSESSIVE.test(m)) groups.add(m.replace(POSSESSIVE, '').toLowerCase());
  }
  if (isDemonym(head)) {
    groups.add(singular(head));
    lemma = 'person';
  } else if (GROUP_NOUNS.has(head.toLowerCase())) {
    groups.add(lemma);
    lemma = 'person';
  } else if (PERSON_NOUNS.has(head.toLowerCase())) {
    lemma = 'person';
  } else {
    lemma = ROLE_SYNONYMS[lemma] ?? lemma;
  }
  for (const m of described) {
    if (isDemonym(m)) groups.add(singular(m));
    else if (GROUP_NOUNS.has(m.toLowerCase()) || m.toLowerCase() === 'foreign') groups.add(singular(m));
  }
  return { lemma, groups: coversAll ? [] : [...groups].sort(), owner };
}
