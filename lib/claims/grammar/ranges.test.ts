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

  it('reads a signed share, "to" and an unsigned share as a move and the level it reached, not a range', () => {
    expect(figures('Bookings at the resort chain rose (+6.2% to 48.9%) over the summer.')).toEqual([
      ['6.2%', 'exact', 6.2, 6.2],
      ['48.9%', 'exact', 48.9, 48.9],
    ]);
    expect(figures('Attendance at the league fell sharply (-7.4% to 61.0%) after the strike.')).toEqual([
      ['-7.4%', 'exact', -7.4, -7.4],
      ['61.0%', 'exact', 61, 61],
    ]);
    // A range across zero has ends of like size, and one of degrees stays a range whatever its sign.
    expect(figures('Economists see growth of -0.5% to 1% next year.')).toEqual([['-0.5% to 1%', 'range', -0.5, 1]]);
    expect(figures('Overnight lows will be -5 to 3 degrees in the valleys.').map(([, q]) => q)).toEqual(['range']);
  });

  it('gives a range the scale named after its second end ("6.8-7.0 on the Richter scale")', () => {
    const kinds = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.kind, c.quantity.unit]);
    expect(kinds('Early estimates put the tremor at 6.8-7.0 on the Richter scale.')).toEqual([
      ['6.8-7.0', 'range', 'other', 'magnitude'],
    ]);
  });
});
