import type { CorpusDb, SourceRow } from './db';
import { postingRowsOf, type PostingRow } from './postings';
import { prepareArticle, type HashedArticle, type PreparedArticle } from './prepare';
import { QuotaError, isQuotaError } from './quota';
import { BundleDeleted, writeStaged } from './staged-write';
import { filedAs } from './write-bundle';

/**
 * What one staged chunk added: the source rows that make its articles visible at the commit, and the
 * posting rows of its claims, not yet written: the import joins those of several chunks (posting-runs.ts).
 */
export interface StagedChunk {
  sources: SourceRow[];
  postings: PostingRow[];
  claims: number;
  /** About how many bytes its articles take in IndexedDB, to say what a bundle needs when the disk is full. */
  bytes: number;
}

/**
 * Analyses a chunk of fresh articles and stages them: one function whether it runs beside the import
 * (tests, Node) or in one of the options page's analysis workers. `analysed(n)` hears every
 * REPORT_EVERY articles, for progress. The chunk is written once `turn` settles, when the chunk before it
 * in the bundle is written (or failed): article ids, which tell the latest articles under a key, then
 * follow the bundle's order whichever chunk's analysis finishes first.
 */
export type Stage = (
  bundleId: string,
  articles: HashedArticle[],
  analysed: (n: number) => void,
  turn: Promise<unknown>,
) => Promise<StagedChunk>;

const REPORT_EVERY = 25;

/**
 * Analyses the articles, then, once `turn` settles, writes them and their packs in one transaction under
 * the staging bundle, whose heartbeat it moves; their posting rows are returned to the import, which
 * writes them.
 */
export async function stageChunk(
  db: CorpusDb,
  bundleId: string,
  articles: HashedArticle[],
  analysed: (n: number) => void = () => undefined,
  turn: Promise<unknown> = Promise.resolve(),
): Promise<StagedChunk> {
  return writeChunk(db, bundleId, await analyseChunk(articles, analysed), turn);
}

/** Analyses a chunk's articles, hearing other messages every REPORT_EVERY: a leave to write another chunk. */
export async function analyseChunk(
  articles: HashedArticle[],
  analysed: (n: number) => void,
): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  for (const a of articles) {
    prepared.push(prepareArticle(a));
    if (prepared.length % REPORT_EVERY !== 0) continue;
    analysed(prepared.length);
    await new Promise((resolve) => setTimeout(resolve));
  }
  analysed(prepared.length);
  return prepared;
}

/**
 * Writes an analysed chunk once `turn` settles: its articles, then their packs, in one transaction under
 * the staging bundle (staged-write.ts). The transaction's writes are issued at once: the caller may
 * analyse its next chunk while IndexedDB commits this one.
 */
export async function writeChunk(
  db: CorpusDb,
  bundleId: string,
  prepared: PreparedArticle[],
  turn: Promise<unknown>,
): Promise<StagedChunk> {
  const bytes = prepared.reduce((n, p) => n + p.bytes, 0);
  await turn;
  try {
    const filed: ReturnType<typeof filedAs>[] = [];
    await writeStaged((await db.open()).backendDB(), bundleId, ['articles', 'packs'], (tx, fail) => {
      const articles = tx.objectStore('articles');
      const packs = tx.objectStore('packs');
      prepared.forEach((p, i) => {
        const added = articles.add({ ...p.row, bundleId });
        added.onsuccess = () => {
          filed[i] = filedAs(p, bundleId, added.result as number);
          try {
            packs.add(filed[i].pack);
          } catch (error) {
            fail(error);
          }
        };
      });
    });
    return {
      sources: filed.map((f) => f.source),
      postings: postingRowsOf(
        bundleId,
        filed.map((f) => f.pack),
      ),
      claims: prepared.reduce((n, p) => n + p.row.claimCount, 0),
      bytes,
    };
  } catch (e) {
    // What this chunk needed, from which the import tells what the whole bundle needs.
    throw isQuotaError(e) ? new QuotaError(bytes, e) : e;
  }
}

/** A failure as it crosses from an analysis worker to the import: what it was is kept in its name. */
export interface WireError {
  name: string;
  message: string;
  /** A full disk's: what the chunk needed. */
  neededBytes?: number;
}

export const wireError = (e: unknown): WireError =>
  e instanceof QuotaError
    ? { name: e.name, message: e.message, neededBytes: e.neededBytes }
    : { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) };

export function errorFromWire({ name, message, neededBytes }: WireError): Error {
  if (name === 'BundleDeleted') return new BundleDeleted();
  if (name === 'QuotaError') return new QuotaError(neededBytes ?? 0, new DOMException(message, 'QuotaExceededError'));
  const e = new Error(message);
  e.name = name;
  return e;
}
