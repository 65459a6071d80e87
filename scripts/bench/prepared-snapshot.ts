/**
 * `npx tsx scripts/bench/prepared-snapshot.ts [N]`: a SHA-256 of everything `prepareArticle` makes (rows, packs,
 * figure counts, topics) for the import bench's first N generated articles (2,000 unless told), the seed
 * bundle's and the tuning stories' articles, one hash per set; a change meant only to speed the analysis up
 * must leave them as they were. Prints the CPU time (process.cpuUsage) the preparing took per article, too.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NewArticle } from '../../lib/bundle/types';
import { hashArticles, prepareArticle, type HashedArticle } from '../../lib/corpus/prepare';
import { loadStories } from '../../test/support/story-score';
import { bundleArticles } from './generated-corpus';

const ROOT = resolve(import.meta.dirname, '../..');

/** The tuning stories' articles, corpus and checked, read as the eval reads them (loadStories); no holdout. */
function storyArticles(): NewArticle[] {
  return loadStories(ROOT)
    .filter(({ story }) => !story.holdout)
    .flatMap(({ story }) => [...story.corpus, ...story.checked])
    .map((a) => ({
      title: a.title,
      url: a.url,
      outlet: a.outlet,
      published: a.published,
      text: a.text,
      origin: 'story',
    }));
}

function seedArticles(): NewArticle[] {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'public/seed-bundle.json'), 'utf8')) as { articles: NewArticle[] };
  return bundle.articles.map((a) => ({ ...a, origin: 'seed' }));
}

function generated(n: number): NewArticle[] {
  return [...bundleArticles(0, n)].map((a) => ({ ...a, origin: a.url! }));
}

const n = Number(process.argv[2] ?? 2000);
const sets: [string, HashedArticle[]][] = [
  [`generated ${n}`, await hashArticles(generated(n))],
  ['seeds', await hashArticles(seedArticles())],
  ['stories', await hashArticles(storyArticles())],
];
for (const [name, hashed] of sets) {
  const hash = createHash('sha256');
  const start = process.cpuUsage();
  const prepared = hashed.map(prepareArticle);
  const cpu = process.cpuUsage(start);
  for (const p of prepared) hash.update(JSON.stringify(p) + '\n');
  const ms = (cpu.user + cpu.system) / 1000 / hashed.length;
  console.log(
    `${name.padEnd(16)} ${String(hashed.length).padStart(5)} articles ${hash.digest('hex').slice(0, 16)} ${ms.toFixed(2)} ms CPU each`,
  );
}
