/** One word or phrase of a grammar table, with why the engine knows it. */
export interface Entry {
  word: string;
  reason: string;
}

/** Entries that share a reason, written as one list of words a space apart. */
export const words = (reason: string, list: string): Entry[] => list.split(' ').map((word) => ({ word, reason }));

/** Entries that share a reason, written as one list of phrases a comma apart ("led to, resulted in"). */
export const phrases = (reason: string, list: string): Entry[] =>
  list.split(',').map((phrase) => ({ word: phrase.trim(), reason }));

/**
 * The words of tables as a set: asked about every word near every figure. Tables write an apostrophe straight;
 * news as often writes it curly ("aren’t", "Tuesday’s"), which a word keeps (lib/claims/tokens.ts), so both are in.
 */
export const wordSet = (...tables: readonly Entry[][]): Set<string> =>
  new Set(
    tables.flatMap((table) =>
      table.flatMap((e) => (e.word.includes("'") ? [e.word, e.word.replace(/'/g, '’')] : [e.word])),
    ),
  );

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The words of tables as a pattern's alternatives, in the tables' order, escaped. */
export const alternatives = (...tables: readonly Entry[][]): string =>
  tables.flatMap((table) => table.map((e) => escapeRegExp(e.word))).join('|');

/** The same, each space matching one white space or more: "more than" also matches "more\u00a0than". */
export const spacedAlternatives = (...tables: readonly Entry[][]): string =>
  alternatives(...tables).replace(/ /g, '\\s+');

const bothCases = (chars: string[]) => [...new Set(chars.flatMap((c) => [c, c.toUpperCase()]))].join('');

/** The first characters of the words of tables, in both cases: the cheap test before a pattern is tried. */
export const firstCharacters = (...tables: readonly Entry[][]): string =>
  bothCases(tables.flatMap((table) => table.map((e) => e.word[0]!)));

/** The last characters, for a pattern that reads backwards from a figure. */
export const lastCharacters = (...tables: readonly Entry[][]): string =>
  bothCases(tables.flatMap((table) => table.map((e) => e.word[e.word.length - 1]!)));
