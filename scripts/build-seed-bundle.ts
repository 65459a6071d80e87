// Writes public/seed-bundle.json from the seed articles in test/fixtures/seeds and their stated sources.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSeedBundle, serializeBundle } from '../lib/bundle/seed-bundle';
import { ROOT } from '../test/support/demo-pages';
import { readSeeds } from '../test/support/seeds';

const { files, sources } = readSeeds();
const out = join(ROOT, 'public/seed-bundle.json');
writeFileSync(out, serializeBundle(buildSeedBundle(files, sources)));
console.log(`wrote ${out} (${files.length} articles)`);
