import { startsWithUpper } from './chars';
import { memoized } from './memo';
import {
  CALENDAR_WORDS,
  COMPOUND_SYNONYMS,
  FUNCTION_WORDS,
  GENERAL_HEADS,
  GROUP_NOUNS,
  IRREGULAR_PLURALS,
  NARROWING,
  PERSON_NOUNS,
  ROLE_SYNONYMS,
} from './lexicon';

/** Singular of an English noun, lower-cased: "hostages" → "hostage", "casualties" → "casualty". */
export const singular = memoized((word: string): string => {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w]!;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(w) || w.length <= 3) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
});

const isDemonymWord = memoized((word: string): boolean => {
  return (
    /^\p{Lu}[\p{Ll}]+(?:i|ian|ean|an|ese|ish|ch|ic|er)s?$/u.test(word) &&
    !/^(?:Hamas|Ukraine|Iran|Japan|Sudan|Oman|Taiwan|Pakistan|Afghanistan|Kazakhstan|Tehran|Amman|Michigan|Christian|Muslim|Jordan|Yemen|Zurich|Zürich|Munich|Greenwich|Norwich|Ipswich|Sandwich)$/.test(
      word,
    )
  );
});

/** "Israeli", "Palestinians", "Russian", "Chinese": nationality words, which make a sub-group. */
export function isDemonym(word: string): boolean {
  if (!startsWithUpper(word) || CALENDAR_WORDS.has(word.toLowerCase())) return false;
  // "Israeli-Russian", "Palestinian-American": every part a nationality.
  return word.includes('-')
    ? word.split('-').every((part) => startsWithUpper(part) && isDemonymWord(part))
    : isDemonymWord(word);
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
 * ("detainees" → "prisoner", "Israelis" → person + group "israeli"), and the modifiers that make a
 * sub-group ("Israeli", "women", "foreign"), since a part is never the same quantity as its whole.
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
  const compound = COMPOUND_SYNONYMS[`${kindOf} ${lemma}`];
  if (compound) return { lemma: compound, groups: [], owner };
  // "the deposit rate" is not "mortgage rates", nor "core inflation" inflation: the word before a general
  // head, and a word that narrows any head, make a sub-group as "Israeli" does.
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
