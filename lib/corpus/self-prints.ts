import { isSelf } from '../claims/fingerprint';

/**
 * An article is read to be tested as the page only when this many of its indexed fingerprints are on it...
 * Two rather than one: sentences shared with a handful of articles (a quote, a stock line) then make no
 * candidate of each; on the bench's page, 4 articles were read instead of 64.
 */
export const FEW = 2;
/** ...or when it has so few fingerprints that it cannot show FEW of them (then all of them are indexed). */
export const TINY = largest((n) => fewestFound(n) < FEW);
/**
 * Fingerprints indexed per article at most. An index entry is what an import costs IndexedDB most (about
 * 15 µs of its CPU each in Chromium); 18 per news article of 5 KB were 40% of them.
 */
export const MOST_INDEXED = 10;

function largest(test: (n: number) => boolean): number {
  let n = 1;
  while (test(n + 1)) n++;
  return n;
}

/** The fewest of n fingerprints found on a page for the article to be the page. */
function fewestFound(n: number): number {
  let found = n;
  while (found > 0 && isSelf(n, found - 1)) found--;
  return found;
}

/**
 * The fingerprints of an article worth indexing for self detection: the smallest of them (a choice that
 * does not depend on the text's order, nor on which sentences a page leaves out), as many as may be
 * missing from a page the article is on, plus FEW, but MOST_INDEXED at most. Up to that many (articles of
 * up to 44 fingerprints) an article on the page always shows FEW of these, or all when it is tiny. A longer
 * article indexes a sample: missed only when at most one of its ten is on the page, which for a page
 * showing exactly the 80% of its sentences that make it the article happens with a chance of at most
 * 1 - P(Binomial(10, 0.8) >= 2), 4 in a million, and never when the page shows them all. The whole
 * list stays on the row, to test the few articles found.
 */
export function selfPrintsOf(fingerprints: string[]): string[] {
  const n = fingerprints.length;
  return [...fingerprints].sort().slice(0, Math.min(n, n - fewestFound(n) + FEW, MOST_INDEXED));
}
