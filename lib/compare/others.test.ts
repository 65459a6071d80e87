import { describe, expect, it } from 'vitest';
import { checkedAgainst, checkedVerdict, report } from '../../test/support/dated-reports';
import { countedBefore, countsOthers } from './others';

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

describe('a figure counting others besides an earlier one', () => {
  const others = (sentence: string, figure: string) =>
    countsOthers(sentence, sentence.lastIndexOf(figure), figure.length);

  it('is told by "another" before it, or "others" or "more" after it', () => {
    expect(others('Police held 40 fans and another 25 were fined.', '25')).toBe(true);
    expect(others('The firm cut 300 jobs in May and 120 more in June.', '120')).toBe(true);
    expect(others('Two were hurt and 14 others were treated at the scene.', '14')).toBe(true);
    expect(others('Two were hurt and 14 were treated at the scene.', '14')).toBe(false);
  });

  it('shares nothing that befell the earlier ones when its own clause says something else of them', async () => {
    const curfew = [
      report('County Post', '2025-03-03', 'A curfew for more than 9,000 residents remains in force across the county.'),
    ];
    const page =
      'Across the county, about 6,000 residents remain under a curfew and another 5,000 are advised to stay indoors.';
    expect((await checkedVerdict(page, '2025-03-03', curfew, '5,000')).verdict).toBe('unverified');
    // The earlier figure is the curfew's own, and may contradict.
    expect((await checkedVerdict(page, '2025-03-03', curfew, '6,000')).verdict).toBe('conflict');
  });

  it('still shares it with no clause of its own', async () => {
    const storm = [report('Coast Radio', '2025-03-03', 'Officials said 5 people died in the storm on Tuesday.')];
    const page = 'Officials said 7 people died in the storm on Monday and another 5 on Tuesday.';
    expect((await checkedVerdict(page, '2025-03-03', storm, '5')).verdict).toBe('agree');
  });
});
