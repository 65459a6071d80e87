import { describe, expect, it } from 'vitest';
import { checkText } from '../check-text';
import { extractClaims } from '../claims/extract';
import { claimLookupKeys } from './lookup-keys';
import { MAX_PER_KEY } from './check';
import { frameOf } from './frame';
import { MemoryCorpus, type MemoryArticle } from '../corpus/memory-corpus';

const article = (origin: string, text: string, published: string | null = '2023-12-01'): MemoryArticle => ({
  title: origin,
  outlet: origin.toUpperCase(),
  published,
  url: null,
  origin,
  text,
});

async function verdicts(page: string, ...articles: MemoryArticle[]) {
  const claims = await checkText(page, new MemoryCorpus(articles), null);
  return claims.map((c) => ({
    text: c.text,
    verdict: c.verdict,
    relations: c.matches.map((m) => `${m.relation}:${m.claim.text}`),
  }));
}

describe('checking claims against the corpus', () => {
  it('calls a conflict on disjoint figures for the same quantity', async () => {
    const got = await verdicts(
      'To date, Hamas has released 105 hostages.',
      article('a', 'The truce that allowed for the release of 110 hostages has ended.'),
    );
    expect(got).toEqual([{ text: '105', verdict: 'conflict', relations: ['conflict:110'] }]);
  });

  it('never sets a described part against its whole', async () => {
    const got = await verdicts(
      'So far, 3 of the 12 victims have been identified as children.',
      article('a', 'So far, 12 victims have been identified.'),
    );
    expect(got.find((c) => c.text === '3')).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('never sets totals over differently told periods against each other', async () => {
    const got = await verdicts(
      'About 200 trucks entered Gaza during the truce.',
      article('a', 'Some 2,700 trucks have entered Gaza since October 21.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('never agrees by the same figure when one counts people taken and the other people freed', async () => {
    const got = await verdicts(
      'Militants took some 240 people captive.',
      article('a', 'Israel has released 240 Palestinians during the truce.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('matches the terms of a ratio told more or less fully', async () => {
    const got = await verdicts(
      'Israel released three Palestinian prisoners for every hostage.',
      article('a', 'The deal frees three Palestinians for every Israeli hostage.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'agree' });
  });

  it('calls a figure that only satisfies a bound compatible when one scope is unstated only if the two are close', async () => {
    const got = await verdicts(
      'The ministry reported 109 deaths in Gaza. The ministry reported 34 deaths in Gaza.',
      article('a', 'On Friday, at least 32 people were killed in Gaza.'),
    );
    expect(got.map((c) => c.verdict)).toEqual(['unverified', 'compatible']);
  });

  it('reads whose a figure is as where it is, and annual inflation as inflation', async () => {
    const got = await verdicts(
      "Turkey's inflation hit 62% in November.",
      article('a', 'Annual inflation in Turkey was 62% in November.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'agree' });
  });

  it("never calls a day's toll since fighting resumed compatible with the toll of the war", async () => {
    const got = await verdicts(
      'At least 184 people have been killed in Gaza since fighting resumed on Friday morning.',
      article(
        'a',
        'Since October 7, more than 14,800 people have been killed in Gaza. On Friday, 32 people were killed in Gaza.',
      ),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('never calls two far-apart tolls with no scope compatible because one is a lower bound', async () => {
    const got = await verdicts(
      'Israeli strikes had killed at least 109 people in Gaza.',
      article('a', 'Some 15,000 people have been killed in Gaza.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('takes a toll told as it grows, with no scope on either side, as compatible', async () => {
    const got = await verdicts(
      'Hurricane Otis killed at least 27 people in Acapulco.',
      article('a', 'The death toll from Hurricane Otis in Acapulco rose to 39.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'compatible', relations: ['compatible:39'] });
  });

  it('never sets one extension of a truce against another', async () => {
    const got = await verdicts(
      'The truce was extended by one day.',
      article('a', 'The truce was extended by two days.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it("takes what was done under a deal for a fact, not for the deal's terms", async () => {
    const got = await verdicts(
      'Under the deal, Hamas released 105 hostages.',
      article('a', 'Under the deal, Hamas was to release 50 hostages.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('agrees when an exact figure meets a bound that contains it', async () => {
    const got = await verdicts(
      'At least 32 people were killed in Gaza on Friday.',
      article('a', 'Officials said 32 people had been killed in Gaza on Friday.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'agree', relations: ['agree:32'] });
  });

  it('calls different figures that fit each other compatible', async () => {
    const got = await verdicts(
      'Since October 7, more than 15,000 people have been killed in Gaza.',
      article('a', 'Since October 7, more than 14,800 people have been killed in Gaza.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'compatible', relations: ['compatible:14,800'] });
  });

  it('gives mixed when some sources agree and some conflict', async () => {
    const got = await verdicts(
      'The seven-day truce ended on Friday.',
      article('a', 'After a week-long truce, fighting resumed.'),
      article('b', 'The six-day truce brought a brief respite.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'mixed' });
    expect(got[0]!.relations.sort()).toEqual(['agree:week-long', 'conflict:six-day']);
  });

  it('never compares different scopes: a single day is not a running total', async () => {
    const got = await verdicts(
      'On Thursday, Hamas released eight hostages.',
      article('a', 'To date, Hamas has released 105 hostages.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('never compares a part with its whole', async () => {
    const got = await verdicts(
      'His office said 137 people are still being held hostage, including 117 men and 20 women.',
      article('a', 'Officials said 130 people are still being held hostage.'),
    );
    expect(got.map((c) => c.verdict)).toEqual(['conflict', 'unverified', 'unverified']);
  });

  it('never compares different events or plans with outcomes', async () => {
    const got = await verdicts(
      'The deal called for Hamas releasing 50 hostages. Gunmen seized more than 200 hostages on October 7.',
      article('a', 'To date, Hamas has released 105 hostages.'),
    );
    expect(got.map((c) => c.verdict)).toEqual(['unverified', 'unverified']);
  });

  it('does not call a conflict when one figure has no stated scope', async () => {
    const got = await verdicts(
      'In turn, Israel released 30 Palestinian prisoners.',
      article('a', 'As of Thursday, 240 Palestinian prisoners had been freed.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified' });
  });

  it('compares figures for one month, a level reached with a level stated, and never two different months', async () => {
    const got = await verdicts(
      'Eurozone inflation fell to 2.3% in November. Core inflation was 3.6% in November.',
      article(
        'a',
        'Inflation in the eurozone slowed to 2.4 per cent in November from 2.9 per cent in October. Core inflation eased to 3.6% in November.',
      ),
    );
    expect(got).toEqual([
      { text: '2.3%', verdict: 'conflict', relations: ['conflict:2.4 per cent'] },
      { text: '3.6%', verdict: 'agree', relations: ['agree:3.6%'] },
    ]);
  });

  it('never calls a conflict between sums of money with no stated time, nor between two owners', async () => {
    const got = await verdicts(
      "The company paid $50 million for the startup. Apple's revenue was $90 billion in the third quarter.",
      article(
        'a',
        "The company paid $80 million for the startup. Microsoft's revenue was $60 billion in the third quarter.",
      ),
    );
    expect(got.map((c) => c.verdict)).toEqual(['unverified', 'unverified']);
  });

  it('never calls a conflict between two changes in one month, which may have different bases', async () => {
    const got = await verdicts(
      'Prices rose 3.1% in November from a year earlier.',
      article('a', 'Prices rose 0.2% in November from October.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('never calls a conflict between a whole and the part a phrase narrows it to', async () => {
    const got = await verdicts(
      'Unemployment among young people rose to 12% in November.',
      article('a', 'Unemployment fell to 3.7% in November.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('takes a place and its longer name for one place, never two places', async () => {
    const got = await verdicts(
      'On Friday, 32 people were killed in the Gaza Strip. On Friday, 12 people were killed in North Korea.',
      article('a', 'On Friday, 40 people were killed in Gaza. On Friday, 15 people were killed in South Korea.'),
    );
    expect(got.map((c) => c.verdict)).toEqual(['conflict', 'unverified']);
  });

  it('takes a figure rounded to fewer decimals as compatible, never whole numbers', async () => {
    const got = await verdicts(
      'The quake struck at a depth of 18 km on Monday. Hamas released 110 hostages on Monday.',
      article('a', 'The quake struck at a depth of 17.9 km on Monday. Hamas released 105 hostages on Monday.'),
    );
    expect(got).toEqual([
      { text: '18 km', verdict: 'compatible', relations: ['compatible:17.9 km'] },
      { text: '110', verdict: 'conflict', relations: ['conflict:105'] },
    ]);
  });

  it('compares measures in different units of one kind', async () => {
    const got = await verdicts(
      'The quake struck at a depth of 18 km on Monday.',
      article('a', 'The quake struck at a depth of 18,000 metres on Monday.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'agree', relations: ['agree:18,000 metres'] });
  });

  it('takes a large count rounded to thousands as compatible, within a twentieth', async () => {
    const got = await verdicts(
      'Since October 7, 6,000 children have been killed in Gaza. Since October 7, 1,000 people have been killed in Israel.',
      article(
        'a',
        'Since October 7, 6,150 children have been killed in Gaza. Since October 7, 1,400 people have been killed in Israel.',
      ),
    );
    expect(got.map((c) => c.verdict)).toEqual(['compatible', 'conflict']);
  });

  it('keeps what narrows a general head: a deposit rate is not a mortgage rate, core inflation not inflation', async () => {
    const got = await verdicts(
      'The ECB deposit rate is 4% in November. Core inflation was 3.6% in November.',
      article('a', 'The ECB said mortgage rates were 5% in November. Inflation was 2.4% in November.'),
    );
    expect(got.map((c) => c.verdict)).toEqual(['unverified', 'unverified']);
  });

  it('matches a role with the people who hold it', async () => {
    const got = await verdicts(
      'To date, Israel has released 240 Palestinian prisoners.',
      article('a', 'As of Thursday, 240 Palestinians had been freed from Israeli prisons.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'agree' });
  });

  it('compares durations across units and rounded figures within their rounding', async () => {
    expect((await verdicts('The siege lasted six weeks.', article('a', 'A 42-day siege ended.')))[0]).toMatchObject({
      verdict: 'agree',
    });
    expect(
      (
        await verdicts(
          'The UN says 1.8 million people have fled.',
          article('a', 'The UN says 1,812,000 people have fled.'),
        )
      )[0],
    ).toMatchObject({ verdict: 'compatible' });
  });

  it('never uses the checked text as its own source', async () => {
    const text =
      'To date, Hamas has released 105 hostages and Israel has released 240 Palestinian prisoners in the exchange.';
    const got = await verdicts(
      text,
      article('self', text),
      article('other', 'To date, Hamas has released 110 hostages.'),
    );
    expect(got[0]).toMatchObject({ verdict: 'conflict', relations: ['conflict:110'] });
  });

  it('explains each match and says which conflicting source is newest', async () => {
    const corpus = new MemoryCorpus([
      article('old', 'To date, Hamas has released 100 hostages.', '2023-11-29'),
      article('new', 'To date, Hamas has released 110 hostages.', '2023-12-01'),
    ]);
    const [claim] = await checkText('To date, Hamas has released 105 hostages.', corpus, null);
    const newest = claim!.matches.find((m) => m.source.origin === 'new')!;
    expect(newest.why[0]).toMatch(/^Same quantity: hostages \(release\), running total/);
    expect(newest.why).toContain('Newest of the conflicting sources (2023-12-01)');
  });

  it('never takes a version of the same story as independent confirmation', async () => {
    const story =
      'To date, Hamas has released 105 hostages. Israel has released 240 Palestinian prisoners to date. The seven-day truce ended. Officials said 137 people are still being held hostage.';
    const rewrite =
      'So far, Hamas has freed 105 hostages. To date, Israel has freed 240 Palestinian prisoners. The seven-day truce is over. Some 137 people are still being held hostage.';
    const corpus = new MemoryCorpus([
      article('rewrite', rewrite),
      article('other', 'To date, Hamas has released 105 hostages, officials said on Friday.'),
    ]);
    const claims = await checkText(story, corpus, null);
    const hostages = claims.find((c) => c.text === '105')!;
    expect(hostages.matches.map((m) => [m.source.origin, m.sameStoryAsPage])).toEqual([
      ['other', false],
      ['rewrite', true],
    ]);
    expect(hostages.verdict).toBe('agree');
    const held = claims.find((c) => c.text === '137')!;
    expect(held.matches.map((m) => m.source.origin)).toEqual(['rewrite']);
    expect(held.verdict).toBe('unverified');
  });

  it('never relates figures from texts about different things', async () => {
    const got = await verdicts(
      'Hurricane Otis killed at least 42 people in Acapulco, Mexican officials said. Otis hit Acapulco overnight.',
      article(
        'a',
        'Since October 7, more than 14,800 people have been killed in Gaza, the Gaza health ministry said. Israel and Hamas traded blame.',
      ),
    );
    expect(got[0]).toMatchObject({ verdict: 'unverified', relations: [] });
  });

  it('never takes two reports that each repeat different figures of the page for one story', async () => {
    const page =
      'In Lyon, 40 homes were flooded, 12 roads were closed and 300 people were evacuated on Monday. In Lyon, 25 schools were shut, 8 bridges were closed and 90 soldiers were deployed on Monday.';
    const a =
      'In Lyon, 40 homes were flooded, 12 roads were closed and 300 people were evacuated on Monday, officials in Lyon said.';
    const b =
      'In Lyon, 25 schools were shut, 8 bridges were closed and 90 soldiers were deployed on Monday, the Lyon prefect said.';
    const claims = await checkText(page, new MemoryCorpus([article('a', a), article('b', b)]), null);
    const stories = new Map(claims.flatMap((c) => c.matches).map((m) => [m.source.origin, m.story]));
    expect(stories.size).toBe(2);
    expect(stories.get('a')).not.toBe(stories.get('b'));
  });

  it("looks a claim up under what its frame read as well as under its own key: a toll read as a town's is of people", async () => {
    const sentence = 'The toll from the floods in the northern town of Varno has reached 4,300.';
    const [claim] = extractClaims(sentence);
    expect(claim!.key).toBe('count|town|');
    const keys = claimLookupKeys(claim!, frameOf(claim!, sentence, claim!.start, '2031-05-02'));
    expect(keys).toEqual(['count|town|', 'count|person|', 'count||']);
    // Filed under people, a report of another figure is a candidate only through the frame's key.
    const got = await verdicts(sentence, article('a', 'The floods in Varno have killed 4,100 people, officials said.'));
    expect(got).toEqual([{ text: '4,300', verdict: 'compatible', relations: ['compatible:4,100'] }]);
  });

  it('finds an older report of the people an event befell among more counts of other people than a key reads', async () => {
    const older = article(
      'older',
      'Divers rescued 14 crew members from the capsized trawler off Brest, the coastguard said.',
    );
    // Later reports of the storm count people injured, each more recent than the rescue.
    const later = Array.from({ length: MAX_PER_KEY + 10 }, (_, i) =>
      article(`later-${i}`, `The storm off Brest injured ${200 + i * 3} people, the coastguard said.`),
    );
    const got = await verdicts('Divers rescued 16 crew members from the trawler off Brest.', older, ...later);
    // Found, it is weighed as any report is: two counts of the rescued with no day said may be one count growing.
    expect(got).toEqual([{ text: '16', verdict: 'compatible', relations: ['compatible:14'] }]);
  });
});
