import { isSelf } from '../claims/fingerprint';

/** An article is read to be tested as the page only when this many of its indexed fingerprints are on it... */
export const FEW = 4;
/** ...or when it has so few fingerprints that it cannot show FEW of them (then all of them are indexed). */
export const TINY = largest((n) => fewestFound(n) < FEW);

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
 * does not depend on the text's order), as many as may be missing from a page the article is on, plus
 * FEW. An article on the page then always shows FEW of these (all of them when it has no more), so the
 * other 80% of its fingerprints need no index entry: 18 instead of 73 for a news article of 5 KB. The
 * whole list stays on the row, to test the few articles found.
 */
export function selfPrintsOf(fingerprints: string[]): string[] {
  const n = fingerprints.length;
  return [...fingerprints].sort().slice(0, Math.min(n, n - fewestFound(n) + FEW));
}
