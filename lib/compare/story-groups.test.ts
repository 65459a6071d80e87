import { describe, expect, it } from 'vitest';
import { groupByStory } from './story-groups';
import type { Match } from './types';

const match = (story: number, text: string) => ({ story, claim: { text } }) as unknown as Match;

describe('versions of one story', () => {
  it("folds them into one entry led by the first, keeping the engine's order", () => {
    const groups = groupByStory([match(1, 'a'), match(2, 'b'), match(1, 'c')]);
    expect(groups.map((g) => [g.lead.claim.text, g.versions.map((v) => v.claim.text)])).toEqual([
      ['a', ['c']],
      ['b', []],
    ]);
  });
});
