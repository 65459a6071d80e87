import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};
const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('general news: rules made from the third general spec set, told in sentences of our own', () => {
  it('reads a size after the figure as its bound: "four hours or longer", "20 metres or shorter"', () => {
    expect(read('Half the callers waited six hours or longer for an ambulance.', 'six hours')).toEqual([
      6,
      'at_least',
      'duration',
    ]);
    expect(read('Boats 12 metres or shorter may moor free.', '12 metres')).toEqual([12, 'at_most', 'other']);
  });

  it('reads a valuation as an estimate: "estimated at", "approximated at"', () => {
    expect(read('Storm damage was estimated at $40 million.', '$40 million')).toEqual([4e7, 'approx', 'money']);
    expect(read('Crop losses were approximated at 900 tonnes.', '900 tonnes')).toEqual([900, 'approx', 'other']);
  });

  it('reads a figure after a capitalised demonstrative or possessive as a count, not a name: "These 3 states"', () => {
    expect(read('These 12 schools will close early on Friday.', '12')).toEqual([12, 'exact', 'count']);
    expect(read('Their 40 members voted against.', '40')).toEqual([40, 'exact', 'count']);
    expect(texts('Apollo 11 landed in 1969.')).toEqual([]);
  });

  it('reads "continuous" between a figure and its time unit as part of the length: "21 continuous weeks"', () => {
    expect(read('The pumps ran for 9 continuous days.', '9 continuous days')).toEqual([9, 'exact', 'duration']);
  });

  it('scales a whole number and a half by the scale word after it: "one and a half million"', () => {
    expect(read('One and a half million voters stayed home.', 'One and a half million')).toEqual([
      1.5e6,
      'exact',
      'count',
    ]);
    expect(read('The port moved two and a half billion tonnes.', 'two and a half billion tonnes')[0]).toBe(2.5e9);
  });

  it('reads "up to" before a level risen to from an older one as no ceiling; before a later year it stays one', () => {
    expect(read('Orders are up to 4,100 units from 3,800 in May.', '4,100')).toEqual([4100, 'exact', 'count']);
    expect(read('Fines of up to $5,000 apply from 2026.', '$5,000')).toEqual([5000, 'at_most', 'money']);
    expect(read('Fines rise to up to $5,000 from 2026.', '$5,000')).toEqual([5000, 'at_most', 'money']);
  });

  it('reads no claim in three numbers or more hyphened together (a record, a formation, a grade)', () => {
    expect(texts('The coach retired with a 312-97-4 record after 30 seasons.')).toEqual(['30']);
    expect(texts('They switched to a 3-5-2 shape.')).toEqual([]);
    expect(read('Rents rose 4-6% in the suburbs.', '4-6%')).toEqual([4, 'range', 'percent']);
  });

  it('reads no claim in a set compound written with its digit: "3-pointers", "a 4-poster"', () => {
    expect(texts('She sank 7 of her 9 attempts, all 3-pointers.')).toEqual(['7', '9']);
    expect(texts('The inn has a 4-poster in every room.')).toEqual([]);
    expect(read('The team lost 3-pointer leader Diaz for 6 weeks.', '6 weeks')[0]).toBe(6);
  });
});
