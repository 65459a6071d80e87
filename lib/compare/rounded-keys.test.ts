import { describe, expect, it } from 'vitest';
import { roundedKey, roundedKeysOf, roundedValues, roundingLookupKeys } from './rounded-keys';

describe("the figure keys of a writer's rounding", () => {
  it('rounds a figure to fewer decimals, and a whole figure of thousands to a step that moves it a twentieth at most', () => {
    expect(roundedValues(14.58)).toEqual([14.6, 15]);
    expect(roundedValues(94.95)).toEqual([95]);
    expect(roundedValues(7991)).toEqual([8000]);
    expect(roundedValues(4671021).sort()).toEqual([4670000, 4671000, 4700000]);
    expect(roundedValues(150)).toEqual([]);
    expect(roundedValues(8000)).toEqual([]);
  });

  it("files a finer figure under the rounded keys a coarser figure's lookup reads, and looks up the coarser figures", () => {
    expect(roundedKeysOf('percent|11.3')).toEqual(['percent|~11']);
    expect(roundingLookupKeys('percent|11')).toEqual([roundedKey('percent|11')]);
    expect(roundingLookupKeys('percent|41.62')).toEqual(['percent|~41.62', 'percent|41.6', 'percent|42']);
  });
});
