import { expect, it } from 'vitest';
import { isSelf } from '../claims/fingerprint';
import { FEW, MOST_INDEXED, TINY, selfPrintsOf } from './self-prints';

const fingerprintsOf = (n: number) => Array.from({ length: n }, (_, i) => `f${String(n - i).padStart(4, '0')}`);

/** The most fingerprints of n a page may leave out and still be the article. */
function mostMissing(n: number): number {
  let missing = 0;
  while (isSelf(n, n - missing - 1)) missing++;
  return missing;
}

/** Ways to choose k of n. */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let ways = 1;
  for (let i = 0; i < k; i++) ways = (ways * (n - i)) / (i + 1);
  return ways;
}

it('an article of up to 44 fingerprints on the page always shows FEW of its indexed ones, or is tiny', () => {
  for (let n = 1; n <= 44; n++) {
    const indexed = selfPrintsOf(fingerprintsOf(n));
    // The worst page: the indexed fingerprints are the ones missing, as many as still leave it the article.
    const shown = indexed.length - Math.min(indexed.length, mostMissing(n));
    expect(shown >= FEW || n <= TINY, `${n} fingerprints, ${shown} indexed shown`).toBe(true);
    expect(shown).toBeGreaterThan(0);
  }
});

it('a longer article indexes a sample, which a page that is the article misses less than 5 times in a million', () => {
  for (let n = 45; n <= 2000; n++) {
    const k = selfPrintsOf(fingerprintsOf(n)).length;
    expect(k).toBe(MOST_INDEXED);
    // The page leaves out as many sentences as it may; fewer than FEW of the k indexed are then on it.
    const missing = mostMissing(n);
    let missed = 0;
    for (let shown = 0; shown < FEW; shown++) missed += choose(missing, k - shown) * choose(n - missing, shown);
    expect(missed / choose(n, k), `${n} fingerprints`).toBeLessThan(5e-6);
  }
});

it('indexes the smallest fingerprints: FEW of a short article, which the page must show whole, ten of a long one', () => {
  expect(TINY).toBe(1);
  expect(selfPrintsOf(['c', 'a', 'b'])).toEqual(['a', 'b']);
  const many = Array.from({ length: 73 }, (_, i) => `f${String(i).padStart(2, '0')}`);
  expect(selfPrintsOf([...many].reverse())).toEqual(many.slice(0, 10));
});
