import { expect, it } from 'vitest';
import { PostingRuns, joinRows } from './posting-runs';
import { RUN, postingRowsOf } from './postings';

/** A chunk of `n` articles from id `first`: each files under 'every', keys shared by a third or a half of them, and its own. */
const chunk = (first: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    articleId: first + i,
    claimKeys: ['every', `k${(first + i) % 3}`],
    figureKeys: [`a${first + i}`, `b${(first + i) % 2}`],
  }));

const rowsOf = (first: number, n: number) => postingRowsOf('b', chunk(first, n));

it('joins adjacent rows as the rows of their articles filed together would be: each key once, the latest ids first', () => {
  expect(joinRows([...rowsOf(1, 250), ...rowsOf(251, 100)])).toEqual(postingRowsOf('b', chunk(1, 350))[0]);
});

it('joins chunks staged in any order into runs of RUN consecutive ids, never across a gap', () => {
  const runs = new PostingRuns();
  const quarter = RUN / 4;
  // Chunks 2 and 3 land first: nothing is complete while chunk 1 may still come.
  expect(runs.add(rowsOf(1 + quarter, quarter))).toEqual([]);
  expect(runs.add(rowsOf(1 + 2 * quarter, quarter))).toEqual([]);
  expect(runs.add(rowsOf(1 + 3 * quarter, quarter))).toEqual([]);
  // Chunk 1 completes the first run.
  expect(runs.add(rowsOf(1, quarter))).toEqual(postingRowsOf('b', chunk(1, RUN)));
  // After a gap (an id written by someone else), a run starts anew.
  expect(runs.add(rowsOf(RUN + 2, quarter))).toEqual([]);
  // A row that would take the run past RUN closes it; a row of RUN is a run.
  expect(runs.add(rowsOf(RUN + 2 + quarter, RUN))).toEqual([
    ...rowsOf(RUN + 2, quarter),
    ...rowsOf(RUN + 2 + quarter, RUN),
  ]);
  // The import's end takes what waits.
  expect(runs.add(rowsOf(2 * RUN + 2 + quarter, quarter))).toEqual([]);
  expect(runs.rest()).toEqual(rowsOf(2 * RUN + 2 + quarter, quarter));
  expect(runs.rest()).toEqual([]);
});
