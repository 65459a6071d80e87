import { expect, it } from 'vitest';
// First: Dexie finds its IndexedDB when it is loaded.
import { article, freshCorpus, snapshot } from './test-db';
import { ENGINE_VERSION } from '../claims/version';
import { corpusStats, listArticles } from './browse';
import { DexieCorpus } from './dexie-corpus';
import { exportJsonLines } from './export';
import { ABANDONED_MS, importBundle, removeAbandonedImports } from './import';
import { prepareArticles } from './prepare';
import { writeArticles } from './write-bundle';

const LIBRARY = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';
const BRIDGE = 'Officials said 40 workers will repair the old bridge over the next three months.';

it('keeps a staged bundle out of lookups, listings, counts and exports, and deletes it once abandoned', async () => {
  const db = freshCorpus();
  await importBundle(db, { name: 'a.json', kind: 'import' }, [article(LIBRARY)]);
  const before = await snapshot(db);
  const statsBefore = await corpusStats(db);

  // What an import leaves when its page closes between two chunks: articles and packs, no sources.
  const prepared = await prepareArticles([article(BRIDGE, { title: 'Bridge repairs' })]);
  await db.transaction('rw', db.bundles, db.articles, db.packs, db.postings, async () => {
    await db.bundles.add({
      id: 'staged',
      name: 'b.json',
      kind: 'import',
      version: 1,
      importedAt: 1,
      engineVersion: ENGINE_VERSION,
      articleCount: 1,
      claimCount: prepared[0]!.row.claimCount,
      staging: { heartbeat: 1_000 },
    });
    await writeArticles(db, 'staged', prepared);
  });
  const corpus = new DexieCorpus(db);
  expect(await corpus.claimsByKeys(prepared[0]!.pack.claimKeys, 50)).toEqual([]);
  expect(await corpus.claimsByFigureKeys(prepared[0]!.pack.figureKeys, 50)).toEqual([]);
  expect(await corpusStats(db)).toEqual(statsBefore);
  expect((await listArticles(db, { offset: 0, limit: 10 })).total).toBe(1);
  expect((await listArticles(db, { offset: 0, limit: 10, query: 'bridge' })).total).toBe(0);
  let exported = '';
  for await (const chunk of exportJsonLines(db)) exported += chunk;
  expect(exported).not.toContain('bridge');

  expect(await removeAbandonedImports(db, 1_000 + ABANDONED_MS)).toBe(0);
  expect(await removeAbandonedImports(db, 1_001 + ABANDONED_MS)).toBe(1);
  expect(await snapshot(db)).toEqual(before);
});
