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

  it('reads a range whose first figure leaves its hyphen hanging ("a 12- to 15-foot wall") in the second end\'s unit', () => {
    const measures = (text: string) =>
      extractClaims(text).map((c) => [c.text, c.qualifier, c.low, c.high, c.quantity.unit]);
    expect(measures('Crews built a 12- to 15-foot wall along the river.')).toEqual([
      ['12- to 15-foot', 'range', 12, 15, 'foot'],
    ]);
    expect(measures('Negotiators expect two- or three-day talks in Geneva.')).toEqual([
      ['two- or three-day', 'range', 2, 3, 'day'],
    ]);
    // Joined by "and", the two are a list of measures, not a range.
    expect(figures('The club sells 5- and 10-kilometre race entries.').map(([, q]) => q)).toEqual(['exact', 'exact']);
  });
});
