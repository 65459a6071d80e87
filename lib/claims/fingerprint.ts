import { splitSentences } from './sentences';

const MIN_WORDS = 6;

/** FNV-1a, 32 bit: a short, stable id for a normalised sentence. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Fingerprints of a text's sentences (those of at least six words), normalised for case, punctuation and
 * quote style so that the same sentence on a web page and in the corpus gives the same fingerprint.
 */
export function sentenceFingerprints(text: string): string[] {
  const out = new Set<string>();
  for (const { start, end } of splitSentences(text)) {
    const words =
      text
        .slice(start, end)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= MIN_WORDS) out.add(hash(words.join(' ')));
  }
  return [...out];
}

/** An article is the checked text itself when this share of its fingerprints is found in the text. */
export const SELF_SHARE = 0.8;

export function isSelf(articleFingerprints: number, found: number): boolean {
  return articleFingerprints > 0 && found / articleFingerprints >= SELF_SHARE;
}
