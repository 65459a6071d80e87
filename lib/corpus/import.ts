import type { NewArticle } from '../bundle/types';
import { ENGINE_VERSION } from '../claims/version';
import { SEED_BUNDLE_ID, type BundleKind, type BundleRow, type CorpusDb, type SourceRow } from './db';
import { prepareArticle, type PreparedArticle, type Progress } from './prepare';
import { QuotaError, isQuotaError } from './quota';
import { freshOf, removeBundle, seenArticles, writeArticles, type ImportCounts } from './write-bundle';

export interface BundleInfo {
  name: string;
  kind: BundleKind;
  version?: number;
}

export interface ImportResult extends ImportCounts {
  /** The stored bundle's id; null when every article was a duplicate and nothing was stored. */
  bundleId: string | null;
}

/**
 * Articles analysed and written per transaction. One transaction for a whole bundle would keep every
 * check of an open tab waiting behind it, and analysis could not go on while the database writes.
 */
const CHUNK = 250;

/** A staging bundle not written to for this long was left by a page that closed during its import. */
export const ABANDONED_MS = 10 * 60_000;

/** Analysis progress is reported this often within a chunk, and a cancel heard. */
const REPORT_EVERY = 25;

async function prepareChunk(
  articles: NewArticle[],
  analysed: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<PreparedArticle[]> {
  const prepared: PreparedArticle[] = [];
  for (const a of articles) {
    // Hashing awaits the crypto API, so the worker hears a cancel between articles.
    prepared.push(await prepareArticle(a));
    if (prepared.length % REPORT_EVERY === 0) {
      signal?.throwIfAborted();
      analysed(prepared.length);
    }
  }
  return prepared;
}

/**
 * Adds a parsed bundle to the corpus, all or nothing, in several transactions: each chunk's articles and
 * claim packs are written under a staging bundle, which no lookup or listing sees, while the next chunk
 * is analysed; a last transaction adds their sources and clears the flag. A cancel (`signal`) is heard
 * until that last transaction; a cancel or a failure (a full disk) deletes what was staged. Duplicates
 * (same URL or text as an article already in the corpus or earlier in the bundle) are skipped and counted.
 */
export async function importBundle(
  db: CorpusDb,
  { name, kind, version = 1 }: BundleInfo,
  articles: NewArticle[],
  { onProgress, signal }: { onProgress?: Progress; signal?: AbortSignal } = {},
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
  let analysed = 0;
  let written = 0;
  let claims = 0;
  let bytes = 0;
  let staged = false;
  const report = (committing = false) =>
    onProgress?.({ articles: analysed, written, total, claims, ...(committing ? { committing } : {}) });
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < total; i += CHUNK) {
      signal?.throwIfAborted();
      const chunk = articles.slice(i, i + CHUNK);
      const prepared = await prepareChunk(
        chunk,
        (n) => {
          analysed = i + n;
          report();
        },
        signal,
      );
      const fresh = freshOf(prepared, seen);
      analysed = Math.min(total, i + CHUNK);
      for (const p of fresh) {
        claims += p.row.claimCount;
        bytes += p.bytes;
      }
      await writing;
      bundle.articleCount += fresh.length;
      bundle.claimCount = claims;
      report();
      signal?.throwIfAborted();
      if (fresh.length === 0) continue;
      const first = !staged;
      staged = true;
      writing = db
        .transaction('rw', db.bundles, db.articles, db.packs, async () => {
          if (first) await db.bundles.add(bundle);
          else await db.bundles.update(bundle.id, { staging: { heartbeat: Date.now() } });
          sources.push(...(await writeArticles(db, bundle.id, fresh)));
        })
        .then(() => {
          written += fresh.length;
          report();
        });
      // Awaited with the next chunk; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
    signal?.throwIfAborted();
    const duplicates = total - bundle.articleCount;
    if (!staged) return { added: 0, duplicates, claims: 0, bundleId: null };
    report(true);
    await db.transaction('rw', db.bundles, db.sources, async () => {
      await db.sources.bulkAdd(sources);
      await db.bundles.update(bundle.id, { staging: undefined, articleCount: bundle.articleCount, claimCount: claims });
    });
    return { added: bundle.articleCount, duplicates, claims, bundleId: bundle.id };
  } catch (e) {
    await writing.catch(() => undefined);
    if (staged) await deleteBundle(db, bundle.id).catch(() => undefined);
    // What the whole bundle needs, from what its analysed part needs.
    if (isQuotaError(e)) throw new QuotaError(Math.round((bytes / Math.max(1, analysed)) * total), e);
    throw e;
  }
}

/** Deletes a bundle, its articles and their claims in one transaction; returns the number of articles. */
export function deleteBundle(db: CorpusDb, id: string): Promise<number> {
  return db.transaction('rw', db.bundles, db.articles, db.packs, db.sources, () => removeBundle(db, id));
}

/** Deletes the staging bundles of imports that stopped with their page; returns how many. */
export async function removeAbandonedImports(db: CorpusDb, now = Date.now()): Promise<number> {
  const abandoned = await db.bundles
    .filter((b) => b.staging !== undefined && now - b.staging.heartbeat > ABANDONED_MS)
    .primaryKeys();
  for (const id of abandoned) await deleteBundle(db, id);
  return abandoned.length;
}
