import { expect, it } from 'vitest';
import { LookupCache } from './lookup-cache';

it('keeps the answers used last, up to its size', () => {
  const cache = new LookupCache(2);
  const answer = () => Promise.resolve([]);
  cache.set(50, 'a', answer());
  cache.set(50, 'b', answer());
  void cache.get(50, 'a');
  cache.set(50, 'c', answer());
  expect([cache.get(50, 'a'), cache.get(50, 'b'), cache.get(50, 'c')].map(Boolean)).toEqual([true, false, true]);
  expect(cache.get(1, 'a')).toBeUndefined();
});
