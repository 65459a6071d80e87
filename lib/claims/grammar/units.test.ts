import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const measures = (text: string) => extractClaims(text).map((c) => [c.text, c.kind, c.quantity.unit]);

describe('a unit named as what a form of "be" states the figure of (UNITS_BEFORE)', () => {
  it('gives the figure the unit, what it is the unit of named between them or not', () => {
    expect(measures('The magnitude of the largest aftershock was 6.1, the survey said.')).toEqual([
      ['6.1', 'other', 'magnitude'],
    ]);
    expect(measures('Its magnitude was 5.4, according to the observatory.')).toEqual([['5.4', 'other', 'magnitude']]);
    expect(measures('The tremor, whose magnitude was about 4.8, rattled windows in the port.')).toEqual([
      ['4.8', 'other', 'magnitude'],
    ]);
  });

  it('leaves a figure the unit never takes to be the size of something else', () => {
    expect(measures('The magnitude of the losses was 40,000 jobs, the union said.')).toEqual([['40,000', 'count', '']]);
  });
});
