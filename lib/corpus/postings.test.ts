import { expect, it } from 'vitest';
import { freshCorpus } from './test-db';
import { generator } from '../../test/support/generate';
import type { CorpusHit } from '../compare/types';
import { corpusClaimsOf } from './article-claims';
import { deleteArticle } from './delete-article';
import { DexieCorpus } from './dexie-corpus';
import { importBundle } from './import';
import { MemoryCorpus } from './memory-corpus';
import { RUN } from './postings';

it('answers every lookup across several runs as the memory corpus does: the latest claims of each key first', async () => {
  const g = generator(7);
  const articles = Array.from({ length: 2 * RUN + 40 }, (_, i) => ({
    title: `Report ${i}`,
    outlet: 'Generated',
    published: null,
    url: `https://example.org/${i}`,
    origin: 'generated.jsonl',
    text: g.article(6),
  }));
  const db = freshCorpus();
  await importBundle(db, { name: 'generated.jsonl', kind: 'import' }, articles);
  expect(await db.postings.count()).toBe(3);
  const stored = new DexieCorpus(db);
  const memory = new MemoryCorpus(articles);
  // The memory corpus numbers articles from 0, IndexedDB from 1.
  const shift = (hits: CorpusHit[]) =>
    hits.map((h) => ({
      claim: { ...h.claim, articleId: h.claim.articleId + 1 },
      source: { ...h.source, articleId: h.source.articleId + 1 },
    }));
  const claims = articles.flatMap((a) => corpusClaimsOf(0, a.text));
  const keys = [...new Set(claims.map((c) => c.key))];
  const figureKeys = [...new Set(claims.map((c) => c.figureKey))];
  // Keys filed more often than a lookup reads, so its cap and the order across runs decide.
  expect(keys.filter((k) => claims.filter((c) => c.key === k).length > 7).length).toBeGreaterThan(50);
  for (const perKey of [1, 7, 50]) {
    expect(await stored.claimsByKeys(keys, perKey)).toEqual(shift(await memory.claimsByKeys(keys, perKey)));
    expect(await stored.claimsByFigureKeys(figureKeys, perKey)).toEqual(
      shift(await memory.claimsByFigureKeys(figureKeys, perKey)),
    );
  }

  // A deleted article's claims give way to the next latest under each of its keys.
  const last = articles.length;
  const ofLast = [...new Set(corpusClaimsOf(0, articles.at(-1)!.text).map((c) => c.key))];
  await deleteArticle(db, last);
  const rest = new MemoryCorpus(articles.slice(0, -1));
  expect(await new DexieCorpus(db).claimsByKeys(ofLast, 7)).toEqual(shift(await rest.claimsByKeys(ofLast, 7)));
}, 60_000);
