import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const figures = (text: string) => extractClaims(text).map((c) => [c.text, c.value, c.kind]);

describe('numbers and their scale words (atoms.ts)', () => {
  it('reads a scale hyphened to a currency before a plural as the size of each thing the figure counts', () => {
    expect(figures('The county approved 14 million-dollar road projects.')).toEqual([['14', 14, 'count']]);
    expect(figures('Brussels signed two billion-euro loans with Kyiv.')).toEqual([['two', 2, 'count']]);
    // Told as a sum, or as the size of one thing, the scale is the figure's.
    expect(figures('The club paid 5 million dollars.')).toEqual([['5 million dollars', 5000000, 'money']]);
    expect(figures('A 5 million-dollar mansion sits empty.')).toEqual([['5 million-dollar', 5000000, 'money']]);
  });

  it('reads a fraction told again in brackets before its "of" as a share', () => {
    const [share, again] = extractClaims('Nearly two thirds (64%) of the members voted.');
    expect([share?.text, share?.kind, again?.text]).toEqual(['two thirds', 'percent', '64%']);
    expect(share?.value).toBeCloseTo(200 / 3);
  });

  it('reads "T" glued to a sum or before a currency\'s name as trillions, and nowhere else', () => {
    expect(figures('Apple closed the day worth $3.41T, ahead of Microsoft.')).toEqual([['$3.41T', 3.41e12, 'money']]);
    expect(figures('The fund now manages €1.2T in assets.')).toEqual([['€1.2T', 1.2e12, 'money']]);
    // A currency named after it is as good as a sign before it.
    expect(figures('The province owes 2.4t yuan to its banks.')).toEqual([['2.4t yuan', 2.4e12, 'money']]);
    expect(figures('Members pledged 1.5T euros to the fund.')).toEqual([['1.5T euros', 1.5e12, 'money']]);
    // After a bare figure "t" is no scale: a model, a weight.
    expect(figures('The 4T model sold well.').map(([, value]) => value)).not.toContain(4e12);
    expect(figures('Crews hauled 12t of debris.').map(([, value]) => value)).not.toContain(12e12);
  });
});
