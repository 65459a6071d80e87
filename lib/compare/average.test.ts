import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';
import { toldAsAverage } from './average';

const at = (sentence: string, figure: string) => toldAsAverage(sentence, sentence.indexOf(figure), figure);

describe('a figure told as an average', () => {
  it('is read from the words right at it', () => {
    expect(at('Orvan’s jobless rate, averaging 6.2% over the past year, is the highest in the region.', '6.2%')).toBe(
      true,
    );
    expect(at('Ferries carried an average of about 900 passengers a day.', '900')).toBe(true);
    expect(at('The mill shipped 40 tonnes a week on average.', '40 tonnes')).toBe(true);
  });

  it('but not from a statistic named "average" nor a figure elsewhere in the sentence', () => {
    expect(at('Average weekly pay in Orvan rose 1.2% in May.', '1.2%')).toBe(false);
    expect(at('The rate rose to 6.4%, above its average for the year.', '6.4%')).toBe(false);
  });

  it('never conflicts with one figure of its span', async () => {
    const month = report(
      'Orvan Ledger',
      '2025-06-04',
      'Orvan’s jobless rate increased to 6.4 percent, its highest level since March 2019.',
    );
    const page =
      'With Orvan’s jobless rate averaging 6.2% over the past three months, the council has called for help.';
    expect((await checkedFigure(page, '2025-06-04', [month], '6.2%')).verdict).not.toBe('conflict');
    const told = 'With Orvan’s jobless rate at 6.2% over the past three months, the council has called for help.';
    expect((await checkedFigure(told, '2025-06-04', [month], '6.2%')).verdict).toBe('conflict');
  });
});
