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
    expect(at('Sales of 3,100 cars in June were well below the 4,000 monthly average of last year.', '4,000')).toBe(
      true,
    );
    expect(at('Sales of 3,100 cars in June were well below the 4,000 monthly average of last year.', '3,100')).toBe(
      false,
    );
  });

  it('but not from a statistic named "average" nor a figure elsewhere in the sentence', () => {
    expect(at('Average weekly pay in Orvan rose 1.2% in May.', '1.2%')).toBe(false);
    expect(at('The rate rose to 6.4%, above its average for the year.', '6.4%')).toBe(false);
  });

  it('never conflicts with one figure of its span', async () => {
    const busiest = report('Orvan Ledger', '2025-06-04', 'Ferries carried 900 passengers a day in May, the port said.');
    const page = 'Ferries carried an average of 700 passengers a day in May, the port said.';
    expect((await checkedFigure(page, '2025-06-04', [busiest], '700')).verdict).toBe('unverified');
    const told = 'Ferries carried 700 passengers a day in May, the port said.';
    expect((await checkedFigure(told, '2025-06-04', [busiest], '700')).verdict).toBe('conflict');
  });
});
