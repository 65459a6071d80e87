import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** Sentences written for these tests, across the news: each weak spot read as a claim with its value, or left out. */
const claims = (text: string) => extractClaims(text).map((c) => ({ text: c.text, value: c.value, kind: c.kind }));
const only = (text: string) => {
  const found = extractClaims(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('ranges, vague amounts and ages', () => {
  it('reads a range with the unit only on its second end', () => {
    expect(only('Waves of 3 to 4.5 metres battered the pier.')).toMatchObject({ low: 3, high: 4.5, kind: 'other' });
    expect(only('Athletes burn 1500 - 1800 calories in a race.')).toMatchObject({ low: 1500, high: 1800 });
  });

  it('reads vague amounts as the interval their words allow', () => {
    expect(only('Dozens of flights were cancelled.')).toMatchObject({ low: 24, high: 96, qualifier: 'range' });
    expect(only('Hundreds of homes lost power.')).toMatchObject({ low: 200, high: 900 });
    expect(only('Tens of thousands of fans lined the route.')).toMatchObject({ low: 20000, high: 90000 });
    expect(only('Scores of pupils were sent home.')).toMatchObject({ low: 40, high: 180 });
    expect(extractClaims('Her test scores improved.')).toEqual([]);
  });

  it("reads the age of a thing as a duration, and leaves people's ages and page furniture out", () => {
    expect(only('Divers found a 2,000-year-old shipwreck.')).toMatchObject({ value: 2000, kind: 'duration' });
    expect(extractClaims('A 34-year-old woman was charged.')).toEqual([]);
    expect(extractClaims('Photo 1 of 12')).toEqual([]);
  });
});

describe('scales, signs and currencies', () => {
  it('tells millions from metres', () => {
    expect(only('The final drew 4.1m viewers.')).toMatchObject({ value: 4.1e6, kind: 'count' });
    expect(only('The series averaged 6.2m.')).toMatchObject({ value: 6.2e6 });
    expect(only('She won the 400m race.').quantity.unit).toBe('m');
  });

  it('reads signs before and after a currency', () => {
    expect(only('The fund lost $-12.4bn.')).toMatchObject({ value: -12.4e9, kind: 'money' });
    expect(only('Shares closed -0.4% lower.')).toMatchObject({ value: -0.4, kind: 'percent' });
  });

  it('reads currency codes and prefixes, glued or spaced', () => {
    expect(only('The club paid EUR40m for him.')).toMatchObject({ value: 4e7, quantity: { unit: 'eur' } });
    expect(only('Profit was $A12.5 million.')).toMatchObject({ value: 1.25e7, quantity: { unit: 'aud' } });
    expect(only('Profit was $US65.8 million.')).toMatchObject({ value: 6.58e7, quantity: { unit: 'usd' } });
    expect(only('A coffee costs S$3.20 there.')).toMatchObject({ value: 3.2, quantity: { unit: 'sgd' } });
    expect(only('The state set aside INR 500 crore.')).toMatchObject({ value: 5e9, quantity: { unit: 'inr' } });
    expect(only('The order was worth ₹3,745 cr.')).toMatchObject({ value: 3.745e10 });
  });

  it('reads scientific notation, bare decimals, fractions and thousands set apart by spaces', () => {
    expect(only('A mole holds 6.02×10^23 atoms.').value).toBeCloseTo(6.02e23, -20);
    expect(only('The rate is .05 per cent.')).toMatchObject({ value: 0.05, kind: 'percent' });
    expect(only('Stir in 3/8 of a cup.').value).toBe(0.375);
    expect(only('The path is 1⁄4 mile long.')).toMatchObject({ value: 0.25, quantity: { unit: 'mile' } });
    // A whole and a fraction joined by a hyphen, as central banks and wires write rates and old share prices.
    expect(only('The lender cut its base rate to 3-3/4 percent.')).toMatchObject({ value: 3.75, kind: 'percent' });
    expect(only('One fifth of pupils were absent.')).toMatchObject({ value: 20, kind: 'percent' });
    expect(only('About 41 000 people live nearby.')).toMatchObject({ value: 41000 });
  });
});

describe('units', () => {
  it('reads units glued to the figure, hyphenated or after a plus sign', () => {
    expect(claims('Plans offer 250Mbps with a 3.2GHz chip and a 5000mAh battery.').map((c) => c.kind)).toEqual([
      'other',
      'other',
      'other',
    ]);
    expect(only('It has a 6.7-inch screen.').quantity.unit).toBe('inch');
    expect(only('Gusts reached 130+ mph.')).toMatchObject({
      value: 130,
      qualifier: 'at_least',
      quantity: { unit: 'mph' },
    });
    expect(only('Flats of sub-500 sq ft are common.').quantity.unit).toBe('sq ft');
    expect(extractClaims('Streams run at 1080p.')).toEqual([]);
  });

  it('reads temperatures, magnitudes and depths', () => {
    expect(claims('It hit 41°C in Rome and 106°F in Dallas.').map((c) => c.value)).toEqual([41, 106]);
    expect(only('A magnitude 6.1 quake struck.')).toMatchObject({ kind: 'other', quantity: { unit: 'magnitude' } });
    expect(only('The quake had a magnitude of 5.4.').quantity.unit).toBe('magnitude');
    expect(only('Sensors logged M6.3 offshore.')).toMatchObject({ value: 6.3, quantity: { unit: 'magnitude' } });
    expect(only('A 5.9-magnitude tremor hit.').quantity.unit).toBe('magnitude');
  });
});

describe('numbers that are not claims', () => {
  it.each([
    'Airlines grounded the Boeing 787 fleet.',
    'The laptop runs Windows 11.',
    'The Nasdaq 100 closed higher.',
    'Leaders met at the G20 summit.',
    'A category 3 storm is coming.',
    'The Raspberry Pi Zero is popular.',
    'Update to OS X 10.10.3 now.',
    'The fair runs Oct. 3-5.',
    'The eruption came in A.D. 79.',
    'The talks resume at 1730 GMT.',
    "The band formed in the summer of '91.",
    'Arsenal beat Chelsea 3-1 on Sunday.',
    "He scored in the 22' minute.",
    'Yields on 10-year Treasuries rose.',
    'The S&P/ASX 200 Index rose.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
