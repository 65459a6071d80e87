import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../types';

/**
 * Every matcher is made from the grammar's tables: a word added to a table reaches the engine and the
 * page's figure hint with no other edit. Each test adds entries no table has, then loads the engine anew.
 */
let extractClaims: (text: string) => Claim[];
let mayHoldFigure: (text: string) => boolean;

beforeAll(async () => {
  vi.resetModules();
  const bounds = await import('./bounds');
  bounds.BOUNDS_BEFORE.push({ phrase: 'a tad over', bound: 'at_least', reason: 'test' });
  bounds.BOUNDS_AFTER.push({ phrase: 'or thereabouts', bound: 'approx', reason: 'test' });
  const units = await import('./units');
  units.MEASURES.push({ word: 'furlong', family: 'm', factor: 201.168, reason: 'test' });
  const rates = await import('./rates');
  rates.RATE_ADVERBS.push({ word: 'biweekly', per: 'fortnight', reason: 'test' });
  const durations = await import('./durations');
  durations.DURATION_TABLE.push({ word: 'semester', days: 182, long: true, article: true, reason: 'test' });
  const vague = await import('./vague');
  vague.VAGUE_AMOUNTS.push({ words: 'oodles', low: 2, high: 900, needsOf: true, reason: 'test' });
  ({ extractClaims } = await import('../extract'));
  ({ mayHoldFigure } = await import('../../../extension/page/figure-hint'));
});

const only = (text: string) => {
  const claims = extractClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe('a new table entry reaches every matcher', () => {
  it('a bound before the figure', () => {
    expect(only('A tad over 300 people came.')).toMatchObject({ value: 300, qualifier: 'at_least' });
  });

  it('a bound after the figure, whatever letter it starts with', () => {
    expect(only('There were 300 or thereabouts.')).toMatchObject({ value: 300, qualifier: 'approx' });
  });

  it('a unit, spaced, plural, hyphenated and glued', () => {
    for (const text of ['She ran 5 furlongs.', 'a 5-furlong race', 'a 5furlong sprint'])
      expect(only(text).quantity.unit, text).toBe('furlong');
  });

  it('a rate word', () => {
    expect(only('The line runs 20 trains biweekly.')).toMatchObject({
      kind: 'rate',
      quantity: { unit: 'per fortnight' },
    });
  });

  it('a duration word, with a number and without', () => {
    expect(only('The course lasts three semesters.')).toMatchObject({
      kind: 'duration',
      quantity: { unit: 'semester' },
    });
    expect(only('a semester-long course')).toMatchObject({ kind: 'duration', value: 1 });
    expect(only('She studied there for a semester.')).toMatchObject({ kind: 'duration', value: 1 });
  });

  it('a vague amount', () => {
    expect(only('Oodles of fans waited.')).toMatchObject({ low: 2, high: 900, qualifier: 'range' });
  });

  it("and the page's figure hint", () => {
    for (const text of ['a semester-long course', 'for a semester', 'trains run biweekly', 'oodles of fans'])
      expect(mayHoldFigure(text), text).toBe(true);
  });
});
