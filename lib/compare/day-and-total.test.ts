import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';

/** Figures of a sum or a level told on a day in one report and as a total with no time in another. */
const checked = async (...args: Parameters<typeof checkedFigure>) => verdictAndRelations(await checkedFigure(...args));

describe('a figure told on a day against a total told with no time', () => {
  it('agrees when the same figure is reported that day or later', async () => {
    // 4 June 2025 was a Wednesday.
    const corpus = [report('Harbour Post', '2025-06-05', 'Tolvan Bank is trying to raise $1.5 billion in total.')];
    const page = 'Tolvan Bank launched a share sale on Wednesday to raise $1.5 billion.';
    expect((await checked(page, '2025-06-05', corpus, '$1.5 billion')).verdict).toBe('agree');
    const value = [
      report(
        'Harbour Post',
        '2025-06-04',
        "Trading was halted twice during the session, and the fall brought Tolvan Bank's market value below $3 billion.",
      ),
    ];
    const fell = 'Shares of Tolvan Bank fell 40% on Wednesday, sending its market value below $3 billion.';
    expect((await checked(fell, '2025-06-05', value, '$3 billion')).verdict).toBe('agree');
  });

  it('never conflicts, and stays apart from a total reported before the day', async () => {
    const corpus = [report('Harbour Post', '2025-06-05', 'Tolvan Bank is trying to raise $1.5 billion in total.')];
    const other = 'Tolvan Bank launched a share sale on Wednesday to raise $1.2 billion.';
    expect((await checked(other, '2025-06-05', corpus, '$1.2 billion')).verdict).not.toBe('conflict');
    const earlier = [report('Harbour Post', '2025-06-02', 'Tolvan Bank is trying to raise $1.5 billion in total.')];
    const page = 'Tolvan Bank launched a share sale on Wednesday to raise $1.5 billion.';
    expect((await checked(page, '2025-06-05', earlier, '$1.5 billion')).verdict).toBe('unverified');
  });
});
