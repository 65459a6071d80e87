import { afterEach, expect, it, vi } from 'vitest';
// First: Dexie finds its IndexedDB when it is loaded.
import { article, freshCorpus, snapshot } from './test-db';
import { corpusStats } from './browse';
import { importBundle } from './import';
import { QuotaError } from './quota';

afterEach(() => vi.restoreAllMocks());

it('refuses a bundle that fills the disk, leaving the corpus as it was, and says how much it needed', async () => {
  const db = freshCorpus();
  await importBundle(db, { name: 'first.json', kind: 'import' }, [article('Some 30 people attended the meeting.')]);
  const before = await snapshot(db);
  // The disk fills while the second chunk of 250 articles is written: the first is already staged.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the store as `this`
  const add = IDBObjectStore.prototype.add;
  let packs = 0;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'packs' && ++packs > 300)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return add.apply(this, args);
  });
  const many = Array.from({ length: 600 }, (_, i) =>
    article(`Report ${i}: officials said ${i + 10} workers were hired.`),
  );

  const failed = importBundle(db, { name: 'big.json', kind: 'import' }, many);
  await expect(failed).rejects.toBeInstanceOf(QuotaError);
  const error = (await failed.catch((e: unknown) => e)) as QuotaError;
  expect(error.message).toMatch(/^The disk is full: the bundle needs about \d+\.\d MB\. Nothing was imported\.$/);
  expect(error.neededBytes).toBeGreaterThan(600 * 100);
  expect(packs).toBeGreaterThan(300);
  vi.restoreAllMocks();
  expect(await snapshot(db)).toEqual(before);
  expect((await corpusStats(db)).articles).toBe(1);
});

it('says what a small bundle needs when its only chunk finds the disk full', async () => {
  const db = freshCorpus();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- applied below with the store as `this`
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'packs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return add.apply(this, args);
  });
  const few = Array.from({ length: 20 }, (_, i) =>
    article(`Report ${i}: officials said ${i + 10} workers were hired.`),
  );
  const error = (await importBundle(db, { name: 'small.json', kind: 'import' }, few).catch(
    (e: unknown) => e,
  )) as QuotaError;
  expect(error).toBeInstanceOf(QuotaError);
  // Each article's text alone takes some 90 bytes as UTF-16; its claims and fingerprints more.
  expect(error.neededBytes).toBeGreaterThan(20 * 90);
  expect(error.neededBytes).toBeLessThan(20 * 5_000);
});

it('says the disk is full when not even the bundle row fits', async () => {
  const db = freshCorpus();
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  const text = 'Officials said 40 workers were hired.';
  const error = (await importBundle(db, { name: 'one.json', kind: 'import' }, [article(text)]).catch(
    (e: unknown) => e,
  )) as QuotaError;
  expect(error).toBeInstanceOf(QuotaError);
  expect(error.neededBytes).toBe(2 * text.length);
});
