import { ENGINE_VERSION } from '../claims/version';
import { figureCountOf } from '../compare/stories';
import { sourceOf, type BundleRow, type CorpusDb } from './db';
import type { PreparedArticle } from './prepare';

export interface ImportCounts {
  added: number;
  /** Articles skipped because the corpus or the bundle already holds the same URL or text. */
  duplicates: number;
  claims: number;
}

/**
 * Stores a bundle's articles and claims, skipping duplicates. Must run inside a 'rw' transaction on
 * bundles, articles and claims: it awaits only Dexie, so any failure aborts every write. A bundle left
 * with no new article is not stored.
 */
export async function writeBundle(
  db: CorpusDb,
  bundle: Omit<BundleRow, 'articleCount' | 'engineVersion'>,
  prepared: PreparedArticle[],
): Promise<ImportCounts> {
  // Reading the two indexes whole costs the same for one article or 200,000; articles without a URL
  // have no entry in the url index.
  const seenUrls = new Set(await db.articles.orderBy('url').keys());
  const seenHashes = new Set(await db.articles.orderBy('textHash').keys());
  const fresh = prepared.filter(({ row }) => {
    if ((row.url !== null && seenUrls.has(row.url)) || seenHashes.has(row.textHash)) return false;
    if (row.url !== null) seenUrls.add(row.url);
    seenHashes.add(row.textHash);
    return true;
  });
  const duplicates = prepared.length - fresh.length;
  if (fresh.length === 0) return { added: 0, duplicates, claims: 0 };

  await db.bundles.add({ ...bundle, articleCount: fresh.length, engineVersion: ENGINE_VERSION });
  const rows = fresh.map((p) => ({ ...p.row, bundleId: bundle.id }));
  const ids = await db.articles.bulkAdd(rows, { allKeys: true });
  await db.sources.bulkAdd(rows.map((row, i) => sourceOf({ ...row, id: ids[i]! }, figureCountOf(fresh[i]!.claims))));
  const claims = fresh.flatMap((p, i) => p.claims.map((c) => ({ ...c, articleId: ids[i]! })));
  await db.claims.bulkAdd(claims);
  return { added: fresh.length, duplicates, claims: claims.length };
}

/** Deletes a bundle with its articles, their sources and claims; inside a 'rw' transaction like writeBundle. */
export async function removeBundle(db: CorpusDb, bundleId: string): Promise<number> {
  const articleIds = await db.articles.where('bundleId').equals(bundleId).primaryKeys();
  await db.claims.where('articleId').anyOf(articleIds).delete();
  await db.articles.bulkDelete(articleIds);
  await db.sources.bulkDelete(articleIds);
  await db.bundles.delete(bundleId);
  return articleIds.length;
}
