import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSeeds, SEED_TARGETS } from '../support/seed-score';

// Keeps the engine's figures on the seed gold from sliding back below the targets.
describe('engine on the seed gold annotation', async () => {
  const score = await scoreSeeds(resolve(import.meta.dirname, '../..'));
  for (const [name, target] of Object.entries(SEED_TARGETS)) {
    it(`${name} meets its target`, () => {
      const value = score[name as keyof typeof SEED_TARGETS];
      if ('min' in target) expect(value).toBeGreaterThanOrEqual(target.min);
      else expect(value).toBeLessThanOrEqual(target.max);
    });
  }
});
