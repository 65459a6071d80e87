import { beforeEach, describe, expect, it } from 'vitest';
import { freshCorpus, article, snapshot, seedBundle, storedClaims } from './test-db';
import { SEED_BUNDLE_ID, type CorpusDb } from './db';
import { importBundle } from './import';
import { ensureSeedCorpus, removeSeedCorpus, restoreSeedCorpus } from './seed';

const IMPORTED = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';

let db: CorpusDb;
beforeEach(() => {
  db = freshCorpus();
});

describe('ensureSeedCorpus', () => {
  it('installs the five seed articles once, then leaves them alone', async () => {
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('installed');
    const articles = await db.articles.toArray();
    expect(articles.map((a) => a.origin)).toEqual(seedBundle.articles.map((a) => a.origin));
    expect(articles.map((a) => a.outlet).slice(1, 3)).toEqual(['CNN', 'UPI']);
    expect((await storedClaims(db)).length).toBeGreaterThan(0);
    const before = await snapshot(db);
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('current');
    expect(await snapshot(db)).toEqual(before);
  });

  it('installs once when called twice at the same time', async () => {
    const results = await Promise.all([ensureSeedCorpus(db, seedBundle), ensureSeedCorpus(db, seedBundle)]);
    expect(results.sort()).toEqual(['current', 'installed']);
    expect(await db.articles.count()).toBe(5);
  });

  it('replaces the seeds of an older version, keeping imported articles', async () => {
    await ensureSeedCorpus(db, { version: 1, articles: seedBundle.articles.slice(0, 2) });
    const imported = await importBundle(db, { name: 'mine.json', kind: 'import' }, [article(IMPORTED)]);
    const importedRows = await db.articles.where('bundleId').equals(imported.bundleId!).toArray();
    const importedClaims = await db.packs.bulkGet(importedRows.map((a) => a.id));

    expect(await ensureSeedCorpus(db, { ...seedBundle, version: 2 })).toBe('installed');
    expect(await db.bundles.get(SEED_BUNDLE_ID)).toMatchObject({ version: 2, articleCount: 5 });
    expect(await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).count()).toBe(5);
    expect(await db.articles.where('bundleId').equals(imported.bundleId!).toArray()).toEqual(importedRows);
    expect(await db.packs.bulkGet(importedRows.map((a) => a.id))).toEqual(importedClaims);
    const seedIds = await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).primaryKeys();
    const allClaimIds = new Set((await storedClaims(db)).map((c) => c.articleId));
    expect([...allClaimIds].every((id) => seedIds.includes(id) || importedRows.some((a) => a.id === id))).toBe(true);
  });

  it('does not downgrade', async () => {
    await ensureSeedCorpus(db, { ...seedBundle, version: 3 });
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('current');
    expect((await db.bundles.get(SEED_BUNDLE_ID))!.version).toBe(3);
  });

  it('rejects an invalid seed bundle without touching the corpus', async () => {
    await expect(ensureSeedCorpus(db, { version: 1, articles: [{ title: 'x' }] })).rejects.toThrow(
      'article 1: "text" is missing',
    );
    await expect(ensureSeedCorpus(db, { articles: seedBundle.articles })).rejects.toThrow('"version" is missing');
    expect(await db.articles.count()).toBe(0);
  });
});

describe('restoreSeedCorpus', () => {
  it('reinstalls deleted seeds at the same version, keeping imported articles', async () => {
    await ensureSeedCorpus(db, seedBundle);
    await importBundle(db, { name: 'mine.json', kind: 'import' }, [article(IMPORTED)]);
    await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).limit(3).delete();
    await restoreSeedCorpus(db, seedBundle);
    expect(await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).count()).toBe(5);
    expect(await db.articles.count()).toBe(6);
  });
});

describe('removeSeedCorpus', () => {
  it('deletes the built-in articles for good: no later install brings them back, whatever its version', async () => {
    await ensureSeedCorpus(db, seedBundle);
    await importBundle(db, { name: 'mine.json', kind: 'import' }, [article(IMPORTED)]);
    expect(await removeSeedCorpus(db)).toBe(5);
    expect(await db.bundles.get(SEED_BUNDLE_ID)).toBeUndefined();
    expect(await db.articles.count()).toBe(1);
    const before = await snapshot(db);
    // Each start of the background, and each opening of the options page, calls ensureSeedCorpus.
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('removed');
    expect(await ensureSeedCorpus(db, { ...seedBundle, version: seedBundle.version + 1 })).toBe('removed');
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the corpus empty when the seeds were all it held, until restored with their metadata', async () => {
    await ensureSeedCorpus(db, seedBundle);
    const installed = await db.articles.toArray();
    await removeSeedCorpus(db);
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('removed');
    expect(await db.articles.count()).toBe(0);
    expect(await db.packs.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);

    await restoreSeedCorpus(db, seedBundle);
    const restored = await db.articles.toArray();
    const metadata = (a: (typeof installed)[number]) => [a.title, a.outlet, a.published, a.url, a.origin];
    expect(restored.map(metadata)).toEqual(installed.map(metadata));
    expect(await db.sources.count()).toBe(5);
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('current');
    await removeSeedCorpus(db);
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('removed');
  });
});
