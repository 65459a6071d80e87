import { beforeAll, describe, expect, it, vi } from 'vitest';
import { sentenceFingerprints } from '../claims/fingerprint';
import { figureKey } from '../claims/key';
import { roundedKey } from '../compare/rounded-keys';
import type { CorpusHit } from '../compare/types';
import { freshCorpus, article, seedBundle, storedClaims } from './test-db';
import { DexieCorpus } from './dexie-corpus';
import { LookupCache } from './lookup-cache';
import { importBundle } from './import';
import { MemoryCorpus } from './memory-corpus';
import { ensureSeedCorpus } from './seed';

const seedText = (i: number): string => seedBundle.articles[i]!.text;
const LIBRARY = 'The city council approved a budget of $12.4 million for the new library on Tuesday.';

const db = freshCorpus();
const corpus = new DexieCorpus(db);
const memory = new MemoryCorpus([
  ...seedBundle.articles.map((a) => ({ url: null, ...a })),
  { ...article(LIBRARY), url: 'https://example.org/library' },
]);
let ids: number[];

beforeAll(async () => {
  await ensureSeedCorpus(db, seedBundle);
  await importBundle(db, { name: 'city.json', kind: 'import' }, [
    article(LIBRARY, { url: 'https://example.org/library' }),
  ]);
  ids = await db.articles.toCollection().primaryKeys();
});

describe('DexieCorpus.claimsByKeys', () => {
  it('finds the claims filed under the keys, with their sources, as the memory corpus does', async () => {
    const keys = [...new Set((await storedClaims(db)).map((c) => c.key))].slice(0, 4);
    const hits = await corpus.claimsByKeys([...keys, keys[0]!, 'no-such-key'], 100);
    const expected = await memory.claimsByKeys(keys, 100);
    // Ids differ between the two corpora and the order is the index's: compare the hits as sorted sets.
    const strip = (h: (typeof hits)[number]) =>
      JSON.stringify({ ...h, claim: { ...h.claim, articleId: 0 }, source: { ...h.source, articleId: 0 } });
    expect(hits.map(strip).sort()).toEqual(expected.map(strip).sort());
    expect(hits[0]!.claim).not.toHaveProperty('id');
    expect(ids).toContain(hits[0]!.source.articleId);
  });

  it('gives nothing for no keys', async () => {
    expect(await corpus.claimsByKeys([], 100)).toEqual([]);
  });

  it('reads at most so many claims per key, the latest stored first', async () => {
    const [key] = (await storedClaims(db)).map((c) => c.key);
    const all = await corpus.claimsByKeys([key!], 100);
    const latest = await corpus.claimsByKeys([key!], 1);
    expect(latest).toHaveLength(1);
    expect(latest[0]!.source.articleId).toBe(Math.max(...all.map((h) => h.source.articleId)));
  });
});

describe('DexieCorpus.claimsByFigureKeys', () => {
  it("finds a finer figure under the rounded key of a writer's rounding of it, as the memory corpus does", async () => {
    // "$12.4 million" rounds to $12 million (lib/compare/rounded-keys.ts).
    const rounded = roundedKey(figureKey('money', { unit: 'USD' }, 12_000_000));
    const texts = (hits: CorpusHit[]) => hits.map((h) => h.claim.text);
    expect(texts(await corpus.claimsByFigureKeys([rounded], 10))).toEqual(['$12.4 million']);
    expect(texts(await memory.claimsByFigureKeys([rounded], 10))).toEqual(['$12.4 million']);
  });
});

describe('DexieCorpus.selfArticleIds', () => {
  it('recognises an article by its URL', async () => {
    expect(await corpus.selfArticleIds('https://example.org/library', [])).toEqual(new Set([ids[5]]));
  });

  it('recognises an article whose sentences are nearly all on the page', async () => {
    const page = `Breaking news\n\n${seedText(1)}\n\nSign up for our newsletter, it is free and fun.`;
    expect(await corpus.selfArticleIds('https://news.example/story', sentenceFingerprints(page))).toEqual(
      new Set([ids[1]]),
    );
  });

  it('does not take an article that only shares some sentences for the page', async () => {
    const sentences = seedText(0).split(/\n\n/);
    const page = sentences.slice(0, Math.floor(sentences.length / 2)).join('\n\n');
    expect(await corpus.selfArticleIds(null, sentenceFingerprints(page))).toEqual(new Set());
  });

  it('agrees with the memory corpus on every seed', async () => {
    for (let i = 0; i < 5; i++) {
      const fps = sentenceFingerprints(seedText(i));
      const mem = [...(await memory.selfArticleIds(null, fps))].map((k) => ids[k]);
      expect(await corpus.selfArticleIds(null, fps)).toEqual(new Set(mem));
    }
  });
});

describe('DexieCorpus.selfArticleIds with boilerplate', () => {
  const BOILERPLATE = 'This is a developing story and will be updated.';
  const TINY = 'Officials said 40 workers will repair the old bridge over the next three months.';

  it('finds a one-sentence article on the page without reading the articles that share only boilerplate', async () => {
    const own = freshCorpus();
    const sentences = (i: number) =>
      ['opening', 'second', 'third', 'fourth'].map(
        (w) => `Story ${i} goes on with its ${w} sentence about topic ${i}.`,
      );
    const stories = Array.from({ length: 20 }, (_, i) => article([...sentences(i), BOILERPLATE].join('\n\n')));
    await importBundle(own, { name: 'many.json', kind: 'import' }, [...stories, article(TINY)]);
    const tinyId = (await own.articles.toArray()).find((a) => a.text === TINY)!.id;
    const page = `Local news\n\n${TINY}\n\n${BOILERPLATE}`;
    await own.open();
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await new DexieCorpus(own).selfArticleIds(null, sentenceFingerprints(page))).toEqual(new Set([tinyId]));
    // The only row read is the tiny article's.
    expect(get.mock.calls).toEqual([[tinyId]]);
    get.mockRestore();
  });

  it('takes no sentence found in more than 50 articles as evidence that an article is the page', async () => {
    const own = freshCorpus();
    const signOff = 'Reporting by the Lyon desk; editing by the night team of the agency.';
    // Each note's only fingerprinted sentence is the sign-off (its first sentence is too short to count).
    const stories = Array.from({ length: 60 }, (_, i) => article(`Note ${i} filed.\n\n${signOff}`));
    await importBundle(own, { name: 'notes.json', kind: 'import' }, stories);
    const page = `A different story about the weather over the Alps this weekend in full.\n\n${signOff}`;
    expect(await new DexieCorpus(own).selfArticleIds(null, sentenceFingerprints(page))).toEqual(new Set());
  });
});

describe('DexieCorpus lookups together', () => {
  it('reads the claim and figure lookups of one check in one transaction, and each key once', async () => {
    const cache = new LookupCache();
    const together = new DexieCorpus(db, cache);
    const stored = await storedClaims(db);
    const keys = [...new Set(stored.map((c) => c.key))].slice(0, 5);
    const figures = [...new Set(stored.map((c) => c.figureKey))].slice(0, 5);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const [byKey, byFigure] = await Promise.all([
      together.claimsByKeys(keys, 50),
      together.claimsByFigureKeys(figures, 50),
    ]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(byKey).toEqual(await new DexieCorpus(db).claimsByKeys(keys, 50));
    expect(byFigure).toEqual(await new DexieCorpus(db).claimsByFigureKeys(figures, 50));

    // Asked again, through another lookup sharing the cache, nothing is read: the same hits come back.
    transaction.mockClear();
    const again = await new DexieCorpus(db, cache).claimsByKeys(keys, 50);
    expect(transaction).not.toHaveBeenCalled();
    expect(again[0]).toBe(byKey[0]);
    // Another limit per key is another question.
    await new DexieCorpus(db, cache).claimsByKeys(keys, 1);
    expect(transaction).toHaveBeenCalledTimes(1);
    cache.clear();
    await new DexieCorpus(db, cache).claimsByKeys(keys, 50);
    expect(transaction).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
  });

  it('reads lookups of different caps in one transaction, each answering as the memory corpus does', async () => {
    const stored = await storedClaims(db);
    const keys = [...new Set(stored.map((c) => c.key))];
    const figures = [...new Set(stored.map((c) => c.figureKey))];
    const together = new DexieCorpus(db);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const answers = await Promise.all([
      together.claimsByKeys(keys, 50),
      together.claimsByFigureKeys(figures, 10),
      together.claimsByKeys(keys.slice(0, 3), 1),
    ]);
    expect(transaction).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    const sources = (hits: CorpusHit[]) =>
      hits.map(({ claim: { articleId: _id, ...claim }, source }) => ({ claim, url: source.url }));
    expect(sources(answers[0])).toEqual(sources(await memory.claimsByKeys(keys, 50)));
    expect(sources(answers[1])).toEqual(sources(await memory.claimsByFigureKeys(figures, 10)));
    expect(sources(answers[2])).toEqual(sources(await memory.claimsByKeys(keys.slice(0, 3), 1)));
  });

  it('forgets a failed reading, so the next check reads again', async () => {
    const cache = new LookupCache();
    const [key] = (await storedClaims(db)).map((c) => c.key);
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new Error('gone');
    });
    await expect(new DexieCorpus(db, cache).claimsByKeys([key!], 50)).rejects.toThrow('gone');
    expect(await new DexieCorpus(db, cache).claimsByKeys([key!], 50)).not.toEqual([]);
    vi.restoreAllMocks();
  });
});

describe('DexieCorpus.figureKeysOf', () => {
  it('gives the figure keys of the articles a lookup read without reading their packs again', async () => {
    const cache = new LookupCache();
    const lookup = new DexieCorpus(db, cache);
    const stored = await storedClaims(db);
    await lookup.claimsByKeys([stored[0]!.key], 50);
    const read = [...cache.figureKeys.keys()];
    expect(read.length).toBeGreaterThan(0);
    const bulkGet = vi.spyOn(db.packs, 'bulkGet');
    const byArticle = await lookup.figureKeysOf(read);
    expect(bulkGet).not.toHaveBeenCalled();
    expect(byArticle).toEqual(await new DexieCorpus(db).figureKeysOf(read));
    expect(bulkGet).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });
});
