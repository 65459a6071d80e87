/** Longer words are cut: a prefix search never needs more, and index keys stay short. */
const MAX_WORD = 30;

/**
 * The lower-cased words of an article's title and outlet, indexed (multiEntry) so that searching the
 * corpus reads the index, never the articles. One-letter words find too much to be worth indexing.
 */
export function searchWordsOf(...texts: string[]): string[] {
  const words =
    texts
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 1).map((w) => w.slice(0, MAX_WORD)))];
}
