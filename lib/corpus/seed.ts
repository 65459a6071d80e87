import { parseBundleValue } from '../bundle/parse';
import type { NewArticle } from '../bundle/types';
import { SEED_BUNDLE_ID, type BundleRow, type CorpusDb } from './db';
import { prepareArticles } from './prepare';
import { removeBundle, writeBundle } from './write-bundle';

function parseSeed(bundle: unknown): { articles: NewArticle[]; version: number } {
  const parsed = parseBundleValue(bundle, 'seed-bundle.json');
  if (!parsed.ok) throw new Error(`invalid seed bundle: ${parsed.errors.join('; ')}`);
  if (parsed.version === null) throw new Error('invalid seed bundle: "version" is missing');
  return { articles: parsed.articles, version: parsed.version };
}

/** Replaces the seed articles and claims in one transaction when `outdated` says the stored seed is. */
async function installSeed(
  db: CorpusDb,
  bundle: unknown,
  outdated: (stored: BundleRow | undefined) => boolean,
): Promise<'installed' | 'current'> {
  const { articles, version } = parseSeed(bundle);
  const prepared = await prepareArticles(articles);
  return db.transaction('rw', db.bundles, db.articles, db.packs, db.sources, async () => {
    // Checked again here: the background and the options page may both install at once.
    if (!outdated(await db.bundles.get(SEED_BUNDLE_ID))) return 'current';
    await removeBundle(db, SEED_BUNDLE_ID);
    const row = { id: SEED_BUNDLE_ID, name: 'Seed articles', kind: 'seed' as const, version, importedAt: Date.now() };
    await writeBundle(db, row, prepared);
    return 'installed';
  });
}

/**
 * Installs the seed bundle unless the stored one has the same or a newer version. Imported bundles are
 * never touched. Cheap when current: nothing is analysed before the version check.
 */
export async function ensureSeedCorpus(db: CorpusDb, bundle: unknown): Promise<'installed' | 'current'> {
  const { version } = parseSeed(bundle);
  const stored = await db.bundles.get(SEED_BUNDLE_ID);
  if (stored && stored.version >= version) return 'current';
  return installSeed(db, bundle, (s) => !s || s.version < version);
}

/** Reinstalls the seed bundle whatever is stored, e.g. after the seed articles were deleted. */
export async function restoreSeedCorpus(db: CorpusDb, bundle: unknown): Promise<void> {
  await installSeed(db, bundle, () => true);
}
