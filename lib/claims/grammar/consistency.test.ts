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
  bounds.BOUNDS_BEFORE.push({ phrase: 'in the neighbourhood of', bound: 'approx', reason: 'test' });
  bounds.BOUNDS_AFTER.push({ phrase: 'or thereabouts', bound: 'approx', reason: 'test' });
  bounds.GLUED_BOUNDS_AFTER.push({ phrase: '-odd', bound: 'approx', reason: 'test' });
  bounds.SPANS_BEFORE_DURATION.push({ word: 'north of', reason: 'test' });
  bounds.BOUNDS_AFTER.push({ phrase: '(roughly)', bound: 'approx', reason: 'test' });
  bounds.OVER_TIME_AS_FLOOR.push({ word: 'queued', reason: 'test' });
  const units = await import('./units');
  units.MEASURES.push({ word: 'furlong', family: 'm', factor: 201.168, reason: 'test' });
  units.PERCENT_FORMS.push({ word: 'percentum', unit: '%', reason: 'test' });
  units.UNITS_BEFORE.push({ word: 'intensity', unit: 'intensity', reason: 'test' });
  units.ARTICLE_CHANGES.push({ word: 'rating notch', kind: 'percent', unit: 'notch', reason: 'test' });
  units.TEMPERATURE_LEADS.push({ word: 'peak of', reason: 'test' });
  units.WEATHER_CUES.push({ word: 'sweltering', reason: 'test' });
  const currencies = await import('./currencies');
  currencies.CURRENCY_SIGNS.push({ word: '₾', currency: 'gel', reason: 'test' });
  currencies.CURRENCY_CODES.push({ word: 'gel', currency: 'gel', after: true, reason: 'test' });
  currencies.CURRENCY_CODES.push({ word: 'ush', currency: 'ugx', written: 'USh', cased: true, reason: 'test' });
  currencies.CURRENCY_NAMES.push({ word: 'laris', currency: 'gel', reason: 'test' });
  currencies.LETTER_SIGNS.push({ word: 'K', currency: 'zmw', reason: 'test' });
  const events = await import('./events');
  events.EVENT_FORMS.push({ event: 'release', forms: 'liberated', reason: 'test' });
  const rates = await import('./rates');
  rates.RATE_ADVERBS.push({ word: 'biweekly', per: 'fortnight', reason: 'test' });
  rates.PRICE_UNITS.push({ word: 'carat', reason: 'test' });
  const changes = await import('./changes');
  changes.CHANGE_FROM_VERBS.push({ word: 'edged', reason: 'test' });
  changes.MOVED_BY_VERBS.push({ word: 'ticked', reason: 'test' });
  changes.LEVEL_CHANGES.push({ word: 'firmer', reason: 'test' });
  const durations = await import('./durations');
  durations.DURATION_TABLE.push({ word: 'semester', days: 182, long: true, article: true, reason: 'test' });
  durations.TIME_REFERENCES.push({ word: 'hence', reason: 'test' });
  durations.SPAN_FIRSTS.push({ word: 'wettest', reason: 'test' });
  durations.MATCH_PARTS.push({ word: 'frame', reason: 'test' });
  durations.RACE_PLACES.push({ word: 'runner-up', reason: 'test' });
  const multiples = await import('./multiples');
  multiples.MULTIPLE_WORDS.push({ word: 'sextupled', factor: 6, reason: 'test' });
  multiples.MULTIPLE_WORDS.push({ word: 'sextuple', factor: 6, ambiguous: true, reason: 'test' });
  multiples.MULTIPLYING_BEFORE.push({ word: 'is bound to', reason: 'test' });
  const vague = await import('./vague');
  vague.VAGUE_AMOUNTS.push({ words: 'oodles', low: 2, high: 900, needsOf: true, reason: 'test' });
  const scope = await import('./scope');
  scope.PLAN_MARKERS.push({ word: 'intends to', reason: 'test' });
  scope.CUMULATIVE_MARKERS.push({ word: 'all told', reason: 'test' });
  scope.SAYING_VERBS.push({ word: 'tweeted', reason: 'test' });
  scope.DAY_LIMITS.push({ word: 'through', reason: 'test' });
  scope.PERIOD_PREPOSITIONS.push({ word: 'across', reason: 'test' });
  scope.COMPARISON_OPENERS.push({ word: 'in contrast to', reason: 'test' });
  scope.CONTRAST_OPENERS.push({ word: 'yet', reason: 'test' });
  const names = await import('./names');
  names.DATED_SUMS.push({ word: 'francs', reason: 'test' });
  names.DATED_PLURALS.push({ word: 'regattas', reason: 'test' });
  names.ORDINAL_COUNT_NOUNS.push({ word: 'arrest', reason: 'test' });
  const nouns = await import('./nouns');
  nouns.NOUN_SYNONYMS.push({ word: 'convict', means: 'prisoner', reason: 'test' });
  nouns.MARGIN_NOUNS.push({ word: 'edge', reason: 'test' });
  nouns.WINNING_VERBS.push({ word: 'edged', reason: 'test' });
  const periods = await import('./periods');
  periods.PERIOD_NOUNS.push({ word: 'blackout', means: 'blackout', total: 'span', reason: 'test' });
  const phrase = await import('./phrase');
  phrase.DETERMINERS.push({ word: 'thy', reason: 'test' });
  phrase.LINKS.push({ word: 'approached', reason: 'test' });
  phrase.TIME_DETERMINERS.push({ word: 'that', reason: 'test' });
  phrase.SAME_THING_BEFORE.push({ word: 'as opposed to', reason: 'test' });
  phrase.THRESHOLD_AFTER.push({ word: 'wanted', reason: 'test' });
  phrase.ONE_MARGIN_AFTER.push({ word: 'in front', reason: 'test' });
  const scores = await import('./scores');
  scores.TALLY_JOINS.push({ word: 'from', reason: 'test' });
  scores.WIN_PERCENTAGE_AFTER.push({ word: 'ledger', reason: 'test' });
  multiples.SHARED_AS_FRACTION.push({ word: 'amount to', reason: 'test' });
  const ranges = await import('./ranges');
  ranges.RANGE_JOINS.push({ word: '‒', reason: 'test' });
  ranges.RANGE_FROM_OPENERS.push({ word: 'varying from', reason: 'test' });
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
    expect(only('In the neighbourhood of 300 people came.')).toMatchObject({ value: 300, qualifier: 'approx' });
  });

  it('a bound after the figure, whatever letter it starts with, spaced or glued', () => {
    expect(only('There were 300 or thereabouts.')).toMatchObject({ value: 300, qualifier: 'approx' });
    expect(only('There were 300-odd.')).toMatchObject({ value: 300, qualifier: 'approx' });
  });

  it('a bound that before a length of time says its span', () => {
    expect(only('Talks ran north of two days.')).toMatchObject({ kind: 'duration', qualifier: 'exact' });
  });

  it('a unit, spaced, plural, hyphenated and glued', () => {
    for (const text of ['She ran 5 furlongs.', 'a 5-furlong race', 'a 5furlong sprint'])
      expect(only(text).quantity.unit, text).toBe('furlong');
  });

  it('a unit named before the figure', () => {
    expect(only('The quake had an intensity of 7.')).toMatchObject({ kind: 'other', quantity: { unit: 'intensity' } });
  });

  it('a percent form', () => {
    expect(only('Inflation was 5 percentum.')).toMatchObject({ kind: 'percent', quantity: { unit: '%' } });
  });

  it('a currency sign, code and name, before and after the sum, in a range and in a change', () => {
    for (const text of ['The loan was ₾40 million.', 'The loan was GEL 40 million.', 'The loan was 40 million GEL.'])
      expect(only(text), text).toMatchObject({ kind: 'money', value: 40e6, quantity: { unit: 'gel' } });
    expect(only('The fine was 500 laris.')).toMatchObject({ kind: 'money', quantity: { unit: 'gel' } });
    expect(only('Fares cost between ₾5 and ₾7.')).toMatchObject({ qualifier: 'range', low: 5, high: 7 });
    // A change from one sum to another is two figures, not a range.
    expect(extractClaims('The fare rose from ₾5 to ₾7.').map((c) => c.value)).toEqual([5, 7]);
  });

  it('a code read only in the case it is written', () => {
    expect(only('The fare was USh5,000.')).toMatchObject({ kind: 'money', value: 5000, quantity: { unit: 'ugx' } });
    // In another case the letters are a name's, and the digits glued to them no figure.
    expect(extractClaims('The USH2 gene was found.')).toEqual([]);
  });

  it('a letter sign glued to a sum to the thousand, not to a name', () => {
    expect(only('The fee was K67,000.')).toMatchObject({ kind: 'money', value: 67000, quantity: { unit: 'zmw' } });
    expect(extractClaims('He took the K5 road.').filter((c) => c.kind === 'money')).toEqual([]);
  });

  it('a decimal comma vouched for by a new percent form, unit or currency sign', () => {
    expect(only('Inflation was 2,5 percentum.')).toMatchObject({ kind: 'percent', value: 2.5 });
    expect(only('She ran 1,5 furlongs.')).toMatchObject({ value: 1.5, quantity: { unit: 'furlong' } });
    expect(only('It cost ₾7,50.')).toMatchObject({ kind: 'money', value: 7.5, quantity: { unit: 'gel' } });
  });

  it('a sum dated by a year is no count of that year', () => {
    expect(extractClaims('It cost 5 million in 1970 francs.').map((c) => c.value)).toEqual([5e6]);
  });

  it('a plural a year dates', () => {
    expect(extractClaims('The 1998 regattas drew crowds.')).toEqual([]);
  });

  it('a comparison or a contrast that keeps a later year from the figure', () => {
    expect(only('Sales reached 300, in contrast to the slump in 2019.').quantity.scope).toBe('other');
    expect(only('Sales reached 300; yet they slumped in 2019.').quantity.scope).toBe('other');
  });

  it('a record over a span back to now', () => {
    expect(only('It was the wettest month in a decade.').kind).toBe('duration');
  });

  it('an ordinal before a noun it counts up to', () => {
    expect(only('Police made a 50th arrest.').value).toBe(50);
  });

  it('a range told from its low end', () => {
    expect(only('Prices varying from 28.8 million to $120 million.')).toMatchObject({
      qualifier: 'range',
      low: 28.8e6,
      high: 120e6,
    });
  });

  it('what a price is given per', () => {
    expect(only('Diamonds sold at $500 per carat.').quantity.unit).toBe('usd/carat');
  });

  it('verbs of change: a change between two figures, and a move by an amount, are no range', () => {
    expect(extractClaims('Shares edged from 10 to 12.').map((c) => c.value)).toEqual([10, 12]);
    expect(extractClaims('The index ticked 10.5 to 4,479.10.').map((c) => c.value)).toEqual([10.5, 4479.1]);
    // The level reached after a change is of what changed: "closed firmer 2% at 35,500".
    expect(extractClaims('The index closed firmer 2% at 35,500.')[1]!.quantity.counted).toBe('index');
  });

  it('a noun synonym and a linking verb', () => {
    expect(only('The jail holds 300 convicts.').quantity.lemma).toBe('prisoner');
    expect(only('The crowd approached 3,000.').quantity.counted).toBe('crowd');
  });

  it('a margin told after a noun or a verb of winning', () => {
    expect(only('She kept an edge of 40 votes.').quantity.lemma).toBe('margin');
    expect(only('She edged her rival by 40 votes.').quantity.lemma).toBe('margin');
  });

  it('a word naming which period between a subject and its verb', () => {
    expect(only('Ridership that year was 41%.').quantity.counted).toBe('Ridership');
  });

  it('a comparison or a threshold that gives a bare count the noun of the one before', () => {
    expect(extractClaims('They won 14 seats, as opposed to 20.').map((c) => c.quantity.lemma)).toEqual([
      'seat',
      'seat',
    ]);
    expect(extractClaims('They won 14 seats, with 20 wanted.').map((c) => c.quantity.lemma)).toEqual(['seat', 'seat']);
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

  it('a change told as one of its unit, after a verb of a move', () => {
    expect(only('The bond fell a rating notch.')).toMatchObject({
      value: 1,
      kind: 'percent',
      quantity: { unit: 'notch' },
    });
    expect(extractClaims('A rating notch is small.')).toEqual([]);
  });

  it('a multiple, and an ambiguous one only where it multiplies', () => {
    expect(only('Rents sextupled.')).toMatchObject({ value: 6, kind: 'ratio' });
    expect(only('Rents is bound to sextuple.')).toMatchObject({ value: 6, kind: 'ratio' });
    expect(extractClaims('a sextuple bypass')).toEqual([]);
  });

  it('scope markers: a plan, a running total, a period', () => {
    expect(only('The firm intends to hire 300 staff.').quantity.scope).toBe('plan');
    expect(only('All told, 300 homes were flooded.').quantity.scope).toBe('cumulative');
    expect(only('In the blackout, 12 people died.').quantity).toMatchObject({
      scope: 'cumulative',
      anchor: 'during blackout',
    });
  });

  it('scope markers: a reporting verb, a limit before a day, a preposition before a period', () => {
    expect(only('Twelve people died, the mayor tweeted on Friday.').quantity.scope).toBe('other');
    expect(only('Sales reached 300 through Friday.').quantity.scope).toBe('other');
    expect(only('Sales rose 5% across 2023.').quantity).toMatchObject({ scope: 'period', anchor: '2023' });
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

  it('the tables of the fourth general spec set: a bound in brackets, a wait, a temperature, a moment, a race place', () => {
    expect(only('Crowds of 300 (roughly) gathered.')).toMatchObject({ value: 300, qualifier: 'approx' });
    expect(only('Fans queued over 30 hours.')).toMatchObject({ value: 30, qualifier: 'at_least' });
    expect(only('The sweltering city hit a peak of 41.')).toMatchObject({ value: 41, kind: 'other' });
    expect(extractClaims('She potted the black ten minutes into the frame.')).toEqual([]);
    expect(only('He was runner-up in 10.05.')).toMatchObject({ value: 10.05, kind: 'duration' });
  });

  it('the tables of the fourth general spec set: a margin of one, a tally, a share after its verb', () => {
    expect(only('They finished one in front.')).toMatchObject({ value: 1, kind: 'count' });
    expect(extractClaims('He was 7-from-9 on the day.').map((c) => c.value)).toEqual([7, 9]);
    expect(only('Imports amount to a fifth.')).toMatchObject({ value: 20, kind: 'percent' });
    expect(extractClaims('They sit at a .600 ledger.')).toEqual([]);
  });

  it("and the page's figure hint, for entries read without a digit", () => {
    for (const text of [
      'a semester-long course',
      'for a semester',
      'trains run biweekly',
      'oodles of fans',
      'rents sextupled',
    ])
      expect(mayHoldFigure(text), text).toBe(true);
  });
});
