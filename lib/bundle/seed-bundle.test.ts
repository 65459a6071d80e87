import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseBundle } from './parse';
import { buildSeedBundle, serializeBundle } from './seed-bundle';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'test/fixtures/seeds');
const committed = readFileSync(join(ROOT, 'public/seed-bundle.json'), 'utf8');

it('public/seed-bundle.json is what `npm run seed-bundle` generates from the seeds', () => {
  const files = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }));
  expect(serializeBundle(buildSeedBundle(files))).toBe(committed);
});

it('the seed bundle is a valid bundle whose origins are the seed file names', () => {
  const r = parseBundle(committed, 'seed-bundle.json');
  expect(r.ok).toBe(true);
  expect(r.ok && r.articles.map((a) => a.origin)).toEqual(
    readdirSync(SEEDS)
      .filter((n) => n.endsWith('.txt'))
      .sort(),
  );
});
