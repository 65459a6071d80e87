import { FUNCTION_WORDS } from '../claims/lexicon';

const WORD_BEFORE = /([\p{L}-]+)\W*$/u;

/**
 * The word that stands before what a figure counts, where its sentence names it before the figure ("the labor
 * force participation rate rose to 62.8%": "force"; "Dunmore's office vacancy rate": "office"), lower-cased;
 * '' when a function word or a possessive stands there, or what is counted is not named before the figure.
 * Extraction keeps a few words of what is counted ("vacancy rate"): the word before them may still tell which.
 */
export function leadWord(sentence: string, offset: number, counted: string): string {
  if (counted === '') return '';
  const at = sentence.slice(0, offset).toLowerCase().lastIndexOf(counted.toLowerCase());
  if (at <= 0) return '';
  const before = sentence.slice(Math.max(0, at - 40), at);
  if (/['’]s\s*$/.test(before)) return '';
  const word = WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  return FUNCTION_WORDS.has(word) ? '' : word;
}
