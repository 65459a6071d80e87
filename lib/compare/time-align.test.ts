import { describe, expect, it } from 'vitest';
import { checkedVerdict, report } from '../../test/support/dated-reports';
import { OFFSET_WORDS } from './time-words';
import { offsetWord } from './when';

/** Figures compared across reports by the time they refer to, in sentences of our own about an invented place. */
describe('a length of time from or to an event', () => {
  it('is read from the words after it, with a reason for each', () => {
    for (const w of OFFSET_WORDS) expect(w.reason.length, w.words).toBeGreaterThan(10);
    const at = (sentence: string, figure: string) => offsetWord(sentence, sentence.indexOf(figure), figure.length);
    expect(at('Barely three hours after the ceasefire lapsed, shelling resumed in Tolvan.', 'three hours')).toBe(
      'after',
    );
    expect(at('In the forty days before the ceasefire, Tolvan was shelled daily.', 'forty days')).toBe('before');
    expect(at('Ten days into the strike, Tolvan dockers voted again.', 'Ten days')).toBe('into');
    // How long the thing itself lasted.
    expect(at('The Tolvan ceasefire held five days before collapsing.', 'five days')).toBeNull();
    expect(at('A five-day ceasefire in Tolvan ended on Sunday.', 'five-day')).toBeNull();
  });

  it('is never the length of that event', async () => {
    const corpus = [report('Harbour Post', '2025-06-02', 'A five-day ceasefire in Tolvan collapsed on Sunday.')];
    const page = 'Barely three hours after the ceasefire in Tolvan lapsed, shelling resumed.';
    expect((await checkedVerdict(page, '2025-06-02', corpus, 'three hours')).verdict).toBe('unverified');
    const length = 'The Tolvan ceasefire, which lasted four days, collapsed on Sunday.';
    expect((await checkedVerdict(length, '2025-06-02', corpus, 'four days')).verdict).toBe('conflict');
  });
});

describe("an event's day and a count of that day", () => {
  it('are one count when reported the same day, so different figures conflict', async () => {
    const corpus = [report('Harbour Post', '2025-06-04', 'Artillery fire killed 35 people in Tolvan on Tuesday.')];
    const page = "Tuesday's artillery fire in Tolvan killed 41 people, medics said.";
    expect(await checkedVerdict(page, '2025-06-04', corpus, '41')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 35'],
    });
    const same = "Tuesday's artillery fire in Tolvan killed 35 people, medics said.";
    expect((await checkedVerdict(same, '2025-06-04', corpus, '35')).verdict).toBe('agree');
  });

  it('are a morning count and an evening one when both are told on that very day', async () => {
    // 3 June 2025 was a Tuesday: the day was not over when either report was written.
    const corpus = [report('Harbour Post', '2025-06-03', 'Artillery fire killed 35 people in Tolvan on Tuesday.')];
    const page = "Tuesday's artillery fire in Tolvan killed 41 people, medics said.";
    expect(await checkedVerdict(page, '2025-06-03', corpus, '41')).toEqual({
      verdict: 'compatible',
      relations: ['compatible 35'],
    });
  });

  it('meet across a report of the day itself and one of the next day, as one total at two times', async () => {
    // "Monday's blast" in Tuesday's paper against Monday's own report: the toll may have grown.
    const corpus = [report('Harbour Post', '2025-06-02', 'A blast at the Tolvan refinery killed 9 people on Monday.')];
    const page = "Monday's blast at the Tolvan refinery has killed 12 people, the company said.";
    const next = await checkedVerdict(page, '2025-06-03', corpus, '12');
    expect(next).toEqual({ verdict: 'compatible', relations: ['compatible 9'] });
    // Both in Tuesday's paper: the same count.
    const tuesday = [report('Harbour Post', '2025-06-03', 'A blast at the Tolvan refinery killed 9 people on Monday.')];
    expect((await checkedVerdict(page, '2025-06-03', tuesday, '12')).verdict).toBe('conflict');
  });

  it('an evening said two ways is one time', async () => {
    const corpus = [report('Harbour Post', '2025-06-04', 'Shelling killed 23 people in Tolvan on Tuesday evening.')];
    const page = 'Shelling killed 27 people in Tolvan late on Tuesday, medics said.';
    expect((await checkedVerdict(page, '2025-06-04', corpus, '27')).verdict).toBe('conflict');
    const morning = 'Shelling killed 27 people in Tolvan on Tuesday morning, medics said.';
    expect((await checkedVerdict(morning, '2025-06-04', corpus, '27')).verdict).toBe('unverified');
  });
});

describe('a lower bound and a running total', () => {
  it('are compatible when the total has moved past the bound', async () => {
    const corpus = [report('Harbour Post', '2025-06-03', 'The Tolvan flood toll climbs past 500.')];
    const page = 'More than 520 people have died in the Tolvan floods, officials said.';
    expect((await checkedVerdict(page, '2025-06-04', corpus, '520')).verdict).toBe('compatible');
    expect((await checkedVerdict(page, '2025-06-03', corpus, '520')).verdict).toBe('compatible');
  });
});

describe('a total over a period told as over', () => {
  it('is one figure whichever day it is reported, so different figures conflict', async () => {
    const corpus = [
      report(
        'Harbour Post',
        '2025-06-02',
        'Fighting resumed on Monday, marking the end of a ceasefire in Tolvan that allowed for the release of 64 detainees.',
      ),
    ];
    const page = 'The Tolvan ceasefire saw the release of 90 detainees.';
    expect((await checkedVerdict(page, '2025-06-03', corpus, '90')).verdict).toBe('conflict');
    // While the period runs, a total during it is a running total: reported later, a larger figure is news.
    const running = [
      report('Harbour Post', '2025-06-01', 'During the ceasefire in Tolvan, 64 detainees have been released.'),
    ];
    const ongoing = 'During the ceasefire in Tolvan, 90 detainees have been released.';
    expect((await checkedVerdict(ongoing, '2025-06-03', running, '90')).verdict).toBe('compatible');
  });
});

describe('a total over a period named with words before its noun, told as over', () => {
  it("is that period's total however the period is named, so different figures conflict", async () => {
    const corpus = [
      report(
        'Harbour Post',
        '2025-06-02',
        'During the ceasefire in Tolvan, which ended on Sunday, 64 detainees were released.',
      ),
    ];
    const week =
      'Over the course of the week-long Tolvan ceasefire, which collapsed on Sunday, rebels freed 70 detainees.';
    expect((await checkedVerdict(week, '2025-06-03', corpus, '70')).verdict).toBe('conflict');
    const after = 'Rebels freed 70 detainees during the six-day Tolvan ceasefire, which expired on Sunday.';
    expect((await checkedVerdict(after, '2025-06-03', corpus, '70')).verdict).toBe('conflict');
    const saw = 'The Tolvan ceasefire, which broke down on Sunday, saw rebels free 70 detainees.';
    expect((await checkedVerdict(saw, '2025-06-03', corpus, '70')).verdict).toBe('conflict');
  });

  it('is a running total while nothing says the period is over, and no figure of another clause', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-01', 'During the six-day Tolvan ceasefire, 64 detainees have been released.'),
    ];
    const ongoing = 'During the six-day Tolvan ceasefire, 70 detainees have been released so far.';
    expect((await checkedVerdict(ongoing, '2025-06-03', corpus, '70')).verdict).toBe('compatible');
    // A figure in another clause of the sentence is no total over the period.
    const toll = [
      report(
        'Harbour Post',
        '2025-06-02',
        'During the Tolvan ceasefire, which ended on Sunday, 40 people were killed.',
      ),
    ];
    const since =
      'During the Tolvan ceasefire, which ended on Sunday, 70 detainees were freed, and since then 52 people have been killed.';
    expect((await checkedVerdict(since, '2025-06-04', toll, '52')).verdict).not.toMatch(/conflict|mixed/);
    // A period that "has lasted" so long is still running.
    const siege = [
      report(
        'Harbour Post',
        '2025-06-02',
        'During the siege of Tolvan, which has lasted since April, 640 people died.',
      ),
    ];
    const longer = 'During the two-month siege of Tolvan, which has lasted since April, 700 people died.';
    expect((await checkedVerdict(longer, '2025-06-04', siege, '700')).verdict).toBe('compatible');
  });
});

describe('a one-time figure dated only by its report', () => {
  const release = [
    report('Harbour Post', '2025-03-07', "Tolvan's jobless rate rose to 5.1 percent, the statistics office said."),
  ];

  it('is the same release told again within four weeks, and the next release after that', async () => {
    const retold = "Tolvan's jobless rate is 5.1 percent, a two-year high.";
    expect((await checkedVerdict(retold, '2025-03-20', release, '5.1 percent')).verdict).toBe('agree');
    expect((await checkedVerdict(retold, '2025-04-09', release, '5.1 percent')).verdict).toBe('unverified');
  });

  it('while a running total a month later is still one series', async () => {
    const toll = [report('Harbour Post', '2025-03-07', 'Floods in Tolvan have killed 40 people, officials said.')];
    const later = 'The Tolvan flood toll stands at 52, officials said.';
    expect((await checkedVerdict(later, '2025-04-07', toll, '52')).verdict).toBe('compatible');
  });
});

describe('a figure its sentence sets before the report', () => {
  it('is an earlier count of a running total, not a second figure for the same time', async () => {
    // 3 June 2025 was a Tuesday: both name the same moment, so they are one count.
    const corpus = [
      report('Harbour Post', '2025-06-03', 'As of Tuesday evening, 46 people had died in the Tolvan floods.'),
    ];
    const now = 'As of Tuesday evening, 40 people had died in the Tolvan floods.';
    expect((await checkedVerdict(now, '2025-06-03', corpus, '40')).verdict).toBe('conflict');
    const before = 'Earlier, 40 people had been counted dead in the Tolvan floods so far.';
    expect((await checkedVerdict(before, '2025-06-03', corpus, '40')).verdict).toBe('compatible');
  });
});

describe('a length planned and a length told', () => {
  it('agree on the same figure and never conflict', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-03', 'Tolvan declared a state of emergency for three months on Monday.'),
    ];
    const planned = 'The state of emergency in Tolvan will last three months, the governor said.';
    expect((await checkedVerdict(planned, '2025-06-03', corpus, 'three months')).verdict).toBe('agree');
    const other = 'The state of emergency in Tolvan will last two months, the governor said.';
    expect((await checkedVerdict(other, '2025-06-03', corpus, 'two months')).verdict).not.toMatch(/conflict|mixed/);
  });
});

describe('what a period brought, told as over', () => {
  it('is a total over that period, compared with a total to date reported when it was over', async () => {
    const corpus = [report('Harbour Post', '2025-06-02', 'To date, 64 detainees have been released in Tolvan.')];
    const page = 'The Tolvan ceasefire lasted six days and saw the release of 70 detainees.';
    expect((await checkedVerdict(page, '2025-06-02', corpus, '70')).verdict).toBe('conflict');
    const same = 'The Tolvan ceasefire lasted six days and saw the release of 64 detainees.';
    expect((await checkedVerdict(same, '2025-06-02', corpus, '64')).verdict).toBe('agree');
    // What a period still going on has brought is a running total: a later, larger figure is news.
    const war = [report('Harbour Post', '2025-06-02', 'The war in Tolvan saw 1,200 people killed, officials said.')];
    const later = 'The war in Tolvan saw 1,450 people killed, officials said.';
    expect((await checkedVerdict(later, '2025-06-05', war, '1,450')).verdict).toBe('compatible');
  });
});

describe('a running total told by what is said of the people counted', () => {
  it('is a series across days', async () => {
    const corpus = [
      report(
        'Harbour Post',
        '2025-06-02',
        'More than 120 victims were buried in mass graves in Tolvan, officials said.',
      ),
    ];
    const page = 'On Saturday, the Tolvan health minister said 1,310 people had been buried so far.';
    expect((await checkedVerdict(page, '2025-06-08', corpus, '1,310')).verdict).toBe('compatible');
  });
});

describe('a share of one named thing that one deed befell', () => {
  const corpus = [
    report(
      'Valley Courier',
      '2026-06-10',
      'Growers said half of the vineyards in the Morlan valley were destroyed by hail.',
    ),
  ];

  it('is one figure on one day, so shares that cannot both hold conflict', async () => {
    const page = 'Hail destroyed a third of the vineyards in the Morlan valley, growers said.';
    expect(await checkedVerdict(page, '2026-06-10', corpus, 'a third')).toEqual({
      verdict: 'conflict',
      relations: ['conflict half'],
    });
  });

  it('may grow as the damage is assessed, days later', async () => {
    const page = 'Hail destroyed 40% of the vineyards in the Morlan valley, growers said.';
    expect((await checkedVerdict(page, '2026-06-08', corpus, '40%')).verdict).toBe('compatible');
  });
});

describe('a figure of an earlier occasion', () => {
  it("is never compared with a figure of its report's own time", async () => {
    const corpus = [
      report('Harbour Post', '2025-05-18', 'Tolvan Rovers finished with 71 points last season, a club record.'),
      report('Harbour Post', '2025-05-18', 'Four years ago, the Greens won 14 seats on the Tolvan city council.'),
    ];
    const points = 'Tolvan Rovers have taken 64 points this season, the club said.';
    expect((await checkedVerdict(points, '2025-05-18', corpus, '64')).verdict).toBe('unverified');
    const seats = 'The Greens won 11 seats on the Tolvan city council, officials said.';
    expect((await checkedVerdict(seats, '2025-05-18', corpus, '11')).verdict).toBe('unverified');
  });

  it('may be a figure of that occasion told with its year', async () => {
    const corpus = [
      report('Harbour Post', '2025-05-18', 'Four years ago, the Greens won 14 seats on the Tolvan city council.'),
    ];
    const page = 'In 2021, the Greens won 14 seats on the Tolvan city council.';
    expect((await checkedVerdict(page, '2025-05-18', corpus, '14')).verdict).toBe('agree');
  });
});

describe('a day a source gave its figures on', () => {
  it('dates every figure it told, so the same count a day later agrees as one total', async () => {
    const corpus = [
      report('Harbour Post', '2025-06-05', 'Nine people are still missing in Tolvan, the coastguard said.'),
    ];
    const page =
      'The Tolvan coastguard chief told a news conference Wednesday that 14 people had died and nine were missing.';
    expect(await checkedVerdict(page, '2025-06-04', corpus, 'nine')).toEqual({
      verdict: 'agree',
      relations: ['agree Nine'],
    });
  });
});

describe('one figure of one deed told of two different days', () => {
  const corpus = [report('Valley Wire', '2025-06-03', 'Landslides killed 14 people in the Tolvan hills on Monday.')];

  it("is two days' counts that happen to be equal, never agreement", async () => {
    // 2 June and 9 June 2025 were both Mondays.
    const later = 'Landslides killed 14 people in the Tolvan hills on Monday, rescuers said.';
    expect((await checkedVerdict(later, '2025-06-10', corpus, '14')).verdict).toBe('unverified');
    const named = "Monday's landslides in the Tolvan hills killed 14 people.";
    expect((await checkedVerdict(named, '2025-06-10', corpus, '14')).verdict).toBe('unverified');
  });

  it('agrees when the two days are one', async () => {
    const same = 'Fourteen people were killed by landslides in the Tolvan hills on Monday.';
    expect((await checkedVerdict(same, '2025-06-03', corpus, 'Fourteen')).verdict).toBe('agree');
  });
});

describe('a stock of people kept as a list and given out once a day (the missing)', () => {
  // 4 June 2025 was a Wednesday.
  const corpus = [
    report(
      'Harbour Post',
      '2025-06-04',
      'After the ferry sank off Tolvan, 42 passengers were still missing, the coastguard said.',
    ),
  ];

  it('is one list in two reports of one day, so different counts conflict', async () => {
    const page = 'Divers off Tolvan searched the bay as 55 passengers remained unaccounted for.';
    expect(await checkedVerdict(page, '2025-06-04', corpus, '55')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 42'],
    });
  });

  it('falls as people are found, so a later lower count is no contradiction', async () => {
    const page = 'Divers off Tolvan found more ferry passengers alive, and 30 passengers remained unaccounted for.';
    expect((await checkedVerdict(page, '2025-06-05', corpus, '30')).verdict).toBe('compatible');
  });

  it("may be the day before's list when only one report names its day", async () => {
    const page = 'Divers off Tolvan searched on Wednesday for 55 ferry passengers still missing.';
    expect((await checkedVerdict(page, '2025-06-04', corpus, '55')).verdict).toBe('compatible');
  });

  it("is one list when a report tells only a span's start, which names no day", async () => {
    const page = 'As two days passed since the ferry sank off Tolvan, more than 50 passengers are still missing.';
    expect(await checkedVerdict(page, '2025-06-04', corpus, '50')).toEqual({
      verdict: 'conflict',
      relations: ['conflict 42'],
    });
    // Another field: a mine's missing, the span told from the flooding.
    const mine = [
      report('Valley Wire', '2025-06-04', 'Rescuers said 17 miners were still missing at the Tolvan colliery.'),
    ];
    const since = 'Since the shaft flooded at the Tolvan colliery, 25 miners have been missing.';
    expect((await checkedVerdict(since, '2025-06-04', mine, '25')).verdict).toBe('conflict');
  });
});
