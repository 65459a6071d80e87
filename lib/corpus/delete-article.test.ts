import { beforeEach, describe, expect, it } from 'vitest';
import { article, freshCorpus, seedBundle, snapshot, storedClaims } from './test-db';
import { corpusStats, listArticles } from './browse';
import { SEED_BUNDLE_ID, type CorpusDb } from './db';
import { deleteArticle, undoDeleteArticle } from './delete-article';
import { DexieCorpus } from './dexie-corpus';
import { idsOf, keysOfPack } from './postings';
import { deleteBundle, importBundle } from './import';
import { ensureSeedCorpus, removeSeedCorpus, restoreSeedCorpus } from './seed';

const LIBRARY = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';
const BRIDGE = 'Some 300 workers will rebuild the bridge over 18 months, the mayor said on Monday.';

let db: CorpusDb;
let importedId: string;
let libraryId: number;
let bridgeId: number;

beforeEach(async () => {
  db = freshCorpus();
  await ensureSeedCorpus(db, seedBundle);
  importedId = (
    await importBundle(db, { name: 'city.json', kind: 'import' }, [
      article(LIBRARY, { url: 'https://example.org/library' }),
      article(BRIDGE),
    ])
  ).bundleId!;
  const ids = await db.articles.where('bundleId').equals(importedId).primaryKeys();
  [libraryId, bridgeId] = [ids[0]!, ids[1]!];
});

const keysOf = async (articleId: number) => keysOfPack((await db.packs.get(articleId))!);

describe('deleteArticle', () => {
  it('removes the article, its claims and every key it was filed under, and its bundle counts it no more', async () => {
    const keys = await keysOf(libraryId);
    const bridgeClaims = (await db.articles.get(bridgeId))!.claimCount;
    expect(keys.length).toBeGreaterThan(0);
    const corpus = new DexieCorpus(db);
    expect((await corpus.claimsByKeys(keys, 100)).some((h) => h.source.articleId === libraryId)).toBe(true);

    const deleted = await deleteArticle(db, libraryId);

    expect(deleted?.article.text).toBe(LIBRARY);
    expect(await db.articles.get(libraryId)).toBeUndefined();
    expect(await db.packs.get(libraryId)).toBeUndefined();
    expect(await db.sources.get(libraryId)).toBeUndefined();
    const filed = (await db.postings.toArray()).flatMap((row) => row.postings);
    expect(filed.filter(([key, ids]) => keys.includes(key) && idsOf(ids).includes(libraryId))).toEqual([]);
    expect((await corpus.claimsByKeys(keys, 100)).some((h) => h.source.articleId === libraryId)).toBe(false);
    expect(await db.bundles.get(importedId)).toMatchObject({ articleCount: 1, claimCount: bridgeClaims });
    expect((await listArticles(db, { offset: 0, limit: 50 })).articles.map((a) => a.id)).not.toContain(libraryId);
    expect((await corpusStats(db)).articles).toBe(6);
  });

  it('deletes the bundle with its last article', async () => {
    await deleteArticle(db, libraryId);
    await deleteArticle(db, bridgeId);
    expect(await db.bundles.get(importedId)).toBeUndefined();
    expect(await db.articles.count()).toBe(5);
  });

  it('keeps the built-in articles removed once their last one is deleted, until restored', async () => {
    for (const id of await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).primaryKeys())
      await deleteArticle(db, id);
    expect(await db.bundles.get(SEED_BUNDLE_ID)).toBeUndefined();
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('removed');
    expect(await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).count()).toBe(0);
  });

  it('does nothing for an article that is not there', async () => {
    const before = await snapshot(db);
    expect(await deleteArticle(db, 99_999)).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('undoDeleteArticle', () => {
  it('puts the article back as it was, claims, keys and counts', async () => {
    const before = await snapshot(db);
    const claims = (await storedClaims(db)).length;
    const deleted = (await deleteArticle(db, libraryId))!;
    expect((await storedClaims(db)).length).toBeLessThan(claims);
    expect(await undoDeleteArticle(db, deleted)).toBe(true);
    const after = await snapshot(db);
    const byId = <T>(rows: T[], id: (r: T) => unknown) =>
      [...rows].sort((a, b) => String(id(a)).localeCompare(String(id(b))));
    expect(byId(after.bundles, (b) => b.id)).toEqual(byId(before.bundles, (b) => b.id));
    expect(byId(after.articles, (a) => a.id)).toEqual(byId(before.articles, (a) => a.id));
    expect(byId(after.packs, (p) => p.articleId)).toEqual(byId(before.packs, (p) => p.articleId));
    expect(byId(after.sources, (s) => s.articleId)).toEqual(byId(before.sources, (s) => s.articleId));
    const filed = (rows: typeof before.postings) =>
      rows.flatMap((r) => r.postings.map((p) => JSON.stringify([r.id, r.last, ...p]))).sort();
    expect(filed(after.postings)).toEqual(filed(before.postings));
    expect(await storedClaims(db)).toHaveLength(claims);
  });

  it('brings back the bundle its last article took with it, and the built-in articles stay back', async () => {
    const seedIds = await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).primaryKeys();
    const deleted = [];
    for (const id of seedIds) deleted.push(await deleteArticle(db, id));
    expect(await undoDeleteArticle(db, deleted.at(-1)!)).toBe(true);
    expect(await db.bundles.get(SEED_BUNDLE_ID)).toMatchObject({ articleCount: 1 });
    // Its run's posting row went with the run's last article: it is filed in a row of its own.
    const back = deleted.at(-1)!.article.id;
    const hits = await new DexieCorpus(db).claimsByKeys(await keysOf(back), 100);
    expect(hits.some((h) => h.source.articleId === back)).toBe(true);
    expect(await ensureSeedCorpus(db, seedBundle)).toBe('current');
  });

  it('refuses when the article was imported again since', async () => {
    const deleted = (await deleteArticle(db, libraryId))!;
    await importBundle(db, { name: 'again.json', kind: 'import' }, [
      article(LIBRARY, { url: 'https://example.org/library' }),
    ]);
    const before = await snapshot(db);
    expect(await undoDeleteArticle(db, deleted)).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses when its bundle was deleted or reinstalled since', async () => {
    const fromImport = (await deleteArticle(db, libraryId))!;
    const seedId = (await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).primaryKeys())[0]!;
    const fromSeed = (await deleteArticle(db, seedId))!;
    await deleteBundle(db, importedId);
    await removeSeedCorpus(db);
    await restoreSeedCorpus(db, seedBundle);
    expect(await undoDeleteArticle(db, fromImport)).toBe(false);
    expect(await undoDeleteArticle(db, fromSeed)).toBe(false);
    expect(await db.articles.where('bundleId').equals(SEED_BUNDLE_ID).count()).toBe(5);
  });
});
