import Dexie from 'dexie';
import { ENGINE_VERSION } from '../claims/version';
import { sourceOf, type BundleRow, type CorpusDb, type SourceRow } from './db';
import type { PreparedArticle } from './prepare';
import { addPostingRows, postingRowsOf } from './postings';

export interface ImportCounts {
  added: number;
  /** Articles skipped because the corpus or the bundle already holds the same URL or text. */
  duplicates: number;
  claims: number;
}

export type NewBundle = Omit<BundleRow, 'articleCount' | 'engineVersion' | 'claimCount' | 'staging'>;

/** What tells one article from another: the same URL, or the same text. */
export interface Identity {
  url: string | null;
  textHash: string;
}

export interface Seen {
  urls: Set<unknown>;
  hashes: Set<unknown>;
}

/** The URLs and text hashes already stored, to skip duplicates; staging bundles' included. */
export async function seenArticles(db: CorpusDb): Promise<Seen> {
  // Reading the two indexes whole costs the same for one article or 200,000; articles without a URL
  // have no entry in the url index.
  return {
    urls: new Set(await db.articles.orderBy('url').keys()),
    hashes: new Set(await db.articles.orderBy('textHash').keys()),
  };
}

/** The items that are neither in the corpus nor earlier in the bundle; `seen` learns them. */
export function freshOf<T>(items: T[], seen: Seen, identity: (item: T) => Identity): T[] {
  return items.filter((item) => {
    const { url, textHash } = identity(item);
    if ((url !== null && seen.urls.has(url)) || seen.hashes.has(textHash)) return false;
    if (url !== null) seen.urls.add(url);
    seen.hashes.add(textHash);
    return true;
  });
}

/** A prepared article's row, pack and source once stored under `bundleId` with the id `id`. */
export function filedAs(prepared: PreparedArticle, bundleId: string, id: number) {
  const row = { ...prepared.row, bundleId, id };
  const source = sourceOf(row, prepared.figureCount, prepared.topics);
  return { row, pack: { ...prepared.pack, articleId: id, source }, source };
}

/** Stores articles, their packs and postings; inside a 'rw' transaction on articles, packs and postings. */
export async function writeArticles(db: CorpusDb, bundleId: string, fresh: PreparedArticle[]): Promise<SourceRow[]> {
  const ids = await db.articles.bulkAdd(
    fresh.map((p) => ({ ...p.row, bundleId })),
    { allKeys: true },
  );
  const filed = fresh.map((p, i) => filedAs(p, bundleId, ids[i]!));
  const packs = filed.map((f) => f.pack);
  await db.packs.bulkAdd(packs);
  addPostingRows(Dexie.currentTransaction.idbtrans, postingRowsOf(bundleId, packs));
  return filed.map((f) => f.source);
}

/**
 * Stores a small bundle whole, skipping duplicates. Must run inside a 'rw' transaction on bundles,
 * articles, packs, postings and sources: it awaits only Dexie, so any failure aborts every write. A bundle left
 * with no new article is not stored.
 */
export async function writeBundle(db: CorpusDb, bundle: NewBundle, prepared: PreparedArticle[]): Promise<ImportCounts> {
  const fresh = freshOf(prepared, await seenArticles(db), (p) => p.row);
  const duplicates = prepared.length - fresh.length;
  if (fresh.length === 0) return { added: 0, duplicates, claims: 0 };
  const claims = fresh.reduce((n, p) => n + p.row.claimCount, 0);
  await db.bundles.add({
    ...bundle,
    articleCount: fresh.length,
    claimCount: claims,
    engineVersion: ENGINE_VERSION,
  });
  await db.sources.bulkAdd(await writeArticles(db, bundle.id, fresh));
  return { added: fresh.length, duplicates, claims };
}

/** Deletes a bundle with its articles, their packs, postings and sources; inside a 'rw' transaction like writeBundle. */
export async function removeBundle(db: CorpusDb, bundleId: string): Promise<number> {
  const articleIds = await db.articles.where('bundleId').equals(bundleId).primaryKeys();
  await db.packs.bulkDelete(articleIds);
  await db.postings.where('bundleId').equals(bundleId).delete();
  await db.articles.bulkDelete(articleIds);
  await db.sources.bulkDelete(articleIds);
  await db.bundles.delete(bundleId);
  return articleIds.length;
}
