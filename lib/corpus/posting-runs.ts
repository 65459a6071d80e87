import { RUN, type Posting, type PostingRow } from './postings';

/**
 * Rows of adjacent runs, in id order (each starting where the one before ended), as one row. A key of
 * one run only keeps its posting as it was (most figure keys); the ids of a key in several are joined.
 */
export function joinRows(rows: PostingRow[]): PostingRow {
  if (rows.length === 1) return rows[0]!;
  const parts = new Map<string, string[]>();
  // The latest run first, so each key's ids stay the latest first.
  for (let i = rows.length - 1; i >= 0; i--)
    for (const [key, ids] of rows[i]!.postings) {
      const of = parts.get(key);
      if (of) of.push(ids);
      else parts.set(key, [ids]);
    }
  const postings = [...parts].map(([key, of]): Posting => [key, of.join('')]);
  return { id: rows[0]!.id, last: rows.at(-1)!.last, bundleId: rows[0]!.bundleId, postings };
}

const size = (rows: PostingRow[]) => rows.at(-1)!.last - rows[0]!.id + 1;

/**
 * The posting rows of an import's chunks, which are staged in any order, joined into runs of up to RUN
 * consecutive ids before they are written: keys recur across chunks, so a run of 1,000 articles files
 * generated articles under 14 index entries each where each chunk of 250 on its own needed 22, and an
 * index entry is what IndexedDB's writes cost most (about 40 µs of its CPU each in Chromium). Only rows
 * whose ids follow each other are joined, so a run never spans an id of another bundle.
 */
export class PostingRuns {
  private pending: PostingRow[] = [];

  /** Takes a staged chunk's rows; returns the runs now complete, to be written. */
  add(rows: PostingRow[]): PostingRow[] {
    this.pending.push(...rows);
    this.pending.sort((a, b) => a.id - b.id);
    return this.take(false);
  }

  /** Every run left, complete or not: the import's last rows. */
  rest(): PostingRow[] {
    return this.take(true);
  }

  /**
   * A run is complete when it holds RUN ids or the next row, adjacent, does not fit in it; a run with no
   * adjacent row after it waits, since the chunk between may still come.
   */
  private take(all: boolean): PostingRow[] {
    const complete: PostingRow[] = [];
    const waiting: PostingRow[] = [];
    let run: PostingRow[] = [];
    const close = (done: boolean) => {
      if (run.length === 0) return;
      if (done || all) complete.push(joinRows(run));
      else waiting.push(...run);
      run = [];
    };
    for (const row of this.pending) {
      if (run.length > 0 && run.at(-1)!.last + 1 !== row.id) close(false);
      else if (run.length > 0 && row.last - run[0]!.id + 1 > RUN) close(true);
      run.push(row);
      if (size(run) >= RUN) close(true);
    }
    close(false);
    this.pending = waiting;
    return complete;
  }
}

/** About how many bytes rows take in IndexedDB: keys and ids as UTF-16. */
export const bytesOfRows = (rows: PostingRow[]) =>
  rows.reduce((n, row) => n + row.postings.reduce((m, [key, ids]) => m + 2 * (key.length + ids.length), 0), 0);
