import { describe, expect, it } from 'vitest';
import { checkedAgainst, report } from '../../test/support/dated-reports';
import { COMMON_COUNT_MAX, isCommonCount } from './common-count';
import { tellsOfCopy } from './stories';

const verdictOf = async (page: string, source: string, figure: string) =>
  (await checkedAgainst(page, null, [report('Hill Courier', '2025-06-02', source)])).find((c) => c.text === figure)
    ?.verdict;

describe('a common count', () => {
  it('is a count of ten or fewer, for telling copies and for weak evidence alike', () => {
    expect([2, 10, -3].map((n) => isCommonCount('count', n))).toEqual([true, true, true]);
    expect([11, 2.5].map((n) => isCommonCount('count', n))).toEqual([false, false]);
    expect(isCommonCount('percent', 5)).toBe(false);
    expect(tellsOfCopy(`count|${COMMON_COUNT_MAX}`)).toBe(false);
    expect(tellsOfCopy(`count|${COMMON_COUNT_MAX + 1}`)).toBe(true);
  });

  it('of ten agrees with no one on weak evidence: one side only says what happened', async () => {
    const source = 'Wardens at the Tamsin reserve tagged 40 seals and injured ten others by accident.';
    expect(await verdictOf('Ten hikers were stranded on the Tamsin ridge overnight.', source, 'Ten')).toBe(
      'unverified',
    );
  });
});
