import { describe, expect, it } from 'vitest';
import { checkedAgainst, report } from '../../test/support/dated-reports';
import { figureCountOf, storiesOf, tellsOfCopy, versionsOfOneStory } from './stories';

describe('storiesOf', () => {
  const wire = ['a|1', 'a|2', 'a|3', 'a|4', 'a|5'];
  it('takes texts that share most of their figures as one story, and versions of versions too', () => {
    const storyOf = storiesOf(
      new Map([
        [7, wire],
        [3, ['a|1', 'a|2', 'a|3', 'a|4', 'a|5', 'x|9']],
        // Four of the wire's five figures are too few for a version of it, but all five of 3's.
        [9, ['a|2', 'a|3', 'a|4', 'a|5', 'x|9']],
        [4, ['a|1', 'a|2', 'c|3', 'd|4']],
      ]),
    );
    expect([storyOf.get(7), storyOf.get(3), storyOf.get(9)]).toEqual([3, 3, 3]);
    expect(storyOf.get(4)).toBe(4);
  });

  it('keeps apart two reports that share nothing with each other', () => {
    // Each repeats three figures of a longer text, different ones: they are not one story.
    const storyOf = storiesOf(
      new Map([
        [1, ['p|1', 'p|2', 'p|3', 'x|1']],
        [2, ['p|4', 'p|5', 'p|6', 'y|1']],
      ]),
    );
    expect(storyOf.get(1)).not.toBe(storyOf.get(2));
  });

  it('needs four shared figures: three are news, not copying', () => {
    const storyOf = storiesOf(
      new Map([
        [1, ['a|1', 'a|2', 'a|3']],
        [2, ['a|1', 'a|2', 'a|3']],
      ]),
    );
    expect(storyOf.get(1)).not.toBe(storyOf.get(2));
  });
});

describe('versionsOfOneStory', () => {
  it('asks for four shared figures and nine tenths of the smaller text', () => {
    expect(versionsOfOneStory(5, 6, 5)).toBe(true);
    expect(versionsOfOneStory(4, 4, 9)).toBe(true);
    // Independent reports of one release share most of its figures, not nearly all.
    expect(versionsOfOneStory(4, 6, 5)).toBe(false);
    expect(versionsOfOneStory(4, 10, 7)).toBe(false);
    expect(versionsOfOneStory(3, 3, 3)).toBe(false);
  });
});

describe('small counts shared by two texts', () => {
  it('are no sign of copying: "two" and "six" turn up in any report', () => {
    expect(['count|2', 'count|6', 'count|10'].map(tellsOfCopy)).toEqual([false, false, false]);
    expect(['count|11', 'count|4200', 'percent|6', 'money|2'].map(tellsOfCopy)).toEqual([true, true, true, true]);
    const storyOf = storiesOf(
      new Map([
        [1, ['count|2', 'count|6', 'count|310', 'count|4200', 'count|75']],
        [2, ['count|2', 'count|6', 'count|310', 'count|4200', 'count|75']],
      ]),
    );
    expect(storyOf.get(1)).not.toBe(storyOf.get(2));
  });

  it("leave another outlet's agreement counted when only they and three figures are shared", async () => {
    const wire = report(
      'Port Wire',
      '2026-02-11',
      'Two tugboats and six divers searched the Varna strait overnight. The ferry carried 310 passengers. ' +
        'The ferry company has 4,200 employees. Rescuers have pulled 75 survivors from the water so far.',
    );
    const page =
      'Six divers joined two tugboats in the Varna strait. At least 75 survivors have been rescued from the water ' +
      'so far, out of 310 passengers on board, according to the ferry company, which employs 4,200 people.';
    const claims = await checkedAgainst(page, '2026-02-11', [wire]);
    expect(claims.find((c) => c.text === '310')?.verdict).toBe('agree');
  });

  it('are not counted in the share either: a rewrite that adds small counts is still a version', () => {
    const source = ['count|110', 'count|240', 'count|137', 'count|32', 'count|7'];
    const rewrite = ['count|110', 'count|240', 'count|137', 'count|32', 'count|3', 'count|5', 'count|9'];
    const storyOf = storiesOf(
      new Map([
        [1, source],
        [2, rewrite],
      ]),
    );
    expect(storyOf.get(1)).toBe(storyOf.get(2));
    expect(figureCountOf(rewrite.map((figureKey) => ({ figureKey })))).toBe(4);
  });
});

describe('texts about one story that name it differently', () => {
  const office = report(
    'Orvan Statistics',
    '2024-06-14',
    'In Orvan, retail sales rose 2.7% in May after a 1.9% gain in April, the Orvan statistics office said, and the savings ratio fell to 8.6%.',
  );
  const verdictOf = async (page: string, figure: string) =>
    (await checkedAgainst(page, '2024-06-14', [office])).find((c) => c.text === figure)?.verdict;

  it('takes a text sharing a few of its figures as about the same story, though no name of it is shared', async () => {
    expect(
      await verdictOf(
        'Retail sales rose 2.7% last month, after a 1.9% gain, and the savings ratio slipped to 8.6%, Marlow Radio reported.',
        '2.7%',
      ),
    ).toBe('agree');
  });

  it('but not one sharing two: two stories may share as many', async () => {
    expect(
      await verdictOf('Retail sales rose 2.7% last month, after a 1.9% gain, Marlow Radio reported.', '2.7%'),
    ).toBe('unverified');
  });
});
