import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../test/support/demo-pages';
import { readSeeds } from '../../test/support/seeds';
import { parseBundle } from './parse';
import { buildSeedBundle, serializeBundle } from './seed-bundle';

const committed = readFileSync(join(ROOT, 'public/seed-bundle.json'), 'utf8');
const { files, sources } = readSeeds();

it('public/seed-bundle.json is what `npm run seed-bundle` generates from the seeds', () => {
  expect(serializeBundle(buildSeedBundle(files, sources))).toBe(committed);
});

it('the seed bundle is a valid bundle whose origins are the seed file names', () => {
  const r = parseBundle(committed, 'seed-bundle.json');
  expect(r.ok).toBe(true);
  expect(r.ok && r.articles.map((a) => a.origin)).toEqual(files.map((f) => f.name).sort());
});

it('every seed names its outlet, title and date, and no field is a file name', () => {
  const r = parseBundle(committed, 'seed-bundle.json');
  if (!r.ok) throw new Error('the seed bundle does not parse');
  for (const article of r.articles) {
    expect(article.outlet).toMatch(/\p{L}{3}/u);
    expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}/);
    for (const field of [article.outlet, article.title, article.url ?? ''])
      expect(field).not.toContain(article.origin.replace(/\.txt$/, ''));
  }
});

it('a seed without a stated source is refused rather than named after its file', () => {
  expect(() => buildSeedBundle([{ name: 'x.txt', text: 'Some 30 people came.' }], {})).toThrow(/x\.txt/);
});
