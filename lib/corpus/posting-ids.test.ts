import { expect, it } from 'vitest';
import { idString, idsOf } from './postings';
import { joinRows } from './posting-runs';
import './test-db';

it('holds ids as characters that read back as they were, up to a cap', () => {
  const ids = [4_000_000_000, 70_000, 256, 1];
  expect(idsOf(idString(ids))).toEqual(ids);
  expect(idsOf(idString(ids), 2)).toEqual([4_000_000_000, 70_000]);
  expect(idsOf(idString([]))).toEqual([]);
});

it("sorts a key's postings in the index as their latest ids, below the range's end", () => {
  // The postings' index, as IndexedDB orders its keys: strings by code unit, and before arrays.
  const entry = (ids: number[]) => ['k', idString(ids)];
  expect(indexedDB.cmp(entry([999, 3, 1]), entry([1000]))).toBe(-1);
  expect(indexedDB.cmp(entry([65_536]), entry([65_535, 2]))).toBe(1);
  expect(indexedDB.cmp(entry([300, 299]), entry([301]))).toBe(-1);
  expect(indexedDB.cmp(['k'], entry([1]))).toBe(-1);
  expect(indexedDB.cmp(['k'], entry([]))).toBe(-1);
  expect(indexedDB.cmp(entry([4_000_000_000]), ['k', []])).toBe(-1);
});

it("joins a key's ids across runs, the latest run's first", () => {
  const only: [string, string] = ['only', idString([2])];
  const joined = joinRows([
    { id: 1, last: 2, bundleId: 'b', postings: [['both', idString([2, 1])], only] },
    { id: 3, last: 4, bundleId: 'b', postings: [['both', idString([4])]] },
  ]);
  expect(joined.postings.map(([key, ids]) => [key, idsOf(ids)])).toEqual([
    ['both', [4, 2, 1]],
    ['only', [2]],
  ]);
});
