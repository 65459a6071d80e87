import { describe, expect, it } from 'vitest';
import { checkedAgainst, report } from '../../test/support/dated-reports';
import { countedBefore } from './others';

const at = (sentence: string, figure: string, word = 'other') =>
  countedBefore(word, sentence, sentence.lastIndexOf(figure));

describe('a stand-in for what an earlier figure of the sentence counts', () => {
  it('reads "others" and "more" as the noun of the nearest figure before them', () => {
    expect(at('The retailer shut 120 stores in March and 45 others in May.', '45')).toBe('store');
    expect(at('The outbreak closed 14 schools on Monday and nine others on Tuesday.', 'nine')).toBe('school');
    expect(at('Scouts signed 3 strikers in June and 2 more in July.', '2 more', 'more')).toBe('striker');
  });

  it('reads nothing when the earlier figure names no noun, or the word is no stand-in', () => {
    expect(at('Two were killed and 30 others were hurt in the crash.', '30')).toBe('');
    expect(at('About 40 others were treated at the scene.', '40')).toBe('');
    expect(at('The retailer shut 120 stores and 45 outlets.', '45', 'outlet')).toBe('');
  });

  it('lets the others meet a source naming what they are, and only that', async () => {
    const source = [report('S', '2024-03-05', 'In Dunmere, 4,800 homes have no running water after the storm.')];
    const verdictOf = async (page: string) =>
      (await checkedAgainst(page, '2024-03-05', source)).find((c) => c.text === '4,500')?.verdict;
    expect(
      await verdictOf(
        'The storm cut power to 9,000 homes in Dunmere and left 4,500 others in Dunmere without running water.',
      ),
    ).toBe('compatible');
    expect(
      await verdictOf(
        'The storm cut power to 9,000 shops in Dunmere and left 4,500 others in Dunmere without running water.',
      ),
    ).toBe('unverified');
  });
});
