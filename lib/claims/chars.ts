const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a character code is an ASCII letter, either case. */
export const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Whether text[i] is a letter or a digit in any script. Checked by character code for ASCII: the engine asks
 * this around every figure and word, and a Unicode regular expression per character was a visible cost.
 */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || isAsciiLetter(c);
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

const NON_ASCII_LETTER = /\p{L}/u;

/** Whether text[i] is a letter in any script. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return NON_ASCII_LETTER.test(text[i]!);
}

/** Whether text[i] is white space, as `\s` means it. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && /\s/.test(text[i]!));
}

const isAsciiWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * The word of ASCII letters that ends just before `at` with white space between, as a pattern ending in
 * `\b(?:words)\s+$` reads it (`\b(?:words)\.?\s+$` when `dot`), without running a pattern at every
 * position of the text before a figure. Null when no such word is there.
 */
export function wordBefore(text: string, at: number, dot = false): { word: string; start: number } | null {
  let i = at;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  if (i === at) return null;
  if (dot && text[i - 1] === '.') i--;
  let start = i;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === i || (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1)))) return null;
  return { word: text.slice(start, i), start };
}

/** Whether a word starts with a digit. */
export function isDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * The first character after the white space at `at`, or '' at the end of the text: the patterns that read
 * what follows a figure are tried only when this character can start them.
 */
export function charAfterSpaces(text: string, at: number): string {
  let i = at;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return text[i] ?? '';
}

/** The last character before the white space that ends the text before `at`, or '' at the start of the text. */
export function charBeforeSpaces(text: string, at: number): string {
  let i = at;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return text[i - 1] ?? '';
}

/** Whether `c` is one of `chars`; false for ''. */
export const isOneOf = (c: string, chars: string) => c !== '' && chars.includes(c);

const LETTER_FIRST = /^\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;

/** Whether a word starts with a letter, in any script. */
export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isAsciiLetter(c);
  return LETTER_FIRST.test(word);
}

/** Whether a word starts with a capital, in any script. */
export function startsWithUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(word);
}

// The letters a pattern with the i or iu flag matches beyond a letter's two ASCII cases (the Kelvin sign, the long s).
const OTHER_CASES: Record<string, string> = { k: '\u212a', s: '\u017f' };
const casesOf = (c: string) => [c, c.toLowerCase(), c.toUpperCase(), ...(OTHER_CASES[c.toLowerCase()] ?? '')];

/**
 * The characters the words start with, in every case a pattern with the i or iu flag matches: a pattern that
 * reads one of them right after a figure is tried only when the text there can start one. A superset for
 * patterns without the flag.
 */
export const firstCharsOf = (words: readonly string[]): Set<string> =>
  new Set(words.flatMap((w) => casesOf(w[0] ?? '')));

/** The characters the words end with, in every case, as firstCharsOf: for patterns anchored before a figure. */
export const lastCharsOf = (words: readonly string[]): Set<string> =>
  new Set(words.flatMap((w) => casesOf(w[w.length - 1] ?? '')));
