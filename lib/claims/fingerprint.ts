import { splitSentences } from './sentences';

const MIN_WORDS = 6;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a code point is a letter or a digit, as `[\p{L}\p{N}]` reads it: by code for ASCII. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * FNV-1a, 32 bit, of the sentence's words in lower case joined by single spaces (a short, stable id for
 * the normalised sentence), or null when it has fewer than six words. Read in one pass over the lower-case
 * sentence, without cutting it into words: this runs for every sentence of every imported article.
 */
function sentenceHash(lower: string): string | null {
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const cp = lower.codePointAt(i)!;
    const wide = cp > 0xffff;
    if (isWordCodePoint(cp)) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ SPACE, FNV_PRIME);
        words++;
        inWord = true;
      }
      h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
      if (wide) h = Math.imul(h ^ lower.charCodeAt(i + 1), FNV_PRIME);
    } else inWord = false;
    if (wide) i++;
  }
  return words >= MIN_WORDS ? (h >>> 0).toString(36) : null;
}

const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_CASE_BIT = 32;
/** 1 for the ASCII letters and digits, by code. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (isWordCodePoint(c) ? 1 : 0));

/**
 * sentenceHash of text.slice(start, end).toLowerCase(), read off the text itself while the sentence is
 * ASCII (lower-cased by code, as toLowerCase does there): copying and lower-casing every sentence of an
 * imported article was half of its fingerprints' time. Any other character hands the sentence to
 * sentenceHash.
 */
function sentenceHashIn(text: string, start: number, end: number): string | null {
  let h = FNV_OFFSET;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return sentenceHash(text.slice(start, end).toLowerCase());
    if (c >= UPPER_A && c <= UPPER_Z) c |= LOWER_CASE_BIT;
    if (ASCII_WORD[c] === 1) {
      if (!inWord) {
        if (words > 0) h = Math.imul(h ^ SPACE, FNV_PRIME);
        words++;
        inWord = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else inWord = false;
  }
  return words >= MIN_WORDS ? (h >>> 0).toString(36) : null;
}

/**
 * Fingerprints of a text's sentences (those of at least six words), normalised for case, punctuation and
 * quote style so that the same sentence on a web page and in the corpus gives the same fingerprint.
 */
export function sentenceFingerprints(text: string): string[] {
  const out = new Set<string>();
  for (const { start, end } of splitSentences(text)) {
    const hash = sentenceHashIn(text, start, end);
    if (hash !== null) out.add(hash);
  }
  return [...out];
}

/** An article is the checked text itself when this share of its fingerprints is found in the text. */
export const SELF_SHARE = 0.8;

export function isSelf(articleFingerprints: number, found: number): boolean {
  return articleFingerprints > 0 && found / articleFingerprints >= SELF_SHARE;
}
