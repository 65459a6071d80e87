// The endings English adds to a word a dictionary lists, and what the listed word was: "stopped" and "stopping"
// are "stop", "carried" "carry", "added" "add", "making" "make", "rescuers" "rescue", "reporter" "report",
// "officially" "official". A word may have several readings; a dictionary decides which is a word.
const ENDINGS: [RegExp, string][] = [
  [/(.)\1(?:ed|ing)$/, '$1'],
  [/ied$/, 'y'],
  [/(?:ed|ing)$/, ''],
  [/(?:ed|ing)$/, 'e'],
  [/(?:er|or)s?$/, ''],
  [/(?:er|or)s?$/, 'e'],
  [/ly$/, ''],
];

/** The words a lower-case word may be made from by one ending ("making" → "mak", "make"); none for a bare word. */
export const basesOf = (word: string): string[] =>
  ENDINGS.filter(([ending]) => ending.test(word)).map(([ending, base]) => word.replace(ending, base));
