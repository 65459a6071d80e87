import { NOT_NOUNS_WORDNET } from './grammar/not-nouns';
import { COMMON_NOUNS } from './grammar/common-nouns';
import { isNeverNoun, singular } from './lemma';
import { memoized } from './memo';
import { FUNCTION_WORDS } from './lexicon';
import { isNumberWord } from './number-words';
import { basesOf } from './word-endings';

const commonNouns = new Set(COMMON_NOUNS.split(' '));

/**
 * A lower-case word the engine's dictionaries list in common use apart from the nouns: a verb or an adjective or
 * adverb that is never a noun (WordNet), a function word, a number word. scripts/lexicon/common-nouns.ts keeps
 * only the nouns these and their endings do not already cover.
 */
export const isListedApartFromNouns = (w: string): boolean =>
  NOT_NOUNS_WORDNET.has(w) || isNeverNoun(w) || FUNCTION_WORDS.has(w) || isNumberWord(w);

const isListed = (w: string) => commonNouns.has(w) || isListedApartFromNouns(w);

/**
 * Whether a word is an ordinary English word rather than a name: WordNet lists it in common use, or a word it lists
 * with an ending ("Officials", "Added", "Rescuers"), or each of its parts is one ("Follow-up"). "Nvidia", "Homendy"
 * and "Taroko" are not; "Turkey" is, as the bird is written "turkey".
 */
export const isOrdinaryWord = memoized((word: string): boolean => {
  const w = word.toLowerCase().replace(/[’']s?$/, '');
  if (w.includes('-')) return w.split('-').every((part) => part === '' || isOrdinaryWord(part));
  return isListed(w) || isListed(singular(w)) || basesOf(w).some(isListed);
});
