import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract';
import { convertsTo } from './interval';

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

  it("takes the zeros of a figure kept to two or more digits as the conversion's rounding", () => {
    expect(convertsTo(figure('The blast was 700 metres from the gate.'), figure('It was 2,300 feet away.'))).toBe(true);
    expect(convertsTo(figure('The wall stands 1,520 metres up.'), figure('The wall stands 5,000 feet up.'))).toBe(
      false,
    );
  });

  it('never a whole number of one digit before its zeros: "40 miles" is no rounding of 60 km', () => {
    expect(convertsTo(figure('The town lies 60 kilometres away.'), figure('The town lies 40 miles away.'))).toBe(false);
    expect(convertsTo(figure('The town lies 64 kilometres away.'), figure('The town lies 40 miles away.'))).toBe(true);
  });
});
