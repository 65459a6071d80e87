// First: Dexie finds its IndexedDB when it is loaded.
import { article } from './test-db';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { openCorpus } from './db';

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
