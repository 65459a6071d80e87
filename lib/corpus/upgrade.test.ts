// First: Dexie finds its IndexedDB when it is loaded.
import { article, seedBundle } from './test-db';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import type { NewArticle } from '../bundle/types';
import { sentenceFingerprints } from '../claims/fingerprint';
import { ENGINE_VERSION } from '../claims/version';
import { figureCountOf } from '../compare/stories';
import type { CorpusHit } from '../compare/types';
import { corpusClaimsOf } from './article-claims';
import { corpusStats } from './browse';
import { openCorpus, sourceOf, type CorpusDb } from './db';
import { DexieCorpus } from './dexie-corpus';
import { deleteBundle } from './import';
import { idsOf, keysOfPack, postingRowsOf } from './postings';
import { prepareArticles } from './prepare';
import { reanalyseStaleBundles } from './reanalyse';
import { MemoryCorpus } from './memory-corpus';

it('version 2 fills the search words of articles stored by version 1', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({
    bundles: 'id',
    articles: '++id, bundleId, url, textHash, *fingerprints, fingerprintCount',
    claims: '++id, articleId, key, figureKey',
  });
  await v1.table('articles').add({
    ...article('Some 30 people came.', { title: 'Bridge meeting', outlet: 'Daily Planet' }),
    bundleId: 'b',
    textHash: 'h',
    fingerprints: [],
    fingerprintCount: 0,
    claimCount: 1,
  });
  v1.close();

  const db = openCorpus(name);
  expect(await db.articles.where('searchWords').startsWith('plan').count()).toBe(1);
  expect((await db.articles.toArray())[0]!.searchWords).toEqual(['bridge', 'meeting', 'daily', 'planet']);
});

it('version 3 keeps the sources of articles stored before it in a table of their own', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const v2 = new Dexie(name);
  v2.version(2).stores({
    bundles: 'id',
    articles: '++id, bundleId, url, textHash, *fingerprints, fingerprintCount, *searchWords, outlet, published',
    claims: '++id, articleId, key, figureKey',
  });
  const stored = article('Some 30 people came.', {
    title: 'Bridge meeting',
    outlet: 'Daily Planet',
    url: 'https://example.org/a',
    published: '2024-01-02',
  });
  const id = await v2.table('articles').add({
    ...stored,
    bundleId: 'b',
    textHash: 'h',
    fingerprints: [],
    fingerprintCount: 0,
    claimCount: 1,
    searchWords: [],
  });
  for (const figureKey of ['count|person|30', 'count|person|30', 'count|bridge|2'])
    await v2.table('claims').add({ articleId: id, key: 'k', figureKey });
  v2.close();

  const db = openCorpus(name);
  expect(await db.sources.get(id as number)).toEqual({
    articleId: id,
    title: 'Bridge meeting',
    outlet: 'Daily Planet',
    published: '2024-01-02',
    url: 'https://example.org/a',
    origin: stored.origin,
    figureCount: 2,
    topics: [],
  });
});

it('version 4 packs the claims of a version 3 corpus per article, and every lookup answers as before', async () => {
  const texts: NewArticle[] = [
    ...seedBundle.articles.map((a) => ({ url: null, ...a })),
    article('The city council approved a budget of $12.4 million for the new library on Tuesday.', {
      url: 'https://example.org/library',
    }),
  ];
  // The corpus as version 3 wrote it: a row per claim, every fingerprint indexed.
  const name = `test-${crypto.randomUUID()}`;
  const v3 = new Dexie(name);
  v3.version(3).stores({
    bundles: 'id',
    articles: '++id, bundleId, url, textHash, *fingerprints, fingerprintCount, *searchWords, outlet, published',
    claims: '++id, articleId, key, figureKey',
    sources: 'articleId',
  });
  await v3.table('bundles').add({
    id: 'b',
    name: 'b.json',
    kind: 'import',
    version: 1,
    importedAt: 1,
    engineVersion: ENGINE_VERSION,
    articleCount: texts.length,
  });
  for (const a of texts) {
    const fingerprints = sentenceFingerprints(a.text);
    const row = {
      ...a,
      bundleId: 'b',
      textHash: a.text,
      fingerprints,
      fingerprintCount: fingerprints.length,
      searchWords: [],
    };
    const id = (await v3.table('articles').add(row)) as number;
    const claims = corpusClaimsOf(id, a.text);
    await v3.table('claims').bulkAdd(claims);
    await v3
      .table('sources')
      .add(sourceOf({ ...row, id, claimCount: claims.length, selfPrints: [] }, figureCountOf(claims)));
  }
  v3.close();

  const db = openCorpus(name);
  await expectLookupsAsInMemory(db, texts);
  expect(db.tables.map((t) => t.name)).not.toContain('claims');
});

it('version 7 files the keys of a version 6 corpus in postings, and every lookup answers as before', async () => {
  const texts: NewArticle[] = [
    ...seedBundle.articles.map((a) => ({ url: null, ...a })),
    article('The city council approved a budget of $12.4 million for the new library on Tuesday.', {
      url: 'https://example.org/library',
    }),
  ];
  // The corpus as version 6 wrote it: a pack per article under a multi-entry index of its keys, in two
  // bundles whose articles alternate, as a reader's added pages do between imports.
  const name = `test-${crypto.randomUUID()}`;
  const v6 = new Dexie(name);
  v6.version(6).stores({
    bundles: 'id',
    articles: '++id, bundleId, url, textHash, *selfPrints, fingerprintCount, *searchWords',
    packs: 'articleId, *keys',
    sources: 'articleId, outlet, published',
    flags: 'name',
  });
  const bundleOf = (i: number) => (i % 2 === 0 ? 'even' : 'odd');
  const prepared = await prepareArticles(texts);
  for (const id of ['even', 'odd'])
    await v6.table('bundles').add({
      id,
      name: `${id}.json`,
      kind: 'import',
      version: 1,
      importedAt: 1,
      engineVersion: ENGINE_VERSION,
      articleCount: texts.filter((_, i) => bundleOf(i) === id).length,
      claimCount: prepared.filter((_, i) => bundleOf(i) === id).reduce((n, p) => n + p.row.claimCount, 0),
    });
  for (const [i, p] of prepared.entries()) {
    const row = { ...p.row, bundleId: bundleOf(i) };
    const id = (await v6.table('articles').add(row)) as number;
    await v6.table('packs').add({ ...p.pack, articleId: id, keys: keysOfPack(p.pack) });
    await v6.table('sources').add(sourceOf({ ...row, id }, p.figureCount));
  }
  v6.close();

  const db = openCorpus(name);
  await expectLookupsAsInMemory(db, texts);
  // A run per article, their ids alternating between the bundles; deleting one bundle leaves the other's.
  expect(await db.postings.count()).toBe(texts.length);
  await deleteBundle(db, 'odd');
  const even = texts.filter((_, i) => bundleOf(i) === 'even');
  const evenKeys = [...new Set(even.flatMap((a) => corpusClaimsOf(0, a.text).map((c) => c.key)))];
  const hits = await new DexieCorpus(db).claimsByKeys(evenKeys, 50);
  expect(new Set(hits.map((h) => h.source.articleId))).toEqual(
    new Set(texts.flatMap((_, i) => (i % 2 === 0 ? [i + 1] : []))),
  );
});

it('version 8 holds the ids of each posting of a version 7 corpus as one string, and every lookup answers as before', async () => {
  const texts: NewArticle[] = seedBundle.articles.map((a) => ({ url: null, ...a }));
  // The corpus as version 7 wrote it: posting rows whose entries are [key, ...ids].
  const { name, old: v7, packs } = await writePacked(7, ENGINE_VERSION, texts);
  // Two runs, so a key's latest ids come from the later one first.
  const half = Math.ceil(packs.length / 2);
  const rows = [...postingRowsOf('b', packs.slice(0, half)), ...postingRowsOf('b', packs.slice(half))];
  await v7
    .table('postings')
    .bulkAdd(rows.map((row) => ({ ...row, postings: row.postings.map(([key, ids]) => [key, ...idsOf(ids)]) })));
  v7.close();

  const db = openCorpus(name);
  await expectLookupsAsInMemory(db, texts);
  expect(await db.postings.toArray()).toEqual(rows);
});

it('a corpus whose packs have no sources yet answers every lookup as before, and its packs gain them at re-analysis', async () => {
  const texts: NewArticle[] = seedBundle.articles.map((a) => ({ url: null, ...a }));
  // The corpus as version 8 wrote it, before packs kept their sources, by an older engine.
  const { name, old: v8, packs, prepared } = await writePacked(8, ENGINE_VERSION - 1, texts);
  await v8.table('postings').bulkAdd(postingRowsOf('b', packs));
  // A pack of an import that stopped before its sources were written: it never gets one.
  await v8.table('packs').add({ ...prepared[0]!.pack, articleId: 5000 });
  v8.close();

  // Opening rewrites no pack: a check reads the source row of each pack without a copy.
  const db = openCorpus(name);
  const ids = packs.map((pack) => pack.articleId);
  await expectLookupsAsInMemory(db, texts);
  expect(await db.packs.bulkGet(ids)).toEqual(packs);

  expect(await reanalyseStaleBundles(db)).toBe(1);
  const sources = await db.sources.bulkGet(ids);
  expect(sources.every((source) => source?.figureCount !== undefined)).toBe(true);
  expect((await db.packs.bulkGet(ids)).map((pack) => pack?.source)).toEqual(sources);
  await expectLookupsAsInMemory(db, texts);
  expect((await db.packs.get(5000))?.source).toBeUndefined();
});

/**
 * A corpus of the texts as a version from 7 on wrote it, by the given engine, without its posting rows (each
 * version's test writes them in its own form) and still open: packs without their sources.
 */
async function writePacked(version: number, engineVersion: number, texts: NewArticle[]) {
  const name = `test-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(version).stores({
    bundles: 'id',
    articles: '++id, bundleId, url, textHash, *selfPrints, fingerprintCount, *searchWords',
    packs: 'articleId',
    postings: 'id, bundleId, *postings',
    sources: 'articleId, outlet, published',
    flags: 'name',
  });
  const prepared = await prepareArticles(texts);
  await old.table('bundles').add({
    id: 'b',
    name: 'b.json',
    kind: 'import',
    version: 1,
    importedAt: 1,
    engineVersion,
    articleCount: texts.length,
    claimCount: prepared.reduce((n, p) => n + p.row.claimCount, 0),
  });
  const packs = [];
  for (const p of prepared) {
    const row = { ...p.row, bundleId: 'b' };
    const id = (await old.table('articles').add(row)) as number;
    packs.push({ ...p.pack, articleId: id });
    await old.table('packs').add(packs.at(-1));
    await old.table('sources').add(sourceOf({ ...row, id }, p.figureCount, p.topics));
  }
  return { name, old, packs, prepared };
}

/** Every lookup of the upgraded corpus answers as a memory corpus of the same texts does. */
async function expectLookupsAsInMemory(db: CorpusDb, texts: NewArticle[]) {
  const stored = new DexieCorpus(db);
  // The memory corpus numbers articles from 0, IndexedDB from 1.
  const memory = new MemoryCorpus(texts);
  const shift = (hits: CorpusHit[]) =>
    hits.map((h) => ({
      claim: { ...h.claim, articleId: h.claim.articleId + 1 },
      source: { ...h.source, articleId: h.source.articleId + 1 },
    }));
  const claims = texts.flatMap((a) => corpusClaimsOf(0, a.text));
  const keys = [...new Set(claims.map((c) => c.key))];
  const figureKeys = [...new Set(claims.map((c) => c.figureKey))];
  // Enough different keys for the comparison to mean something (the keys are loose: kind, what is counted, unit family).
  expect(keys.length).toBeGreaterThan(10);
  expect(await stored.claimsByKeys(keys, 3)).toEqual(shift(await memory.claimsByKeys(keys, 3)));
  expect(await stored.claimsByFigureKeys(figureKeys, 50)).toEqual(
    shift(await memory.claimsByFigureKeys(figureKeys, 50)),
  );
  const byMemory = await memory.figureKeysOf([0, 1, 2, 3, 4, 5]);
  expect(await stored.figureKeysOf([1, 2, 3, 4, 5, 6])).toEqual(new Map([...byMemory].map(([id, k]) => [id + 1, k])));
  for (const [i, a] of texts.entries()) {
    const self = await stored.selfArticleIds(a.url, sentenceFingerprints(`Breaking news\n\n${a.text}`));
    expect(self).toEqual(new Set([i + 1]));
  }
  expect(await corpusStats(db)).toMatchObject({ articles: texts.length, claims: claims.length });
}
