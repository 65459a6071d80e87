// Writes public/seed-bundle.json from the seed articles in test/fixtures/seeds.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSeedBundle, serializeBundle } from '../lib/bundle/seed-bundle';

const root = resolve(import.meta.dirname, '..');
const seeds = join(root, 'test/fixtures/seeds');
const files = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(join(seeds, name), 'utf8') }));
const out = join(root, 'public/seed-bundle.json');
writeFileSync(out, serializeBundle(buildSeedBundle(files)));
console.log(`wrote ${out} (${files.length} articles)`);
