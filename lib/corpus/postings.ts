import type { CorpusDb } from './db';
import { filedKeys } from './filed-keys';
import type { PackRow } from './pack';

/**
 * One entry of a posting row: an index key, then the ids of the row's articles filed under it, the latest
 * first, as characters (idString). As numbers (`[key, ...ids]`, version 7), each id was a key of its own in
 * the entry: the import's thread made some 1.2 million keys per 10,000 generated articles for IndexedDB,
 * which encoded each; as one string an entry is two keys whatever ids it holds, and a string clones as
 * cheaply as the numbers did (ArrayBuffers, one per posting, cloned at half the speed).
 */
export type Posting = [key: string, ids: string];

/**
 * An id as two UTF-16 code units, its high 16 bits first: strings sort by code unit, so two postings of a
 * key sort as their latest ids do, as the index walks them. Ids stay below 2^32.
 */
const idChars = (id: number) => String.fromCharCode(id >>> 16, id & 0xffff);

/** Ids as a posting holds them. */
export const idString = (ids: number[]): string => ids.map(idChars).join('');

/** The ids a posting holds, the latest first; at most `cap`. */
export function idsOf(chars: string, cap = Infinity): number[] {
  const ids: number[] = [];
  for (let i = 0; i + 1 < chars.length && ids.length < cap; i += 2)
    ids.push(chars.charCodeAt(i) * 0x10000 + chars.charCodeAt(i + 1));
  return ids;
}

/**
 * Where the claims of a run of articles are filed: one row per run of at most RUN articles with
 * consecutive ids, under one multi-entry index of its postings. Each index entry is a key with its
 * articles' ids, so a lookup reads the latest ids under a key from the index alone, a step per run,
 * never a row. A multi-entry index of every key of every article (104 entries per generated article, 2
 * ms of IndexedDB's CPU per article in Chromium) cost four times the rest of the import's writes; keys
 * recur within a run (generated articles: 26,000 filings in 5,400 postings per 250 articles, the loose
 * claim keys 43 to one), and an entry costs about the same whatever ids it carries.
 *
 * Runs never overlap (a run's ids are consecutive, and no other article can have an id between them), so
 * the runs under a key, walked from the last, give its latest articles in order.
 */
export interface PostingRow {
  /** Its first article's id. */
  id: number;
  /** Its last article's id: the run is every id from `id` to `last` (deleted articles' ids are dropped). */
  last: number;
  bundleId: string;
  postings: Posting[];
}

/**
 * Articles per posting row at most: an import joins the rows of its chunks of 250 (posting-runs.ts), as
 * keys recur across them. A lookup reads the ids of a key from one entry per run.
 */
export const RUN = 1000;

type Filed = Pick<PackRow, 'articleId' | 'claimKeys' | 'figureKeys'>;

/** Every index key the claims of a pack are filed under, once each. */
export function keysOfPack({ claimKeys, figureKeys }: Pick<PackRow, 'claimKeys' | 'figureKeys'>): string[] {
  const keys = new Set<string>();
  claimKeys.forEach((key, i) => filedKeys({ key, figureKey: figureKeys[i]! }).forEach((k) => keys.add(k)));
  return [...keys];
}

/** Each key's ids, the latest first, as a row's postings. */
const postingsOf = (ids: Map<string, number[]>): Posting[] => [...ids].map(([key, of]) => [key, idString(of)]);

function rowOf(bundleId: string, run: Filed[]): PostingRow {
  // Built in one pass over the claims, without the sets and arrays of keysOfPack: 0.2 ms per article.
  const postings = new Map<string, number[]>();
  const file = (key: string, id: number) => {
    const ids = postings.get(key);
    if (!ids) postings.set(key, [id]);
    else if (ids.at(-1) !== id) ids.push(id);
  };
  for (let i = run.length - 1; i >= 0; i--) {
    const { articleId, claimKeys, figureKeys } = run[i]!;
    for (let c = 0; c < claimKeys.length; c++)
      for (const key of filedKeys({ key: claimKeys[c]!, figureKey: figureKeys[c]! })) file(key, articleId);
  }
  return { id: run[0]!.articleId, last: run.at(-1)!.articleId, bundleId, postings: postingsOf(postings) };
}

/** The posting rows of a bundle's packs, given in id order: runs of consecutive ids, RUN articles at most. */
export function postingRowsOf(bundleId: string, packs: Filed[]): PostingRow[] {
  const rows: PostingRow[] = [];
  let run: Filed[] = [];
  for (const pack of packs) {
    if (run.length === RUN || (run.length > 0 && pack.articleId !== run.at(-1)!.articleId + 1)) {
      rows.push(rowOf(bundleId, run));
      run = [];
    }
    run.push(pack);
  }
  if (run.length > 0) rows.push(rowOf(bundleId, run));
  return rows;
}

/**
 * Adds posting rows in a 'rw' transaction on postings (a Dexie transaction's own), through IndexedDB
 * itself: a failure aborts the transaction as any other write's does. Through Dexie, a write of fewer
 * than 50 rows had each of their index keys (some 14,000 arrays of ids per run of 1,000 articles)
 * compared into the ranges its live queries watch, which were then sent to every other page and worker
 * of the extension: a third of the import worker's CPU. No live query reads postings.
 */
export function addPostingRows(tx: IDBTransaction, rows: PostingRow[]): void {
  const store = tx.objectStore('postings');
  for (const row of rows) store.add(row);
}

/** The row whose run holds this article id, if any; inside a transaction on postings. */
async function rowHolding(db: CorpusDb, articleId: number): Promise<PostingRow | undefined> {
  const row = await db.postings.where('id').belowOrEqual(articleId).last();
  return row && row.last >= articleId ? row : undefined;
}

/** Takes one article out of the postings (deleting it); a row left with no article goes. */
export async function unfileArticle(db: CorpusDb, articleId: number): Promise<void> {
  const row = await rowHolding(db, articleId);
  if (!row) return;
  const postings = row.postings
    .map(([key, chars]): [string, number[]] => [key, idsOf(chars).filter((id) => id !== articleId)])
    .filter(([, ids]) => ids.length > 0)
    .map(([key, ids]): Posting => [key, idString(ids)]);
  if (postings.length === 0) await db.postings.delete(row.id);
  else await db.postings.put({ ...row, postings });
}

/** Files a deleted article's pack again (an undo), in its run's row, or in a row of its own when that is gone. */
export async function refileArticle(db: CorpusDb, bundleId: string, pack: Filed): Promise<void> {
  const row = await rowHolding(db, pack.articleId);
  if (!row) {
    await db.postings.add(rowOf(bundleId, [pack]));
    return;
  }
  const postings = new Map(row.postings.map(([key, chars]) => [key, idsOf(chars)]));
  for (const key of keysOfPack(pack)) postings.set(key, [...(postings.get(key) ?? []), pack.articleId]);
  for (const ids of postings.values()) ids.sort((a, b) => b - a);
  await db.postings.put({ ...row, postings: postingsOf(postings) });
}
