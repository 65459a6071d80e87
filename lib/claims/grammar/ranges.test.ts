import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const figures = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.low, c.high]);

describe('ranges (ranges.ts)', () => {
  it('reads "anywhere from X to Y" as a range even after a verb of change', () => {
    expect(figures('Rents went up anywhere from 4% to 9% across the county.')).toEqual([['4% to 9%', 'range', 4, 9]]);
    expect(figures('The repair will go on for anywhere from two to three weeks.')).toEqual([
      ['two to three weeks', 'range', 2, 3],
    ]);
    // "from X to Y" after a verb of change stays a move between two figures.
    expect(figures('Rents went up from 4% to 9%.')).toEqual([
      ['4%', 'exact', 4, 4],
      ['9%', 'exact', 9, 9],
    ]);
  });
});
