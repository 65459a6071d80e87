// First: Dexie finds its IndexedDB when it is loaded.
import { article } from './test-db';
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { openCorpus } from './db';

it('version 2 fills the search words of articles stored by version 1', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores({ bundles: 'id', articles: '++id, bundleId, url, textHash, *fingerprints, fingerprintCount', claims: '++id, articleId, key, figureKey' });
  await v1.table('articles').add({ ...article('Some 30 people came.', { title: 'Bridge meeting', outlet: 'Daily Planet' }), bundleId: 'b', textHash: 'h', fingerprints: [], fingerprintCount: 0, claimCount: 1 });
  v1.close();

  const db = openCorpus(name);
  expect(await db.articles.where('searchWords').startsWith('plan').count()).toBe(1);
  expect((await db.articles.toArray())[0]!.searchWords).toEqual(['bridge', 'meeting', 'daily', 'planet']);
});
