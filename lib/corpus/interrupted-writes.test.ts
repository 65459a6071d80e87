/**
 * Imports and deletes that are cut short or run at once, through the public functions only: afterwards
 * the corpus is one of the states before or after, never one in between (a bundle without its articles,
 * articles without their claims or sources, the same text stored twice).
 */
// First: it installs fake-indexeddb, which Dexie looks for when it is loaded.
import { article, freshCorpus, snapshot } from './test-db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteBundle, importBundle } from './import';
import { importBundleFile } from './import-file';
import type { CorpusDb } from './db';
import { idsOf } from './postings';
import { QuotaError } from './quota';
import { errorFromWire, stageChunk, wireError, type Stage } from './stage';
import { BundleDeleted } from './staged-write';

afterEach(() => vi.restoreAllMocks());

const noHtml = () => Promise.resolve(['no DOM here']);

/** Articles with figures, distinct by their number, so each has claims. */
const articles = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    article(`${prefix} ${i}: the council in Riverton approved ${i + 10} new schools and $${i + 2} million for roads.`),
  );

/**
 * What any finished state of the corpus holds: no bundle left staging, every row's owner exists, and every
 * count is right (an article's claims are packed in one row of its own).
 */
async function expectWhole(db: CorpusDb) {
  const { bundles, articles: rows, packs, postings, sources } = await snapshot(db);
  const bundleIds = new Set(bundles.map((b) => b.id));
  const articleIds = new Set(rows.map((a) => a.id));
  expect(bundles.filter((b) => b.staging !== undefined)).toEqual([]);
  expect(rows.filter((a) => !bundleIds.has(a.bundleId))).toEqual([]);
  expect(packs.filter((p) => !articleIds.has(p.articleId))).toEqual([]);
  const filed = postings.flatMap((row) => row.postings.flatMap(([, ids]) => idsOf(ids)));
  expect(filed.filter((id) => !articleIds.has(id))).toEqual([]);
  expect(sources.map((s) => s.articleId).sort()).toEqual([...articleIds].sort());
  for (const b of bundles) expect(rows.filter((a) => a.bundleId === b.id)).toHaveLength(b.articleCount);
  for (const a of rows) expect(packs.find((p) => p.articleId === a.id)?.claimKeys.length ?? 0).toBe(a.claimCount);
  expect(new Set(rows.map((a) => a.textHash)).size).toBe(rows.length);
}

describe('an import interrupted part way through its transaction', () => {
  for (const table of ['articles', 'sources', 'packs', 'postings'] as const) {
    it(`leaves the corpus as it was when the ${table} write fails after some rows`, async () => {
      const db = freshCorpus();
      await importBundle(db, { name: 'first.json', kind: 'import' }, articles('First', 3));
      const before = await snapshot(db);
      let written = 0;
      // A chunk of 20 articles is one posting row: that table fails at its first.
      const some = table === 'postings' ? 0 : 2;
      // Fails the transaction once some rows of the table are written, as a crash would.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the store as `this`
      const add = IDBObjectStore.prototype.add;
      vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
        const request = add.apply(this, args);
        if (this.name === table && ++written > some) this.transaction.abort();
        return request;
      });
      await expect(importBundle(db, { name: 'second.json', kind: 'import' }, articles('Second', 20))).rejects.toThrow();
      vi.restoreAllMocks();
      expect(written).toBeGreaterThan(some);
      expect(await snapshot(db)).toEqual(before);
      await expectWhole(db);
    });
  }

  it('leaves nothing of a file import cancelled while it is analysed', async () => {
    const db = freshCorpus();
    const before = await snapshot(db);
    const controller = new AbortController();
    const bytes = new TextEncoder().encode(JSON.stringify(articles('Cancelled', 300)));
    const importing = importBundleFile(db, bytes, 'big.json', {
      readHtml: noHtml,
      signal: controller.signal,
      onProgress: ({ articles: done }) => {
        if (done > 0) controller.abort();
      },
    });
    await expect(importing).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('writes at the same time', () => {
  it('two imports at once, with articles in common: each lands whole, no text twice', async () => {
    const db = freshCorpus();
    const shared = articles('Shared', 5);
    const [a, b] = await Promise.all([
      importBundle(db, { name: 'a.json', kind: 'import' }, [...shared, ...articles('A', 10)]),
      importBundle(db, { name: 'b.json', kind: 'import' }, [...articles('B', 10), ...shared]),
    ]);
    expect(a.added + b.added).toBe(25);
    expect(a.duplicates + b.duplicates).toBe(5);
    await expectWhole(db);
    expect(await db.articles.count()).toBe(25);
  });

  it('a delete during an import: the deleted bundle is gone whole, the imported one is there whole', async () => {
    const db = freshCorpus();
    const old = await importBundle(db, { name: 'old.json', kind: 'import' }, articles('Old', 10));
    const importing = importBundle(db, { name: 'new.json', kind: 'import' }, articles('New', 200));
    const deleting = deleteBundle(db, old.bundleId!);
    const [imported, deleted] = await Promise.all([importing, deleting]);
    expect(deleted).toBe(10);
    expect(imported.added).toBe(200);
    await expectWhole(db);
    expect((await db.bundles.toArray()).map((b) => b.name)).toEqual(['new.json']);
  });

  it('a delete of the bundle being imported, issued as soon as it is staged, leaves nothing of it', async () => {
    const db = freshCorpus();
    let bundleId = '';
    db.bundles.hook('creating', (id: string) => {
      bundleId = id;
    });
    const importing = importBundle(db, { name: 'racing.json', kind: 'import' }, articles('Racing', 50));
    // Polls until the bundle's id is known, then deletes while the import's writes may still be running.
    while (!bundleId) await new Promise((r) => setTimeout(r, 1));
    await deleteBundle(db, bundleId);
    const imported = await importing;
    await expectWhole(db);
    // Deleted while staged, it never lands; deleted after its commit, it was there whole until then.
    expect([0, 50]).toContain(imported.added);
    expect(await db.articles.count()).toBe(0);
    expect(await db.bundles.count()).toBe(0);
  });
});

describe('chunks staged side by side, as the analysis workers do', () => {
  /** stageChunk, with how many chunks ran at once and a chosen chunk failing. */
  function watchedStage(db: CorpusDb, failing?: number) {
    let running = 0;
    let chunks = 0;
    const seen = { most: 0 };
    const stage: Stage = async (bundleId, chunk, analysed, turn) => {
      const n = chunks++;
      seen.most = Math.max(seen.most, ++running);
      try {
        // Lets the other chunks start, as a worker would.
        await new Promise((r) => setTimeout(r, 5));
        if (n === failing) throw errorFromWire(wireError(new Error('worker lost')));
        return await stageChunk(db, bundleId, chunk, analysed, turn);
      } finally {
        running--;
      }
    };
    return { stage, seen };
  }

  it('lands whole, every article once, however many chunks run at once', async () => {
    const db = freshCorpus();
    const { stage, seen } = watchedStage(db);
    const r = await importBundle(db, { name: 'wide.json', kind: 'import' }, articles('Wide', 700), {
      stage,
      parallel: 3,
    });
    expect(seen.most).toBe(3);
    expect(r).toMatchObject({ added: 700, duplicates: 0 });
    await expectWhole(db);
    expect(await db.articles.count()).toBe(700);
  });

  it("stores articles in the bundle's order, whichever chunk's analysis finishes first", async () => {
    const db = freshCorpus();
    let chunks = 0;
    const stage: Stage = async (bundleId, chunk, analysed, turn) => {
      // The first chunk's analysis takes longest: the later chunks are ready before it.
      if (chunks++ === 0) await new Promise((r) => setTimeout(r, 30));
      return stageChunk(db, bundleId, chunk, analysed, turn);
    };
    const bundle = articles('Ordered', 700);
    await importBundle(db, { name: 'ordered.json', kind: 'import' }, bundle, { stage, parallel: 3 });
    const stored = await db.articles.orderBy('id').toArray();
    // Lookups take the highest ids under a key as the latest: they must be the bundle's last articles.
    expect(stored.map((a) => a.text)).toEqual(bundle.map((a) => a.text));
  });

  it('one chunk failing leaves nothing of the bundle, whatever the others wrote', async () => {
    const db = freshCorpus();
    await importBundle(db, { name: 'first.json', kind: 'import' }, articles('First', 3));
    const before = await snapshot(db);
    const { stage } = watchedStage(db, 1);
    await expect(
      importBundle(db, { name: 'wide.json', kind: 'import' }, articles('Wide', 700), { stage, parallel: 3 }),
    ).rejects.toThrow('worker lost');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('failures crossing from an analysis worker', () => {
  it('keep what they were: a full disk with what the chunk needed, a deleted bundle', () => {
    const full = errorFromWire(wireError(new QuotaError(1234, new DOMException('full', 'QuotaExceededError'))));
    expect(full).toBeInstanceOf(QuotaError);
    expect((full as QuotaError).neededBytes).toBe(1234);
    expect(errorFromWire(wireError(new BundleDeleted()))).toBeInstanceOf(BundleDeleted);
    expect(errorFromWire(wireError(new TypeError('bad')))).toMatchObject({ name: 'TypeError', message: 'bad' });
  });
});
