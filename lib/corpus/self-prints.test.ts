import { expect, it } from 'vitest';
import { isSelf } from '../claims/fingerprint';
import { FEW, TINY, selfPrintsOf } from './self-prints';

it('indexes few fingerprints, yet an article on the page always shows FEW of them, or is tiny', () => {
  for (let n = 1; n <= 400; n++) {
    const fingerprints = Array.from({ length: n }, (_, i) => `f${String(n - i).padStart(3, '0')}`);
    const indexed = selfPrintsOf(fingerprints);
    // The worst page: the indexed fingerprints are the ones missing, as many as still leave it the article.
    let missing = 0;
    while (missing < indexed.length && isSelf(n, n - missing - 1)) missing++;
    const shown = indexed.length - missing;
    expect(isSelf(n, n - missing)).toBe(true);
    expect(shown >= FEW || n <= TINY, `${n} fingerprints, ${shown} indexed shown`).toBe(true);
    expect(shown).toBeGreaterThan(0);
  }
});

it('indexes every fingerprint of a short article and about a fifth of a long one', () => {
  expect(TINY).toBe(3);
  expect(selfPrintsOf(['c', 'a', 'b'])).toEqual(['a', 'b', 'c']);
  const many = Array.from({ length: 73 }, (_, i) => `f${String(i).padStart(2, '0')}`);
  expect(selfPrintsOf(many)).toEqual(many.slice(0, 18));
});
