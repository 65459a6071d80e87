import { describe, expect, it } from 'vitest';
import { checkedFigure, report } from '../../test/support/dated-reports';
import { changedFrom } from './changed-from';

const at = (sentence: string, figure: string) => changedFrom(sentence, sentence.indexOf(figure), figure);

describe('the value a change came from', () => {
  it('is the figure after "from" with "to" and a figure after it, or after the figure it came to', () => {
    // The value it came to, as written, is what the change is told with.
    expect(at('A slide in Orvan’s bread prices from 6.1% to 5.4% in April eased the strain.', '6.1%')).toBe(5.4);
    expect(at('Bread inflation dropped from a peak of 9.2% last year to 5.4%.', '9.2%')).toBe(5.4);
    expect(at('Bread inflation fell in April to 5.4% from 6.1% in March.', '6.1%')).toBe(5.4);
    expect(at('The board trimmed its lending rate to 7.5% from a record 8% on Monday.', '8%')).toBe(7.5);
    expect(at('Freight volumes climbed from a record low of 1,200 to 1,450 containers.', '1,200')).toBe(1450);
  });

  it('but not the figure it came to, nor a figure after "from" alone', () => {
    expect(at('A slide in Orvan’s bread prices from 6.1% to 5.4% in April eased the strain.', '5.4%')).toBeNull();
    expect(at('Imports from 12 countries were stopped.', '12')).toBeNull();
  });

  it('never conflicts with a figure of the time its sentence names', async () => {
    const april = report(
      'Orvan Ledger',
      '2025-05-14',
      'In April, inflation in Orvan stood at 5.4%, the lowest for a year.',
    );
    const page = 'The hike follows a dip in the Orvan price index measure of inflation from 6.1% to 5.4% in April.';
    expect((await checkedFigure(page, '2025-05-14', [april], '6.1%')).verdict).not.toBe('conflict');
    expect((await checkedFigure(page, '2025-05-14', [april], '5.4%')).verdict).toBe('agree');
  });
});
