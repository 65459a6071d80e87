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

describe('units of measure read after a figure', () => {
  it('reads a "t" glued to a figure as tonnes ("94,900t"), and a "t" after a currency as trillions', () => {
    expect(measures('The smelter shipped 48,300t of zinc in the quarter.')).toEqual([['48,300t', 'other', 't']]);
    expect(measures('A 44t lorry blocked the bridge.')).toEqual([['44t', 'other', 't']]);
    expect(measures('Public debt passed $2.1t last year.').map(([, kind]) => kind)).toEqual(['money']);
  });

  it('reads volts and kilovolts as an electric potential, a measure', () => {
    expect(measures('The cable carries 33,000 volts under the estuary.')).toEqual([['33,000 volts', 'other', 'volt']]);
    expect(measures('A new 275 kV line will link the wind farm.')).toEqual([['275 kV', 'other', 'kv']]);
  });
});
