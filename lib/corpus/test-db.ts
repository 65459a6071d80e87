import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewArticle } from '../bundle/types';
import type { CorpusClaim } from '../compare/types';
import { openCorpus, type CorpusDb } from './db';
import { unpackClaims } from './pack';

/** The seed bundle the extension ships (its articles have no URL). */
export const seedBundle = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../public/seed-bundle.json'), 'utf8'),
) as {
  version: number;
  articles: Omit<NewArticle, 'url'>[];
};

/** A fresh database of its own for each test. */
export const freshCorpus = (): CorpusDb => openCorpus(`test-${crypto.randomUUID()}`);

export const article = (text: string, extra: Partial<NewArticle> = {}): NewArticle => ({
  title: text.slice(0, 20),
  outlet: 'Test',
  published: null,
  url: null,
  origin: 'test.json',
  text,
  ...extra,
});

/** Every row of every table, to compare a corpus before and after. */
export async function snapshot(db: CorpusDb) {
  return {
    bundles: await db.bundles.toArray(),
    articles: await db.articles.toArray(),
    packs: await db.packs.toArray(),
    postings: await db.postings.toArray(),
    sources: await db.sources.toArray(),
  };
}

/** Every stored claim, unpacked, in the order they were stored. */
export async function storedClaims(db: CorpusDb): Promise<CorpusClaim[]> {
  return (await db.packs.toArray()).flatMap(unpackClaims);
}
