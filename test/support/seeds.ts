import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile, SeedSource } from '../../lib/bundle/seed-bundle';
import { ROOT } from './demo-pages';

export const SEEDS_DIR = join(ROOT, 'test/fixtures/seeds');

/** The seed article files and their stated sources, as `buildSeedBundle` takes them. */
export function readSeeds(): { files: SeedFile[]; sources: Record<string, SeedSource> } {
  const files = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
  const sources = JSON.parse(readFileSync(join(SEEDS_DIR, 'sources.json'), 'utf8')) as Record<string, SeedSource>;
  return { files, sources };
}
