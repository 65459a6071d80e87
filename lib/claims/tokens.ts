import { isSpaceAt, isWordChar } from './chars';

export interface Token {
  w: string;
  /** The token in lower case, which is how the word lists hold it. */
  lower: string;
  start: number;
  end: number;
}

/** Tokens read on demand: the engine usually needs the first few words of a window, rarely all of them. */
export interface Tokens {
  /** The i-th token, or undefined past the window. */
  at(i: number): Token | undefined;
}

// Inside a word: apostrophes, hyphens, and the separators of "14,800" and "U.S.", when a word character follows.
const JOINERS = new Set(["'", '’', '.', ',', '-']);

function token(text: string, start: number, end: number): Token {
  const w = text.slice(start, end);
  return { w, lower: w.toLowerCase(), start, end };
}

const joinsAt = (text: string, i: number) => JOINERS.has(text[i]!) && isWordChar(text, i + 1);

function lazy(next: () => Token | undefined): Tokens {
  const read: Token[] = [];
  let done = false;
  return {
    at(i) {
      while (!done && read.length <= i) {
        const t = next();
        if (t) read.push(t);
        else done = true;
      }
      return read[i];
    },
  };
}

/**
 * Words and punctuation marks that start in text[from, to), first to last. A word runs on through joiners
 * ("14,800", "U.S", "Hamas-run"); every other mark is a token of its own.
 */
export function tokensAfter(text: string, from: number, to: number): Tokens {
  let i = from;
  return lazy(() => {
    while (i < to && isSpaceAt(text, i)) i++;
    if (i >= to) return undefined;
    const start = i++;
    if (isWordChar(text, start)) while (i < text.length && (isWordChar(text, i) || joinsAt(text, i))) i++;
    return token(text, start, i);
  });
}

/** The same tokens of text[from, to), read backwards from `to`: the nearest first. */
export function tokensBefore(text: string, from: number, to: number): Tokens {
  let i = to;
  return lazy(() => {
    while (i > from && isSpaceAt(text, i - 1)) i--;
    if (i <= from) return undefined;
    const end = i--;
    if (isWordChar(text, i)) {
      for (;;) {
        if (i - 1 >= from && isWordChar(text, i - 1)) i--;
        else if (i - 2 >= from && JOINERS.has(text[i - 1]!) && isWordChar(text, i - 2)) i -= 2;
        else break;
      }
    }
    return token(text, i, end);
  });
}
