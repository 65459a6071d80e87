import { afterEach, describe, expect, it } from 'vitest';
// First: it installs fake-indexeddb before Dexie loads.
import { article, freshCorpus, seedBundle, storedClaims } from './test-db';
import { checkText } from '../check-text';
import { sentenceFingerprints } from '../claims/fingerprint';
import { appendArticle, bundleHolding, READER_BUNDLES } from './append-article';
import { corpusStats } from './browse';
import { SEED_BUNDLE_ID } from './db';
import { DexieCorpus } from './dexie-corpus';
import { deleteBundle, importBundle } from './import';
import { ensureSeedCorpus } from './seed';

const NURSES =
  'Officials in Riverton said 160 nurses had been hired since the start of the year.\n\nThe nurses in Riverton will work at the hospital.';
const TEACHERS = 'Officials in Riverton said 42 teachers had been hired since the start of the year.';
const OTHER_OUTLET = 'Officials in Riverton said 140 nurses had been hired since the start of the year.';

const db = freshCorpus();
afterEach(() => Promise.all([db.bundles.clear(), db.articles.clear(), db.packs.clear(), db.sources.clear()]));

const nurses = article(NURSES, { url: 'https://gazette.example/nurses', outlet: 'Riverton Gazette' });

describe('appendArticle', () => {
  it('makes the bundle with its first article, then grows it, counting articles and claims', async () => {
    expect(await appendArticle(db, 'added', nurses)).toEqual({ added: true });
    expect(await appendArticle(db, 'added', article(TEACHERS, { url: 'https://gazette.example/teachers' }))).toEqual({
      added: true,
    });
    const bundle = await db.bundles.get(READER_BUNDLES.added.id);
    const claims = await storedClaims(db);
    expect(bundle).toMatchObject({ name: 'Articles I added', kind: 'import', articleCount: 2 });
    expect(bundle!.staging).toBeUndefined();
    expect(bundle!.claimCount).toBe(claims.length);
    expect(claims.length).toBeGreaterThanOrEqual(2);
    expect((await corpusStats(db)).articles).toBe(2);
  });

  it('files the claims so another outlet on the same story is checked against it', async () => {
    await appendArticle(db, 'read', nurses);
    const [figure] = await checkText(OTHER_OUTLET, new DexieCorpus(db), 'https://tribune.example/nurses');
    expect(figure).toMatchObject({ text: '140', verdict: 'conflict' });
    expect(figure!.matches.map((m) => [m.source.outlet, m.claim.text])).toEqual([['Riverton Gazette', '160']]);
  });

  it('is recognised as the page itself, by URL and by its sentences', async () => {
    await appendArticle(db, 'read', nurses);
    const corpus = new DexieCorpus(db);
    const [id] = await db.articles.toCollection().primaryKeys();
    expect(await corpus.selfArticleIds(nurses.url, [])).toEqual(new Set([id]));
    expect(await corpus.selfArticleIds('https://gazette.example/nurses?page=1', sentenceFingerprints(NURSES))).toEqual(
      new Set([id]),
    );
    const [own] = await checkText(NURSES, corpus, nurses.url);
    expect(own).toMatchObject({ text: '160', verdict: 'unverified', matches: [] });
  });

  it('adds nothing the corpus holds already, by URL or by text, and names the bundle holding it', async () => {
    const imported = await importBundle(db, { name: 'wire.json', kind: 'import' }, [article(TEACHERS)]);
    await appendArticle(db, 'read', nurses);
    const before = await db.articles.count();
    const sameUrl = article('A later edition with other words entirely, 7 of them.', { url: nurses.url });
    const holder = async (a: typeof sameUrl) => {
      const result = await appendArticle(db, 'added', a);
      return result.added ? 'added' : result.bundle.name;
    };
    expect(await holder(sameUrl)).toBe('Articles I read');
    const sameText = article(`  ${TEACHERS.replace(/ /g, '\n')} `, { url: 'https://elsewhere.example/t' });
    expect(await holder(sameText)).toBe('wire.json');
    expect(await db.articles.count()).toBe(before);
    expect(await db.bundles.get(READER_BUNDLES.added.id)).toBeUndefined();
    expect((await bundleHolding(db, sameText))?.id).toBe(imported.bundleId);
    expect(await bundleHolding(db, article('Nothing like it, 3 times.'))).toBeNull();
  });

  it('takes the same report with another headline line or caption for the stored one', async () => {
    await ensureSeedCorpus(db, seedBundle);
    const seed = seedBundle.articles[0]!.text;
    const page = article(`Live: the latest\n\n${seed.replace(/\n+/g, '\n\n')}\n\nPhoto: a caption`, {
      url: 'https://news.example/seed-story',
    });
    expect((await bundleHolding(db, page))?.id).toBe(SEED_BUNDLE_ID);
    const result = await appendArticle(db, 'added', page);
    expect(result.added ? 'added' : result.bundle.id).toBe(SEED_BUNDLE_ID);
  });

  it('starts the bundle afresh once the reader deleted it', async () => {
    await appendArticle(db, 'read', nurses);
    expect(await deleteBundle(db, READER_BUNDLES.read.id)).toBe(1);
    expect(await appendArticle(db, 'read', nurses)).toEqual({ added: true });
    expect(await db.bundles.get(READER_BUNDLES.read.id)).toMatchObject({ articleCount: 1 });
  });
});
