import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshCorpus, article, snapshot, storedClaims } from './test-db';
import { deleteBundle, importBundle } from './import';
import { importBundleFile } from './import-file';
import { corpusStats, listArticles } from './browse';
import { ensureSeedCorpus } from './seed';
import { TINY } from './self-prints';

const LIBRARY = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';
const BRIDGE = 'Officials said 40 workers will repair the old bridge over the next three months.';

const db = freshCorpus();
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all([db.bundles.clear(), db.articles.clear(), db.packs.clear(), db.sources.clear()]);
});

describe('importBundle', () => {
  it('stores the bundle, its articles with fingerprints and hash, and their claims with the article ids', async () => {
    const r = await importBundle(db, { name: 'city.json', kind: 'import' }, [
      article(LIBRARY),
      article(BRIDGE, { url: 'https://example.org/bridge' }),
    ]);
    expect(r).toMatchObject({ added: 2, duplicates: 0 });
    expect(r.claims).toBeGreaterThan(0);
    const bundle = await db.bundles.get(r.bundleId!);
    expect(bundle).toMatchObject({ name: 'city.json', kind: 'import', version: 1, articleCount: 2 });
    const articles = await db.articles.toArray();
    expect(articles.map((a) => a.bundleId)).toEqual([r.bundleId, r.bundleId]);
    expect(articles[0]!.fingerprints.length).toBe(1);
    expect(articles[0]!.textHash).toMatch(/^[0-9a-f]{32}$/);
    const claims = await storedClaims(db);
    expect(claims).toHaveLength(r.claims);
    expect(new Set(claims.map((c) => c.articleId))).toEqual(
      new Set(articles.filter((a) => a.claimCount > 0).map((a) => a.id)),
    );
    expect(articles.reduce((n, a) => n + a.claimCount, 0)).toBe(r.claims);
    // Each pack keeps a copy of its article's source, which a check reads with it.
    expect((await db.packs.toArray()).map((p) => p.source)).toEqual(await db.sources.toArray());
  });

  it('keeps the fingerprint count, an index entry, only for articles too short to show FEW indexed fingerprints', async () => {
    const long = [LIBRARY, BRIDGE, 'The mayor said the plan would take two years to finish.', 'Some 300 people came.'];
    await importBundle(db, { name: 'counts.json', kind: 'import' }, [article(LIBRARY), article(long.join(' '))]);
    const [short, longer] = await db.articles.toArray();
    expect(short!.fingerprints).toHaveLength(TINY);
    expect(short!.fingerprintCount).toBe(1);
    expect(longer!.fingerprints.length).toBeGreaterThan(TINY);
    expect(longer!.fingerprintCount).toBeUndefined();
  });

  it('skips duplicates of the corpus and of earlier articles in the bundle (same URL or same text)', async () => {
    await importBundle(db, { name: 'a.json', kind: 'import' }, [
      article(LIBRARY, { url: 'https://example.org/library' }),
    ]);
    const r = await importBundle(db, { name: 'b.json', kind: 'import' }, [
      article('Another text entirely, about 3 things.', { url: 'https://example.org/library' }),
      article(LIBRARY.replace(/ /g, '\n')),
      article(BRIDGE),
      article(BRIDGE),
    ]);
    expect(r).toMatchObject({ added: 1, duplicates: 3 });
    expect(await db.articles.count()).toBe(2);
  });

  it('stores no bundle when every article is a duplicate', async () => {
    await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY)]);
    const before = await snapshot(db);
    expect(await importBundle(db, { name: 'b.json', kind: 'import' }, [article(LIBRARY)])).toEqual({
      added: 0,
      duplicates: 1,
      claims: 0,
      bundleId: null,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the corpus exactly as before when a write fails inside the transaction', async () => {
    await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY)]);
    const before = await snapshot(db);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the store as `this`
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'packs') throw new Error('disk full');
      return add.apply(this, args);
    });
    await expect(importBundle(db, { name: 'b.json', kind: 'import' }, [article(BRIDGE)])).rejects.toThrow('disk full');
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports progress up to the total', async () => {
    const progress = vi.fn();
    await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY), article(BRIDGE)], {
      onProgress: progress,
    });
    expect(progress).toHaveBeenLastCalledWith({
      articles: 2,
      written: 2,
      total: 2,
      claims: (await storedClaims(db)).length,
      committing: true,
    });
  });

  it('writes nothing when cancelled during the analysis', async () => {
    const controller = new AbortController();
    const many = Array.from({ length: 120 }, (_, i) =>
      article(`Article ${i} says ${i + 10} workers were hired on Monday.`),
    );
    const onProgress = () => controller.abort(new Error('cancelled'));
    await expect(
      importBundle(db, { name: 'a.json', kind: 'import' }, many, { onProgress, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    expect(await db.articles.count()).toBe(0);
  });
});

const bytes = (s: string) => new TextEncoder().encode(s);
const noHtml = { readHtml: () => Promise.resolve(['no DOM in these tests']) };

describe('importBundleFile', () => {
  it('writes nothing when one record of the bundle is bad', async () => {
    await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY)]);
    const before = await snapshot(db);
    const json = JSON.stringify([{ text: BRIDGE }, { text: 'Fine too, 3 times over.' }, { title: 'no text' }]);
    expect(await importBundleFile(db, bytes(json), 'bad.json', noHtml)).toEqual({
      ok: false,
      errors: ['article 3: "text" is missing'],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('imports a valid file under its file name', async () => {
    const r = await importBundleFile(
      db,
      bytes(JSON.stringify({ version: 2, articles: [{ text: BRIDGE }] })),
      'bridge.json',
      noHtml,
    );
    expect(r.ok && r.result.added).toBe(1);
    expect((await db.bundles.toArray())[0]).toMatchObject({ name: 'bridge.json', version: 2, kind: 'import' });
  });

  it('imports CSV and JSON Lines the same way, as one bundle per file', async () => {
    await importBundleFile(db, bytes(`headline,body\nLibrary,${LIBRARY}`), 'a.csv', noHtml);
    await importBundleFile(db, bytes(JSON.stringify({ text: BRIDGE })), 'b.jsonl', noHtml);
    expect((await db.bundles.toArray()).map((b) => [b.name, b.articleCount]).sort()).toEqual([
      ['a.csv', 1],
      ['b.jsonl', 1],
    ]);
  });
});

describe('deleteBundle, listArticles, corpusStats', () => {
  it('deletes a bundle with its articles and claims, leaving the others', async () => {
    const a = await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY)]);
    const b = await importBundle(db, { name: 'b.json', kind: 'import' }, [article(BRIDGE)]);
    expect(await deleteBundle(db, a.bundleId!)).toBe(1);
    const stats = await corpusStats(db);
    expect(stats).toMatchObject({ articles: 1, claims: b.claims });
    expect(stats.bundles.map((x) => x.name)).toEqual(['b.json']);
    const [remaining] = await db.articles.toArray();
    expect((await storedClaims(db)).every((c) => c.articleId === remaining!.id)).toBe(true);
    await ensureSeedCorpus(db, { version: 1, articles: [{ text: 'A seed article with 2 figures and 3 more.' }] });
    expect((await corpusStats(db)).bundles.map((x) => x.kind)).toEqual(['seed', 'import']);
  });

  it('lists a page of articles with their bundle names, without their texts', async () => {
    await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY), article(BRIDGE)]);
    await importBundle(db, { name: 'b.json', kind: 'import' }, [article('A third article, with 5 numbers in it.')]);
    const { articles: page, total } = await listArticles(db, { offset: 1, limit: 5 });
    expect(total).toBe(3);
    expect(page.map((a) => [a.title, a.bundleName])).toEqual([
      [BRIDGE.slice(0, 20), 'a.json'],
      ['A third article, wit', 'b.json'],
    ]);
    expect(page[0]).not.toHaveProperty('text');
  });
});
