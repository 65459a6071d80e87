import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract';
import { convertsTo, sameStated } from './interval';

const figure = (sentence: string) => {
  const [claim] = extractClaims(sentence);
  if (!claim) throw new Error(`no figure read in: ${sentence}`);
  return claim;
};

describe('a measure converted to another unit (convertsTo)', () => {
  it('rounds to the figure at the digits it is written with', () => {
    expect(convertsTo(figure('The quake struck 34.8 kilometres deep.'), figure('It struck about 22 miles deep.'))).toBe(
      true,
    );
    expect(convertsTo(figure('The quake struck 34.8 kilometres deep.'), figure('It struck about 21 miles deep.'))).toBe(
      false,
    );
  });

  it('reads a figure written without a digit before its point', () => {
    expect(convertsTo(figure('The second blast was one kilometre away.'), figure('It was .6 miles away.'))).toBe(true);
    expect(convertsTo(figure('The second blast was one kilometre away.'), figure('It was .7 miles away.'))).toBe(false);
  });

  it("takes the zeros of a large figure kept to two or more digits as the conversion's rounding", () => {
    expect(convertsTo(figure('The blast was 700 metres from the gate.'), figure('It was 2,300 feet away.'))).toBe(true);
    expect(convertsTo(figure('The wall stands 1,520 metres up.'), figure('The wall stands 5,000 feet up.'))).toBe(
      false,
    );
  });

  it('never a figure under a thousand, nor one digit before its zeros', () => {
    expect(convertsTo(figure('Winds reached 94 mph.'), figure('Winds reached 150 km/h.'))).toBe(false);
    expect(convertsTo(figure('Winds reached 93 mph.'), figure('Winds reached 150 km/h.'))).toBe(true);
    expect(convertsTo(figure('The peak rises 1,300 metres.'), figure('The peak rises 4,000 feet.'))).toBe(false);
  });

  it('reads "m" after a measure in metres as the unit, not a million', () => {
    const metres = (sentence: string) => extractClaims(sentence).find((c) => c.quantity.unit === 'm')!;
    const feet = figure('The car sank in about 30 feet of water.');
    expect(convertsTo(feet, metres('The car lay in about 33 feet (9.1m) of water.'))).toBe(true);
    expect(convertsTo(feet, metres('The car lay in about 33 feet (9.8m) of water.'))).toBe(false);
  });

  it('reads a whole number in words to the unit', () => {
    expect(convertsTo(figure('The strike lasted 46 days.'), figure('The strike lasted nearly two months.'))).toBe(true);
  });
});

describe('a range converted to another unit (sameStated)', () => {
  it('states the same range when each end rounds to the other as it is written', () => {
    const metres = figure('The debris lay six to eight metres deep.');
    expect(sameStated(figure('The debris lay 20 to 26 feet deep.'), metres)).toBe(true);
    expect(sameStated(figure('The debris lay 20 to 30 feet deep.'), metres)).toBe(false);
  });
});

describe("a bound at one end of the other's range (sameStated)", () => {
  it('states that end whatever spelling each gives the unit', () => {
    const range = figure('The river is forecast to rise between 4 and 9 feet.');
    expect(sameStated(figure('The river may rise as much as 9 ft.'), range)).toBe(true);
    expect(sameStated(figure('The river may rise as much as 8 ft.'), range)).toBe(false);
    expect(sameStated(figure('The river may rise as much as 9 metres.'), range)).toBe(false);
  });
});
