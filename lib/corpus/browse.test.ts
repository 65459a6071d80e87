import { afterEach, describe, expect, it } from 'vitest';
import { article, freshCorpus } from './test-db';
import { corpusStats, listArticles } from './browse';
import { importBundle } from './import';

const db = freshCorpus();
afterEach(() => Promise.all([db.bundles.clear(), db.articles.clear(), db.packs.clear(), db.sources.clear()]));

const titles = async (query: string, offset = 0, limit = 10) => {
  const page = await listArticles(db, { offset, limit, query });
  return [page.articles.map((a) => a.title), page.total];
};

describe('listArticles with a query', () => {
  it('finds articles by the starts of title and outlet words, every word required', async () => {
    await importBundle(db, { name: 'a.json', kind: 'import' }, [
      article('Officials said 40 workers will repair the old bridge.', {
        title: 'Bridge repairs begin',
        outlet: 'Riverton Gazette',
      }),
      article('The council approved $12.4 million for the library.', {
        title: 'Library budget approved',
        outlet: 'Riverton Gazette',
      }),
      article('Some 30 people attended the meeting on Monday.', {
        title: 'Bridge meeting draws 30',
        outlet: 'Daily Planet',
      }),
    ]);
    expect(await titles('bridge')).toEqual([['Bridge repairs begin', 'Bridge meeting draws 30'], 2]);
    expect(await titles('BRI gaz')).toEqual([['Bridge repairs begin'], 1]);
    expect(await titles('planet')).toEqual([['Bridge meeting draws 30'], 1]);
    expect(await titles('riverton', 1, 1)).toEqual([['Library budget approved'], 2]);
    expect(await titles('nothing')).toEqual([[], 0]);
    expect(await titles('  ')).toEqual([
      ['Bridge repairs begin', 'Library budget approved', 'Bridge meeting draws 30'],
      3,
    ]);
  });
});

describe('corpusStats', () => {
  it('counts articles, claims and outlets and gives the date range', async () => {
    const empty = await corpusStats(db);
    expect(empty).toMatchObject({ articles: 0, claims: 0, outlets: 0, dateRange: null });
    const r = await importBundle(db, { name: 'a.json', kind: 'import' }, [
      article('Officials said 40 workers will repair the old bridge.', { outlet: 'A', published: '2024-03-05' }),
      article('The council approved $12.4 million for the library.', { outlet: 'B', published: '2023-12-01' }),
      article('Some 30 people attended the meeting on Monday.', { outlet: 'A' }),
    ]);
    expect(await corpusStats(db)).toMatchObject({
      articles: 3,
      claims: r.claims,
      outlets: 2,
      dateRange: { from: '2023-12-01', to: '2024-03-05' },
    });
  });
});
