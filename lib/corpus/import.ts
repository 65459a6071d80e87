import Dexie from 'dexie';
import type { NewArticle } from '../bundle/types';
import { ENGINE_VERSION } from '../claims/version';
import { SEED_BUNDLE_ID, type BundleKind, type BundleRow, type CorpusDb, type SourceRow } from './db';
import { PostingRuns, bytesOfRows } from './posting-runs';
import { addPostingRows, type PostingRow } from './postings';
import { hashArticles, type Progress } from './prepare';
import { QuotaError, isQuotaError } from './quota';
import { stageChunk, type Stage } from './stage';
import { BundleDeleted, writeStaged } from './staged-write';
import { freshOf, removeBundle, seenArticles, type ImportCounts } from './write-bundle';

export interface BundleInfo {
  name: string;
  kind: BundleKind;
  version?: number;
}

export interface ImportResult extends ImportCounts {
  /** The stored bundle's id; null when every article was a duplicate and nothing was stored. */
  bundleId: string | null;
}

export interface ImportOptions {
  onProgress?: Progress;
  signal?: AbortSignal;
  /** Analyses and stages a chunk: by default here, one chunk at a time; the options page uses workers. */
  stage?: Stage;
  /** Chunks staged at once: with workers, two each, so each analyses one while the other is written. */
  parallel?: number;
  /**
   * Runs the import alone among imports, so one reading of what is stored tells every duplicate. Defaults
   * to a queue per database in this context; the options page's worker passes a Web Lock, held across tabs.
   */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>;
}

/**
 * Articles analysed and written per transaction. One transaction for a whole bundle would keep every
 * check of an open tab waiting behind it, and analysis could not go on while the database writes.
 */
const CHUNK = 250;

/** A staging bundle not written to for this long was left by a page that closed during its import. */
export const ABANDONED_MS = 10 * 60_000;

const queues = new WeakMap<CorpusDb, Promise<unknown>>();

/** One import at a time per database in this context. */
function queued(db: CorpusDb) {
  return <T>(run: () => Promise<T>): Promise<T> => {
    const result = (queues.get(db) ?? Promise.resolve()).then(run);
    queues.set(
      db,
      result.catch(() => undefined),
    );
    return result;
  };
}

/**
 * Adds a parsed bundle to the corpus, all or nothing, in several transactions: duplicates (same URL or
 * text as an article already in the corpus or earlier in the bundle) are told by their text hash before
 * any analysis and skipped; chunks of the rest are analysed and written under a staging bundle, which no
 * lookup or listing sees, analysed several at once when `stage` runs in workers but written in the
 * bundle's order, so that later articles have higher ids; the chunks' postings are
 * written as runs of several chunks once complete; a last transaction adds the last runs and the sources
 * and clears the flag. A cancel (`signal`) is heard until that last transaction; a cancel or a
 * failure (a full disk) deletes what was staged.
 */
export async function importBundle(
  db: CorpusDb,
  info: BundleInfo,
  articles: NewArticle[],
  {
    onProgress,
    signal,
    stage = (bundleId, chunk, analysed, turn) => stageChunk(db, bundleId, chunk, analysed, turn),
    parallel = 2,
    exclusive = queued(db),
  }: ImportOptions = {},
): Promise<ImportResult> {
  return exclusive(() => importAlone(db, info, articles, { onProgress, signal, stage, parallel }));
}

async function importAlone(
  db: CorpusDb,
  { name, kind, version = 1 }: BundleInfo,
  articles: NewArticle[],
  { onProgress, signal, stage, parallel }: Required<Pick<ImportOptions, 'stage' | 'parallel'>> & ImportOptions,
): Promise<ImportResult> {
  const bundle: BundleRow = {
    id: kind === 'seed' ? SEED_BUNDLE_ID : crypto.randomUUID(),
    name,
    kind,
    version,
    importedAt: Date.now(),
    engineVersion: ENGINE_VERSION,
    articleCount: 0,
    claimCount: 0,
    staging: { heartbeat: Date.now() },
  };
  const seen = await seenArticles(db);
  const total = articles.length;
  const sources: SourceRow[] = [];
  /** Articles analysed in chunks still being staged, by chunk. */
  const analysing = new Map<number, number>();
  let skipped = 0;
  let written = 0;
  let claims = 0;
  let bytes = 0;
  let staged = false;
  /** The first chunk that failed; the others are awaited, then everything staged is deleted. */
  const failures: unknown[] = [];
  /** Articles in the first chunk that found the disk full. */
  let unwritten = 0;
  const analysed = () => skipped + written + [...analysing.values()].reduce((n, k) => n + k, 0);
  const report = (committing = false) =>
    onProgress?.({ articles: analysed(), written, total, claims, ...(committing ? { committing } : {}) });
  const inFlight = new Set<Promise<void>>();
  /** Settles once the last chunk handed to `stage` is written or failed: the next one writes after it. */
  let lastChunk = Promise.resolve();
  const runs = new PostingRuns();
  /** The complete runs' writes, one after another, beside the chunks'. */
  let filing = Promise.resolve();
  const file = (rows: PostingRow[]) => {
    filing = filing.then(async () => {
      if (failures.length > 0) return;
      try {
        await writeStaged(db.backendDB(), bundle.id, ['postings'], (tx) => addPostingRows(tx, rows));
      } catch (error) {
        failures.push(isQuotaError(error) ? new QuotaError(bytesOfRows(rows), error) : error);
      }
    });
  };
  try {
    for (let i = 0; i < total; i += CHUNK) {
      signal?.throwIfAborted();
      if (failures.length > 0) throw failures[0];
      const chunk = await hashArticles(articles.slice(i, i + CHUNK));
      const fresh = freshOf(chunk, seen, ({ article, textHash }) => ({ url: article.url, textHash }));
      skipped += chunk.length - fresh.length;
      if (fresh.length === 0) {
        report();
        continue;
      }
      if (!staged) {
        await db.bundles.add(bundle);
        staged = true;
      }
      while (inFlight.size >= parallel) await Promise.race(inFlight);
      signal?.throwIfAborted();
      if (failures.length > 0) throw failures[0];
      analysing.set(i, 0);
      const onAnalysed = (n: number) => {
        if (!analysing.has(i)) return;
        analysing.set(i, n);
        report();
      };
      const staging = stage(bundle.id, fresh, onAnalysed, lastChunk).then(
        (done) => {
          analysing.delete(i);
          written += fresh.length;
          claims += done.claims;
          bytes += done.bytes;
          sources.push(...done.sources);
          const complete = runs.add(done.postings);
          if (complete.length > 0) file(complete);
          report();
        },
        (error: unknown) => {
          analysing.delete(i);
          if (error instanceof QuotaError && unwritten === 0) unwritten = fresh.length;
          failures.push(error);
        },
      );
      lastChunk = staging;
      inFlight.add(staging);
      void staging.then(() => inFlight.delete(staging));
    }
    await Promise.all(inFlight);
    await filing;
    if (failures.length > 0) throw failures[0];
    signal?.throwIfAborted();
    const duplicates = total - written;
    if (!staged) return { added: 0, duplicates, claims: 0, bundleId: null };
    report(true);
    await db.transaction('rw', db.bundles, db.postings, db.sources, async () => {
      const updated = await db.bundles.update(bundle.id, {
        staging: undefined,
        articleCount: written,
        claimCount: claims,
      });
      // Deleted by the reader while it was staged: nothing of it may become visible.
      if (!updated) throw new BundleDeleted();
      addPostingRows(Dexie.currentTransaction.idbtrans, runs.rest());
      await db.sources.bulkAdd(sources);
    });
    return { added: written, duplicates, claims, bundleId: bundle.id };
  } catch (e) {
    await Promise.all(inFlight);
    await filing;
    if (staged) await deleteBundle(db, bundle.id).catch(() => undefined);
    if (e instanceof BundleDeleted) return { added: 0, duplicates: 0, claims: 0, bundleId: null };
    // What the whole bundle needs, from what its written part and the chunk that failed needed.
    if (e instanceof QuotaError) {
      const perArticle = (bytes + e.neededBytes) / Math.max(1, written + unwritten);
      throw new QuotaError(Math.round(perArticle * (total - skipped)), e.cause);
    }
    // Full before any chunk was written (the bundle's own row): it needs at least its texts.
    if (isQuotaError(e)) throw new QuotaError(2 * articles.reduce((n, a) => n + a.text.length, 0), e);
    throw e;
  }
}

/** Deletes a bundle, its articles and their claims in one transaction; returns the number of articles. */
export function deleteBundle(db: CorpusDb, id: string): Promise<number> {
  return db.transaction('rw', db.bundles, db.articles, db.packs, db.postings, db.sources, () => removeBundle(db, id));
}

/** Deletes the staging bundles of imports that stopped with their page; returns how many. */
export async function removeAbandonedImports(db: CorpusDb, now = Date.now()): Promise<number> {
  const abandoned = await db.bundles
    .filter((b) => b.staging !== undefined && now - b.staging.heartbeat > ABANDONED_MS)
    .primaryKeys();
  for (const id of abandoned) await deleteBundle(db, id);
  return abandoned.length;
}
