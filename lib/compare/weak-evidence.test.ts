import { describe, expect, it } from 'vitest';
import { checkedFigure, checkedVerdict, report, verdictAndRelations } from '../../test/support/dated-reports';
import { TELLING_EVENTS } from './weak-evidence';

describe('counts of one thing and deed on weak evidence', () => {
  const tally = report(
    'Orvan Times',
    '2025-03-11',
    'With most votes counted, the Harbour Party was ahead in 61, up from 40 five years ago.',
  );
  const page = (figure: string) =>
    `By late evening the Harbour Party had won or was leading in ${figure}, its best showing in Orvan.`;

  it('a hair apart are one tally read at another moment: compatible', async () => {
    expect(verdictAndRelations(await checkedFigure(page('62'), '2025-03-11', [tally], '62'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 61'],
    });
  });

  it('farther apart may be two quantities: unverified', async () => {
    expect((await checkedFigure(page('70'), '2025-03-11', [tally], '70')).verdict).toBe('unverified');
  });
});

describe('one running total told by its deed and by what is said of the people', () => {
  const towns = report(
    'Orvan Times',
    '2025-03-11',
    'More than 40 people remained cut off in Tarrow and Welby after the landslides blocked the roads.',
  );

  it('two floors of it hold together: compatible', async () => {
    const page = 'Over 300 people are stranded in mountain villages around Tarrow, officials said.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [towns], '300'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 40'],
    });
  });
});

describe('a small count told by its deed on one side and by a noun for it on the other', () => {
  const casualties = report(
    'Orvan Times',
    '2025-03-11',
    'Another two casualties were reported in the neighbouring Arlen valley, officials said.',
  );

  it('is one count when the noun names the deed: the same figure agrees', async () => {
    const page = 'Two hikers died in the Arlen valley when the storm hit.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [casualties], 'Two'))).toEqual({
      verdict: 'agree',
      relations: ['agree two'],
    });
  });

  it('while a noun that names no deed of the other stays apart', async () => {
    const page = 'Two hikers were rescued in the Arlen valley when the storm hit.';
    expect((await checkedFigure(page, '2025-03-11', [casualties], 'Two')).verdict).toBe('unverified');
  });
});

describe('a verb that tells how a count of people was told', () => {
  const shelters = report(
    'Orvan Times',
    '2025-03-11',
    'Around 3,300 people were staying in schools and gyms, Orvan officials said.',
  );

  it('says nothing of what befell them: close counts are compatible', async () => {
    for (const e of TELLING_EVENTS) expect(e.reason.length, e.event).toBeGreaterThan(10);
    const page = 'Orvan officials listed 40 people as missing, adding some 3,400 people who are counted as evacuees.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [shelters], '3,400'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 3,300'],
    });
  });
});

describe('a time from an event against the length of a thing named', () => {
  const since = report('Orvan Times', '2025-03-11', 'Two days after the storm broke, Orvan still had no power.');

  it('unless the time from the event is a change told by it: the length of the change', async () => {
    const extension = report('Orvan Times', '2025-03-11', 'A two-day extension of the Orvan ceasefire was agreed.');
    const page = 'The Orvan ceasefire was extended by two days following the release of prisoners.';
    expect((await checkedFigure(page, '2025-03-11', [extension], 'two days')).verdict).toBe('agree');
  });

  it('are other quantities, whatever the figure', async () => {
    const page = 'The Orvan council declared two days of national mourning for the victims.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [since], 'two days'))).toEqual({
      verdict: 'unverified',
      relations: [],
    });
  });
});

describe('a deed read at one figure only, named in the other figure’s own words', () => {
  const board = report('Orvan Times', '2025-03-11', 'Five other board members vote for the merger, the filing shows.');

  it('is told on both sides: a small count agrees', async () => {
    const page = 'Five members of the Kestrel Foods board voted for the merger and two against it.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [board], 'Five'))).toEqual({
      verdict: 'agree',
      relations: ['agree Five'],
    });
  });

  it('while a side that never names the deed stays apart', async () => {
    const page = 'Five members of the Kestrel Foods board sat through the meeting in silence.';
    expect((await checkedFigure(page, '2025-03-11', [board], 'Five')).verdict).toBe('unverified');
  });

  const trade = report('Orvan Times', '2025-03-11', 'Kestrel Foods stock jumped 7% in extended trading on Tuesday.');

  it('and figures of one traded thing that fit are compatible', async () => {
    const page = 'Kestrel Foods stock rose over 4% in after-hours trading to $91.85.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [trade], '4%'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 7%'],
    });
  });
});

describe('changes of one traded thing read in one day’s reports', () => {
  const close = report('Orvan Times', '2025-03-11', 'Shares of Kestrel Foods plunged 14% on Tuesday.');

  it('are moments of one session, however far apart: compatible', async () => {
    const page = 'In early trading, Kestrel Foods shares were losing around 5 percent.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [close], '5 percent'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 14%'],
    });
  });

  it('but not in reports of other days', async () => {
    const page = 'In early trading, Kestrel Foods shares were losing around 5 percent.';
    expect((await checkedFigure(page, '2025-03-14', [close], '5 percent')).verdict).toBe('unverified');
  });
});

describe('a small count of people named alike at both figures, the deed said on one side only', () => {
  const dead = report(
    'Orvan Times',
    '2025-03-11',
    'Among the dead in Orvan are three lifeguards. Four men from the harbour were arrested on Monday.',
  );

  it('is one group when the noun says who they are: the same figure agrees', async () => {
    const page = 'A fisherman, at least three lifeguards and a nurse were among those caught by the surge in Orvan.';
    expect(await checkedVerdict(page, '2025-03-11', [dead], 'three')).toEqual({
      verdict: 'agree',
      relations: ['agree three'],
    });
  });

  it('and so is a group named by its sub-groups, one side more fully ("four Dutch men", "four men")', async () => {
    const page = 'The four Dutch men had run boat trips along the harbour in Orvan for years.';
    expect(await checkedVerdict(page, '2025-03-11', [dead], 'four')).toEqual({
      verdict: 'agree',
      relations: ['agree Four'],
    });
  });

  it('while bare "people" say nothing of who they are: unverified', async () => {
    const page = 'A fisherman and three people from the harbour were among those caught by the surge in Orvan.';
    const corpus = [
      report('Orvan Times', '2025-03-11', 'Among the dead in Orvan are three people, the coastguard said.'),
    ];
    expect((await checkedFigure(page, '2025-03-11', corpus, 'three')).verdict).toBe('unverified');
  });
});

describe('shares whose own words name the same holder', () => {
  const count = report(
    'Orvan Times',
    '2025-03-11',
    "With most ballots counted, the Harbour Party's vote share stood at 21.4%, the electoral board said.",
  );

  it('a few hundredths apart are one share read at another moment: compatible', async () => {
    const page = "With nearly all ballots counted, the Harbour Party's vote share was 20.9%, the board said.";
    expect(await checkedVerdict(page, '2025-03-12', [count], '20.9%')).toEqual({
      verdict: 'compatible',
      relations: ['compatible 21.4%'],
    });
  });

  it("while another holder's share stays apart", async () => {
    const page = "With nearly all ballots counted, the Farmers Union's vote share was 20.9%, the board said.";
    expect((await checkedFigure(page, '2025-03-12', [count], '20.9%')).verdict).toBe('unverified');
  });
});

describe("a writer's rounding of another outlet's finer figure on weak evidence", () => {
  const fall = report(
    'Orvan Times',
    '2025-03-11',
    'The 11.3 percent drop in Harlow Foods shares on Friday followed the recall.',
  );
  const verdictOf = async (page: string, figure: string, source = fall) =>
    verdictAndRelations(await checkedFigure(page, '2025-03-11', [source], figure));

  it('the rounded figure, of the same deed and thing, is compatible, found though its figure key differs', async () => {
    expect(await verdictOf('Harlow Foods stock fell 11% on Friday after the recall.', '11%')).toEqual({
      verdict: 'compatible',
      relations: ['compatible 11.3 percent'],
    });
    const turnout = report(
      'Orvan Times',
      '2025-03-11',
      'Turnout in the Brenmoor by-election was 42%, the council said.',
    );
    expect(await verdictOf('The Brenmoor by-election drew a turnout of 41.62%.', '41.62%', turnout)).toEqual({
      verdict: 'compatible',
      relations: ['compatible 42%'],
    });
    const birds = report('Orvan Times', '2025-03-11', 'Wardens counted 7,991 geese at the Tarrow reserve last winter.');
    expect(await verdictOf('About 8,000 geese wintered at the Tarrow reserve, wardens said.', '8,000', birds)).toEqual({
      verdict: 'compatible',
      relations: ['compatible 7,991'],
    });
  });

  it('so is a rounding told as one, or a bound that admits the finer figure; a bound that denies it stays apart', async () => {
    for (const page of [
      'Harlow Foods stock fell around 11% on Friday after the recall.',
      'Harlow Foods stock fell more than 11% on Friday after the recall.',
    ])
      expect((await verdictOf(page, '11%')).verdict).toBe('compatible');
    expect((await verdictOf('Harlow Foods stock fell less than 11% on Friday after the recall.', '11%')).verdict).toBe(
      'unverified',
    );
  });

  it('a rise against a fall, or figures said of nothing alike, stay unverified', async () => {
    expect((await verdictOf('Harlow Foods stock rose 11% on Friday after the results.', '11%')).verdict).toBe(
      'unverified',
    );
    const wages = report('Orvan Times', '2025-03-11', 'Wage growth slowed to 3.9% in the year to June.');
    expect((await verdictOf('The two-year gilt yield fell to 3.88% on Friday.', '3.88%', wages)).verdict).toBe(
      'unverified',
    );
  });

  it('a rounding to a single digit is no writer\'s rounding ("2%" for "2.4%"): unverified', async () => {
    const target = report('Orvan Times', '2025-03-11', 'The central bank kept its inflation target of 2% for Orvan.');
    expect(
      (await verdictOf('Inflation in Orvan rose to 2.4% in May, the central bank said.', '2.4%', target)).verdict,
    ).toBe('unverified');
  });

  it('unless the writer hedges the single digit and its band holds the finer figure ("nearly 6%" for "5.97%")', async () => {
    const drop = (figure: string) =>
      report('Orvan Times', '2025-03-11', `The ${figure} drop in Tarrow Rail shares on Friday followed the strike.`);
    const page = (hedge: string) => `Tarrow Rail stock fell ${hedge}6% on Friday after the strike.`;
    expect((await verdictOf(page('nearly '), '6%', drop('5.97%'))).verdict).toBe('compatible');
    expect((await verdictOf(page('about '), '6%', drop('5.97%'))).verdict).toBe('compatible');
    expect((await verdictOf(page('over '), '6%', drop('6.1%'))).verdict).toBe('compatible');
    expect((await verdictOf(page(''), '6%', drop('5.97%'))).verdict).toBe('unverified');
    expect((await verdictOf(page('nearly '), '6%', drop('6.3%'))).verdict).toBe('unverified');
  });
});
