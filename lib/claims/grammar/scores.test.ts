import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('scores and tallies (scores.ts)', () => {
  it('reads "4-from-17" as a tally of made against tried, two counts, as "8-of-16" is', () => {
    expect(texts('The guard finished with 11 points on 4-from-17 shooting.')).toEqual(['11', '4', '17']);
    expect(texts('Their goal kicker went 3-from-5 before half-time.')).toEqual(['3', '5']);
  });
});
