import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import {
  COUNTED_OF_WORDS,
  COUNTED_UNITS,
  countUnderWay,
  PROGRESS_VERBS,
  RESULT_NOUNS,
  SHARE_WORDS,
  UNDER_WAY_WORDS,
} from './count-under-way';

describe('a count told while it is still going on', () => {
  it('is read from words saying the result is not final, or from how far the count has come', () => {
    expect(
      countUnderWay('The levy won 54% of the ballots in the Marvale referendum, according to preliminary results.'),
    ).toBe(true);
    expect(countUnderWay('Early returns had the union leadership ahead with 61% support.')).toBe(true);
    expect(countUnderWay('With 87% of precincts reporting, the mayor led with 48.3 percent.')).toBe(true);
    expect(countUnderWay('So far 72% of the postal ballots have been counted, and the measure trails at 46%.')).toBe(
      true,
    );
    expect(countUnderWay('With more than half the votes counted, the Greens stood at 19 percent.')).toBe(true);
    expect(countUnderWay('Based on the counting of 88 per cent of the votes, turnout stood at 64 per cent.')).toBe(
      true,
    );
  });

  it('is not read from a final count, a survey or a share won in a place', () => {
    expect(countUnderWay('With all ballots counted, the levy passed with 54.2% of the vote.')).toBe(false);
    expect(countUnderWay('With 100% of the votes counted, the mayor won 48.1 percent.')).toBe(false);
    expect(countUnderWay('Some 43% of respondents reported symptoms after the second dose.')).toBe(false);
    expect(countUnderWay('The mayor won 60% of the vote in the northern districts.')).toBe(false);
    expect(countUnderWay('Early voting rose 12% on the last election.')).toBe(false);
  });

  it('never conflicts with the final figure, nor with another moment of the count', async () => {
    const reports = [
      report(
        'Early Desk',
        '2024-05-12',
        'The levy won 52.8% of the ballots cast on Sunday in Marvale, according to partial results.',
      ),
      report(
        'Late Desk',
        '2024-05-12',
        'With 64% of precincts reporting, the Marvale levy had won 53.6% of the ballots cast on Sunday.',
      ),
      report(
        'Commission',
        '2024-05-13',
        'The Marvale election commission said the levy won 54.1% of the ballots cast on Sunday.',
      ),
    ];
    const final = await checkedFigure(
      'The Marvale levy won 54.1% of the ballots cast on Sunday, the commission said.',
      '2024-05-13',
      reports,
      '54.1%',
    );
    expect(verdictAndRelations(final)).toEqual({
      verdict: 'agree',
      relations: ['agree 54.1%', 'compatible 52.8%', 'compatible 53.6%'],
    });
  });

  it('keeps a figure told as final a contradiction of another final figure', async () => {
    const reports = [
      report(
        'Commission',
        '2024-05-13',
        'The Marvale election commission said the levy won 54.1% of the ballots cast on Sunday.',
      ),
    ];
    const other = await checkedFigure(
      'The Marvale levy won 57.9% of the ballots cast on Sunday, the commission said.',
      '2024-05-13',
      reports,
      '57.9%',
    );
    expect(other.verdict).toBe('conflict');
  });

  it('has every table entry with a reason', () => {
    for (const table of [UNDER_WAY_WORDS, RESULT_NOUNS, PROGRESS_VERBS, COUNTED_UNITS, SHARE_WORDS, COUNTED_OF_WORDS])
      for (const entry of table) expect(entry.reason.length).toBeGreaterThan(10);
  });
});
