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

/** Longer than any word or figure in prose ("1,000,000,000,000", "Llanfairpwllgwyngyll..."). */
const LONGEST_WORD = 100;

const joinsAt = (text: string, i: number) => JOINERS.has(text[i]!) && isWordChar(text, i + 1);

/** Reads tokens as they are asked for and keeps them. */
abstract class LazyTokens implements Tokens {
  private readonly read: Token[] = [];
  private done = false;

  constructor(
    protected readonly text: string,
    protected readonly from: number,
    protected readonly to: number,
  ) {}

  protected abstract next(): Token | undefined;

  at(i: number): Token | undefined {
    while (!this.done && this.read.length <= i) {
      const t = this.next();
      if (t) this.read.push(t);
      else this.done = true;
    }
    return this.read[i];
  }
}

class Forward extends LazyTokens {
  private i = this.from;

  protected next(): Token | undefined {
    const { text, to } = this;
    let i = this.i;
    while (i < to && isSpaceAt(text, i)) i++;
    if (i >= to) return undefined;
    const start = i++;
    // A word may run past the window, but not without end: "1,1,1,…" over a megabyte is one word, and
    // reading it whole for every figure in it made extraction quadratic.
    const wordEnd = Math.min(text.length, Math.max(to, start) + LONGEST_WORD);
    if (isWordChar(text, start)) while (i < wordEnd && (isWordChar(text, i) || joinsAt(text, i))) i++;
    this.i = i;
    return token(text, start, i);
  }
}

class Backward extends LazyTokens {
  private i = this.to;

  protected next(): Token | undefined {
    const { text, from } = this;
    let i = this.i;
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
    this.i = i;
    return token(text, i, end);
  }
}

/**
 * Words and punctuation marks that start in text[from, to), first to last. A word runs on through joiners
 * ("14,800", "U.S", "state-run"); every other mark is a token of its own.
 */
export function tokensAfter(text: string, from: number, to: number): Tokens {
  return new Forward(text, from, to);
}

/** The same tokens of text[from, to), read backwards from `to`: the nearest first. */
export function tokensBefore(text: string, from: number, to: number): Tokens {
  return new Backward(text, from, to);
}
