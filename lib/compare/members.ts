import { isDemonym, singular } from '../claims/lemma';
import { FUNCTION_WORDS } from '../claims/lexicon';

/**
 * How a figure's own words tell the things it is said of, by their common noun: one member named ("the Eaton fire",
 * "the Northgate plant": a capitalised name before the noun, in the singular) or several taken together ("the fires",
 * "both plants", "the Palisades and Eaton fires": the noun in the plural). A count of one named member is a part of a
 * count of several of that noun (place-part.ts).
 */
export interface Members {
  /** Nouns told in the singular after a name: one named member of several. */
  readonly named: ReadonlySet<string>;
  /** Nouns told in the plural, singular here: several members taken together. */
  readonly plural: ReadonlySet<string>;
}

// "the Eaton fire", "the Northgate Plant": a capitalised word after an article, then a lower-case or capitalised noun.
const NAMED = /\bthe\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3}?)(\p{L}+)\b/gu;
// "the fires", "both plants", "the Palisades and Eaton fires": a definite plural, a known set of members (not "in 10
// provinces", an earlier figure's noun). A phrase stops before the next determiner, which opens one of its own: "the
// death toll from the fires" tells "the fires".
const SEVERAL = /\b(?:the|both|all)\s+((?:(?!(?:the|both|all)\b)[\p{L}'’-]+\s+){0,3}(?!(?:the|both|all)\b)\p{L}+)/giu;

/** The members a figure's own words tell (`own`: its part of the sentence, from the figure before it to the next). */
export function membersIn(own: string): Members {
  const named = new Set<string>();
  for (const m of own.matchAll(NAMED)) {
    const noun = m[2]!.toLowerCase();
    // "the Egyptian death toll": a people's adjective, no name of one member.
    if (m[1]!.split(/\s+/).some((w) => w && isDemonym(w))) continue;
    if (singular(noun) === noun && !FUNCTION_WORDS.has(noun)) named.add(noun);
  }
  const plural = new Set<string>();
  for (const m of own.matchAll(SEVERAL))
    for (const word of m[1]!.split(/\s+/)) {
      // A capitalised word is a name ("the Palisades and Eaton fires"), not a common noun; "coroner's" is no plural.
      if (word !== word.toLowerCase() || /['’]/.test(word)) continue;
      const one = singular(word);
      if (one !== word && !named.has(word)) plural.add(one);
    }
  return { named, plural };
}
