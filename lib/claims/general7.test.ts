import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};
const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('general news: rules made from the seventh general spec set, told in sentences of our own', () => {
  it('reads a bare whole figure below zero in a sentence about the weather as a temperature', () => {
    expect(read('The thermometer at the ski resort fell to -34 overnight.', '-34')).toEqual([-34, 'exact', 'other']);
    expect(read('Frost came early and the lake station read -8 by dawn.', '-8')[2]).toBe('other');
    // Without the weather named, a negative figure keeps its kind.
    expect(read('Net migration was -4,000 last year.', '-4,000')[2]).toBe('count');
  });

  it('reads "ranging from X to Y" as a range even when a verb of change opened the clause', () => {
    expect(read('Fares will rise, with tickets ranging from $12 to $30.', '$12 to $30')).toEqual([
      12,
      'range',
      'money',
    ]);
    expect(read('Rents increased by amounts ranging from 3% to 9%.', '3% to 9%')[1]).toBe('range');
    // "rose from X to Y" stays a change between two figures.
    expect(texts('Fares rose from $12 to $30.')).toEqual(['$12', '$30']);
  });

  it('reads a size told by its count of digits as no figure: "a six-figure salary"', () => {
    expect(texts('She turned down a six-figure salary and a seven-figure signing bonus.')).toEqual([]);
    expect(texts('Enter the four-digit code.')).toEqual([]);
    expect(texts('Seven people were hurt.')).toEqual(['Seven']);
  });

  it('reads "better than" before a figure as a floor', () => {
    expect(read('The kicker has made better than 80 percent of his attempts.', '80 percent')).toEqual([
      80,
      'at_least',
      'percent',
    ]);
    // After a figure it compares the figure with something else, and bounds nothing.
    expect(read('Turnout was 12% better than in 2019.', '12%')).toEqual([12, 'exact', 'percent']);
  });

  it('reads "stick around" as a verb of staying: its "around" is no estimate of a length', () => {
    expect(read('The drought is expected to stick around another three months.', 'three months')).toEqual([
      3,
      'exact',
      'duration',
    ]);
    // A price that stuck around a level is still near it.
    expect(read('Diesel has stuck around $4 a gallon all spring.', '$4')[1]).toBe('approx');
  });

  it('reads two shares set apart by a slash, each with its sign, as two shares', () => {
    expect(texts('The mayor’s favourable/unfavourable rating is 52%/41%.')).toEqual(['52%', '41%']);
  });

  it('reads a percent word an editor wrote in square brackets as the unit of the figure before it', () => {
    expect(read('“Nearly 40 [percent] of our drivers quit,” the owner said.', '40 [percent]')).toEqual([
      40,
      'approx',
      'percent',
    ]);
  });
  it('reads a round whole number and a half as one figure, but not before "of"', () => {
    expect(read('The snow drifted to over 20 and a half inches.', '20 and a half inches')).toEqual([
      20.5,
      'at_least',
      'other',
    ]);
    expect(read('The ferry crossing took ten and a half hours.', 'ten and a half hours')[0]).toBe(10.5);
    expect(texts('The firm hired 300 and half of them left.')).toContain('300');
  });

  it('reads a number after a kind of year named before it as the year: "fiscal year 2011 gaps"', () => {
    expect(texts('Fiscal year 2019 deficits topped $4 billion.')).toEqual(['$4 billion']);
    expect(texts('The FY 2025 results beat forecasts.')).toEqual([]);
    expect(read('The plant built 2000 vans last year.', '2000')).toEqual([2000, 'exact', 'count']);
  });

  it('reads a figure glued to its unit, a hyphen, and a figure glued to the same unit as a range', () => {
    expect(read('Hailstones of 2cm-4cm fell on the town.', '2cm-4cm')).toEqual([2, 'range', 'other']);
    expect(texts('Cases of COVID-19 rose.')).toEqual([]);
  });

  it('does not lend a share to a figure told in millions before "or": the share restates the count', () => {
    const kinds = (text: string) => extractClaims(text).map((c) => [c.text, c.kind]);
    expect(kinds('The challenger drew 2.3 million or 41.7%, the mayor 3.1 million or 56.2%.')).toEqual([
      ['2.3 million', 'count'],
      ['41.7%', 'percent'],
      ['3.1 million', 'count'],
      ['56.2%', 'percent'],
    ]);
    // Small figures before "or" still share the unit of the last: a range or a list of shares.
    expect(read('Fares may rise 4 or 5% next spring.', '4 or 5%')[2]).toBe('percent');
    expect(read('Turnout was 48, 52 or 55 percent in the three wards.', '48')[2]).toBe('percent');
  });
});
