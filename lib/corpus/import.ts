import type { NewArticle } from '../bundle/types';
import { SEED_BUNDLE_ID, type BundleKind, type CorpusDb } from './db';
import { prepareArticles, type Progress } from './prepare';
import { removeBundle, writeBundle, type ImportCounts } from './write-bundle';

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
 * Adds a parsed bundle to the corpus, all or nothing: claims, fingerprints and hashes are computed first,
 * then everything is written in one transaction. Duplicates (same URL or text as an article already in
 * the corpus or earlier in the bundle) are skipped and counted. A cancel (`signal`) is heard until the
 * writing starts; after that the bundle lands whole.
 */
export async function importBundle(
  db: CorpusDb,
  { name, kind, version = 1 }: BundleInfo,
  articles: NewArticle[],
  options: { onProgress?: Progress; signal?: AbortSignal } = {},
): Promise<ImportResult> {
  const prepared = await prepareArticles(articles, options);
  const bundle = {
    id: kind === 'seed' ? SEED_BUNDLE_ID : crypto.randomUUID(),
    name,
    kind,
    version,
    importedAt: Date.now(),
  };
  const counts = await db.transaction('rw', db.bundles, db.articles, db.claims, db.sources, () =>
    writeBundle(db, bundle, prepared),
  );
  return { ...counts, bundleId: counts.added > 0 ? bundle.id : null };
}

/** Deletes a bundle, its articles and their claims in one transaction; returns the number of articles. */
export function deleteBundle(db: CorpusDb, id: string): Promise<number> {
  return db.transaction('rw', db.bundles, db.articles, db.claims, db.sources, () => removeBundle(db, id));
}
