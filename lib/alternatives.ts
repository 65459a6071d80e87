/**
 * The phrases of a table of words as a pattern's alternatives: longest first, so a phrase wins over a word it
 * starts with, and each space matching one white space or more.
 */
export const alternativesOf = (list: readonly { words: string }[]): string =>
  [...list]
    .map((w) => w.words)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
