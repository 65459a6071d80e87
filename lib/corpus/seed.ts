import { parseBundleValue } from '../bundle/parse';
import type { NewArticle } from '../bundle/types';
import { SEED_BUNDLE_ID, type BundleRow, type CorpusDb } from './db';
import { prepareArticles } from './prepare';
import { removeBundle, writeBundle } from './write-bundle';

/**
 * Set while the reader has deleted the seed articles: every start of the background installs missing
 * seeds, and without it a deleted seed bundle would come back on the next one.
 */
const SEEDS_REMOVED = 'seeds-removed';

function parseSeed(bundle: unknown): { articles: NewArticle[]; version: number } {
  const parsed = parseBundleValue(bundle, 'seed-bundle.json');
  if (!parsed.ok) throw new Error(`invalid seed bundle: ${parsed.errors.join('; ')}`);
  if (parsed.version === null) throw new Error('invalid seed bundle: "version" is missing');
  return { articles: parsed.articles, version: parsed.version };
}

const seedsRemoved = async (db: CorpusDb) => (await db.flags.get(SEEDS_REMOVED)) !== undefined;

/**
 * Records whether the reader removed the seed articles; inside a 'rw' transaction on flags, with the
 * deletion or the restore it records, so the two are never out of step.
 */
export async function recordSeedsRemoved(db: CorpusDb, removed: boolean): Promise<void> {
  if (removed) await db.flags.put({ name: SEEDS_REMOVED });
  else await db.flags.delete(SEEDS_REMOVED);
}

/** Replaces the seed articles and claims in one transaction when `outdated` says the stored seed is. */
async function installSeed(
  db: CorpusDb,
  bundle: unknown,
  outdated: (stored: BundleRow | undefined, removed: boolean) => boolean,
): Promise<'installed' | 'current'> {
  const { articles, version } = parseSeed(bundle);
  const prepared = await prepareArticles(articles);
  return db.transaction('rw', [db.bundles, db.articles, db.packs, db.postings, db.sources, db.flags], async () => {
    // Checked again here: the background and the options page may both install at once.
    if (!outdated(await db.bundles.get(SEED_BUNDLE_ID), await seedsRemoved(db))) return 'current';
    await removeBundle(db, SEED_BUNDLE_ID);
    const row = {
      id: SEED_BUNDLE_ID,
      name: 'Built-in articles',
      kind: 'seed' as const,
      version,
      importedAt: Date.now(),
    };
    await writeBundle(db, row, prepared);
    await recordSeedsRemoved(db, false);
    return 'installed';
  });
}

/**
 * Installs the seed bundle unless the stored one has the same or a newer version, or the reader deleted
 * it ('removed'). Imported bundles are never touched. Cheap when current: nothing is analysed before the
 * version check.
 */
export async function ensureSeedCorpus(db: CorpusDb, bundle: unknown): Promise<'installed' | 'current' | 'removed'> {
  const { version } = parseSeed(bundle);
  if (await seedsRemoved(db)) return 'removed';
  const stored = await db.bundles.get(SEED_BUNDLE_ID);
  if (stored && stored.version >= version) return 'current';
  return installSeed(db, bundle, (s, removed) => !removed && (!s || s.version < version));
}

/** Reinstalls the seed bundle whatever is stored, e.g. after the reader deleted the seed articles. */
export async function restoreSeedCorpus(db: CorpusDb, bundle: unknown): Promise<void> {
  await installSeed(db, bundle, () => true);
}

/**
 * Deletes the seed bundle at the reader's request, with its articles and claims, and remembers it, so no
 * later start installs them again until restoreSeedCorpus. Returns the number of articles deleted.
 */
export function removeSeedCorpus(db: CorpusDb): Promise<number> {
  return db.transaction('rw', [db.bundles, db.articles, db.packs, db.postings, db.sources, db.flags], async () => {
    await recordSeedsRemoved(db, true);
    return removeBundle(db, SEED_BUNDLE_ID);
  });
}
