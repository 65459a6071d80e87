import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract';
import { near } from './near';

const figure = (sentence: string) => {
  const [claim] = extractClaims(sentence);
  if (!claim) throw new Error(`no figure read in: ${sentence}`);
  return claim;
};

describe('two figures near enough to be one quantity told wrong (near)', () => {
  it('holds up to twice the smaller figure, either way round', () => {
    const forty = figure('The floods killed 40 people.');
    expect(near(forty, figure('The floods killed 80 people.'))).toBe(true);
    expect(near(figure('The floods killed 81 people.'), forty)).toBe(false);
  });

  it('brings lengths told in two units to one before comparing them', () => {
    const strike = figure('The strike lasted seven weeks.');
    expect(near(strike, figure('The strike lasted 90 days.'))).toBe(true);
    expect(near(strike, figure('It was the first strike in 16 years.'))).toBe(false);
  });

  it('allows a wider factor when a rule asks for one', () => {
    const toll = figure('The landslide killed 600 people.');
    expect(near(toll, figure('The landslide killed 2,000 people.'))).toBe(false);
    expect(near(toll, figure('The landslide killed 2,000 people.'), 3.5)).toBe(true);
    expect(near(toll, figure('The landslide killed 2,200 people.'), 3.5)).toBe(false);
  });
});
