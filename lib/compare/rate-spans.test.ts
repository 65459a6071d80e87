import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';
import { RATE_SPANS } from './lookup-keys';

describe('a rate over one span told over another', () => {
  const daily = report('Harlow Courier', '2025-09-02', 'The Harlow ferry carries about 4,000 passengers a day.');
  const page = (figure: string) => `Ferry operators in Harlow say the crossing carries ${figure} passengers a year.`;

  it('gives a reason for every span it is looked up over', () => {
    for (const { span, reason } of RATE_SPANS) expect(reason.length, span).toBeGreaterThan(10);
  });

  it('is looked up and restated: a daily average fits the yearly figure', async () => {
    expect(verdictAndRelations(await checkedFigure(page('1.5 million'), '2025-09-03', [daily], '1.5 million'))).toEqual(
      {
        verdict: 'compatible',
        relations: ['compatible 4,000'],
      },
    );
  });

  it('close but apart is compatible, never a conflict: the days of a year are not all alike', async () => {
    expect((await checkedFigure(page('1.9 million'), '2025-09-03', [daily], '1.9 million')).verdict).toBe('compatible');
  });

  it('far apart is another quantity', async () => {
    expect((await checkedFigure(page('5 million'), '2025-09-03', [daily], '5 million')).verdict).toBe('unverified');
  });
});
