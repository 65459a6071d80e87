import { expect, it } from 'vitest';
import { freshCorpus, seedBundle, storedClaims } from './test-db';
import type { ArticleRow } from './db';
import { exportJsonLines } from './export';
import { importBundle } from './import';
import { importBundleFile } from './import-file';
import { ensureSeedCorpus } from './seed';

const FIELDS = ['title', 'url', 'outlet', 'published', 'text', 'origin'] as const;
const fields = (rows: ArticleRow[]) => rows.map((r) => Object.fromEntries(FIELDS.map((f) => [f, r[f]])));

async function exported(db: ReturnType<typeof freshCorpus>, bundleId: string | null = null) {
  let text = '';
  for await (const chunk of exportJsonLines(db, bundleId)) text += chunk;
  return text;
}

it('exports the corpus as JSON Lines that imports back as the same articles', async () => {
  const db = freshCorpus();
  await ensureSeedCorpus(db, seedBundle);
  await importBundle(db, { name: 'mine.json', kind: 'import' }, [
    {
      title: 'Library budget',
      outlet: 'Gazette',
      published: '2024-03-05',
      url: 'https://gazette.example/a',
      origin: 'https://gazette.example/a',
      text: 'The council approved $12.4 million.\n\nIt was "late".',
    },
  ]);
  const jsonl = await exported(db);
  expect(jsonl.trim().split('\n')).toHaveLength(6);

  const copy = freshCorpus();
  const r = await importBundleFile(copy, new TextEncoder().encode(jsonl), 'corpus.jsonl', {
    readHtml: () => Promise.resolve([]),
  });
  expect(r.ok && r.result.added).toBe(6);
  expect(fields(await copy.articles.toArray())).toEqual(fields(await db.articles.toArray()));
  expect((await storedClaims(copy)).map(({ articleId: _a, ...c }) => c)).toEqual(
    (await storedClaims(db)).map(({ articleId: _a, ...c }) => c),
  );
});

it('exports one bundle', async () => {
  const db = freshCorpus();
  await ensureSeedCorpus(db, seedBundle);
  const { bundleId } = await importBundle(db, { name: 'mine.json', kind: 'import' }, [
    {
      title: 'Library budget',
      outlet: 'Gazette',
      published: null,
      url: null,
      origin: 'mine.json',
      text: 'The council approved $12.4 million.',
    },
  ]);
  expect(await exported(db, bundleId)).toBe(
    '{"title":"Library budget","outlet":"Gazette","text":"The council approved $12.4 million.","origin":"mine.json"}\n',
  );
});
