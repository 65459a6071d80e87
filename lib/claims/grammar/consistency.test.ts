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
  bounds.BOUNDS_BEFORE.push({ phrase: 'in the region of', bound: 'approx', reason: 'test' });
  bounds.BOUNDS_AFTER.push({ phrase: 'or thereabouts', bound: 'approx', reason: 'test' });
  bounds.GLUED_BOUNDS_AFTER.push({ phrase: '-odd', bound: 'approx', reason: 'test' });
  const units = await import('./units');
  units.MEASURES.push({ word: 'furlong', family: 'm', factor: 201.168, reason: 'test' });
  units.PERCENT_FORMS.push({ word: 'percentum', unit: '%', reason: 'test' });
  const currencies = await import('./currencies');
  currencies.CURRENCY_SIGNS.push({ word: '₴', currency: 'uah', reason: 'test' });
  currencies.CURRENCY_CODES.push({ word: 'uah', currency: 'uah', after: true, reason: 'test' });
  currencies.CURRENCY_NAMES.push({ word: 'hryvnias', currency: 'uah', reason: 'test' });
  const events = await import('./events');
  events.EVENT_FORMS.push({ event: 'release', forms: 'liberated', reason: 'test' });
  const rates = await import('./rates');
  rates.RATE_ADVERBS.push({ word: 'biweekly', per: 'fortnight', reason: 'test' });
  const durations = await import('./durations');
  durations.DURATION_TABLE.push({ word: 'semester', days: 182, long: true, article: true, reason: 'test' });
  durations.TIME_REFERENCES.push({ word: 'hence', reason: 'test' });
  const vague = await import('./vague');
  vague.VAGUE_AMOUNTS.push({ words: 'oodles', low: 2, high: 900, needsOf: true, reason: 'test' });
  const scope = await import('./scope');
  scope.PLAN_MARKERS.push({ word: 'intends to', reason: 'test' });
  scope.CUMULATIVE_MARKERS.push({ word: 'all told', reason: 'test' });
  const periods = await import('./periods');
  periods.PERIOD_NOUNS.push({ word: 'blackout', means: 'blackout', total: 'span', reason: 'test' });
  const phrase = await import('./phrase');
  phrase.DETERMINERS.push({ word: 'thy', reason: 'test' });
  const ranges = await import('./ranges');
  ranges.RANGE_JOINS.push({ word: '‒', reason: 'test' });
  const signs = await import('./signs');
  signs.NEGATIVE_WORDS.push({ word: 'negative', reason: 'test' });
  ({ extractClaims } = await import('../extract'));
  ({ mayHoldFigure } = await import('../../../extension/page/figure-hint'));
});

/** The one claim of a text, which the page's figure hint must also send to be checked. */
const only = (text: string) => {
  expect(mayHoldFigure(text), `figure hint: ${text}`).toBe(true);
  const claims = extractClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe('a new table entry reaches every matcher', () => {
  it('a bound before the figure', () => {
    expect(only('In the region of 300 people came.')).toMatchObject({ value: 300, qualifier: 'approx' });
  });

  it('a bound after the figure, whatever letter it starts with, spaced or glued', () => {
    expect(only('There were 300 or thereabouts.')).toMatchObject({ value: 300, qualifier: 'approx' });
    expect(only('There were 300-odd.')).toMatchObject({ value: 300, qualifier: 'approx' });
  });

  it('a unit, spaced, plural, hyphenated and glued', () => {
    for (const text of ['She ran 5 furlongs.', 'a 5-furlong race', 'a 5furlong sprint'])
      expect(only(text).quantity.unit, text).toBe('furlong');
  });

  it('a percent form', () => {
    expect(only('Inflation was 5 percentum.')).toMatchObject({ kind: 'percent', quantity: { unit: '%' } });
  });

  it('a currency sign, code and name, before and after the sum, in a range and in a change', () => {
    for (const text of ['The loan was ₴40 million.', 'The loan was UAH 40 million.', 'The loan was 40 million UAH.'])
      expect(only(text), text).toMatchObject({ kind: 'money', value: 40e6, quantity: { unit: 'uah' } });
    expect(only('The fine was 500 hryvnias.')).toMatchObject({ kind: 'money', quantity: { unit: 'uah' } });
    expect(only('Fares cost between ₴5 and ₴7.')).toMatchObject({ qualifier: 'range', low: 5, high: 7 });
    // A change from one sum to another is two figures, not a range.
    expect(extractClaims('The fare rose from ₴5 to ₴7.').map((c) => c.value)).toEqual([5, 7]);
  });

  it('an event synonym', () => {
    expect(only('The army liberated 40 prisoners.').quantity.event).toBe('release');
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

  it('a time reference after a length of time', () => {
    expect(extractClaims('The plant closes two years hence.')).toEqual([]);
  });

  it('a vague amount', () => {
    expect(only('Oodles of fans waited.')).toMatchObject({ low: 2, high: 900, qualifier: 'range' });
  });

  it('scope markers: a plan, a running total, a period', () => {
    expect(only('The firm intends to hire 300 staff.').quantity.scope).toBe('plan');
    expect(only('All told, 300 homes were flooded.').quantity.scope).toBe('cumulative');
    expect(only('In the blackout, 12 people died.').quantity).toMatchObject({
      scope: 'cumulative',
      anchor: 'during blackout',
    });
  });

  it('a determiner of the counted phrase', () => {
    expect(only('Five of thy soldiers fell.').quantity.counted).toBe('soldiers');
  });

  it('a range join', () => {
    expect(only('It employs 10‒20 people.')).toMatchObject({ qualifier: 'range', low: 10, high: 20 });
  });

  it('a sign word', () => {
    expect(only('The temperature was negative 5 degrees.').value).toBe(-5);
  });

  it("and the page's figure hint, for entries read without a digit", () => {
    for (const text of ['a semester-long course', 'for a semester', 'trains run biweekly', 'oodles of fans'])
      expect(mayHoldFigure(text), text).toBe(true);
  });
});
