import { describe, expect, it } from 'vitest';
import { checkedAgainst, report } from '../../test/support/dated-reports';

/** The unverified card's one line: a corpus figure that speaks of the same thing, and why it was not matched. */
async function nearMiss(page: string, source: string, published = '2024-03-05', pagePublished = '2024-03-05') {
  const [claim] = await checkedAgainst(page, pagePublished, [report('S', published, source)]);
  return (
    claim && { verdict: claim.verdict, near: claim.nearMiss && `${claim.nearMiss.claim.text}: ${claim.nearMiss.why}` }
  );
}

describe('why a figure of the same thing was not matched', () => {
  it('names another day', async () => {
    expect(
      await nearMiss(
        'Officials in Marvale said 23 people were killed in the blast on Monday.',
        "Sunday's blast in Marvale killed 19 people.",
        '2024-03-04',
      ),
    ).toEqual({ verdict: 'unverified', near: '19: different day' });
  });

  it('names another event', async () => {
    expect(
      await nearMiss('The Marvale dam failure killed 31 people.', 'The Marvale dam failure left 35 people injured.'),
    ).toEqual({ verdict: 'unverified', near: '35: different event' });
  });

  it('names another group of the same thing', async () => {
    expect(
      await nearMiss('Marvale police arrested 40 foreign students.', 'Marvale police arrested 55 Chinese students.'),
    ).toEqual({ verdict: 'unverified', near: '55: different group' });
  });

  it('restates a rate over another span before it says why: 40 a day is 280 a week', async () => {
    expect(
      await nearMiss('The Marvale clinic treats 40 patients a day.', 'The Marvale clinic treats 40 patients a week.'),
    ).toEqual({ verdict: 'unverified', near: '40: figures too far apart to be one count' });
  });

  it('says nothing when no corpus figure speaks of the same thing', async () => {
    expect(
      await nearMiss(
        'Marvale police arrested 40 foreign students.',
        'The Marvale ferry carries 400 passengers a week.',
      ),
    ).toEqual({ verdict: 'unverified', near: undefined });
  });

  it('says nothing on a matched figure', async () => {
    expect(
      await nearMiss('The Marvale dam failure killed 31 people.', 'The Marvale dam failure killed 31 people.'),
    ).toEqual({ verdict: 'agree', near: undefined });
  });
});
