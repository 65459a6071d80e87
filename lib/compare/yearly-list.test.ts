import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { yearlyReader } from './yearly-list';

const verdictOf = async (...args: Parameters<typeof checkedFigure>) =>
  verdictAndRelations(await checkedFigure(...args));

describe('one list of yearly figures told twice', () => {
  it('reads the year of each item and of the figure compared', () => {
    const sentence = 'The board sees freight volumes growing 2.1% in 2025, 2.8% in 2026 and 3.3% in 2027.';
    const list = yearlyReader(sentence, sentence.indexOf('3.3%'))();
    expect(list.own).toBe(2027);
    expect(list.others.map((i) => [i.text, i.year])).toEqual([
      ['2.1%', 2025],
      ['2.8%', 2026],
    ]);
    // Fewer than three years: no list, and the sentence is not read again.
    const short = 'Volumes grew 2.1% in 2025.';
    expect(yearlyReader(short, short.indexOf('2.1%'))()).toEqual({ own: null, others: [] });
  });

  it("sets one year's figures against each other when two other years' figures are the same", async () => {
    const forecast = report(
      'Freight Weekly',
      '2025-03-12',
      'The rail board expects freight volumes to grow 2.1% in 2025, 2.8% in 2026 and 3.3% in 2027.',
    );
    const page =
      'In its new outlook the rail board sees freight volumes growing 2.1% in 2025, 2.8% in 2026, and 3.6% in 2027.';
    expect(await verdictOf(page, '2025-03-12', [forecast], '3.6%')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 3.3%'],
    });
  });

  it("leaves two lists that share one year or none apart, as two bodies' forecasts", async () => {
    const forecast = report(
      'Freight Weekly',
      '2025-03-12',
      'The rail board expects freight volumes to grow 2.1% in 2025, 2.8% in 2026 and 3.3% in 2027.',
    );
    const other = 'The ports authority sees freight volumes growing 2.1% in 2025, 2.5% in 2026 and 3.6% in 2027.';
    expect((await verdictOf(other, '2025-03-12', [forecast], '3.6%')).verdict).not.toBe('conflict');
  });

  it('leaves lists of two things apart, whatever figures they share', async () => {
    const fares = report(
      'Freight Weekly',
      '2025-03-12',
      'The rail board expects ticket fares to rise 2.1% in 2025, 2.8% in 2026 and 3.3% in 2027.',
    );
    const volumes = 'The rail board expects freight volumes to grow 2.1% in 2025, 2.8% in 2026 and 3.6% in 2027.';
    expect((await verdictOf(volumes, '2025-03-12', [fares], '3.6%')).verdict).not.toBe('conflict');
  });
});
