import { describe, expect, it } from 'vitest';
import { checkedFigure, report, verdictAndRelations } from '../../test/support/dated-reports';

describe('two lengths of time from one event', () => {
  const arrival = report(
    'Orvan Times',
    '2025-03-11',
    'Firefighters reached the Orvan depot about 40 minutes after the explosion.',
  );

  it('time their own happenings when neither names it: never a conflict', async () => {
    const alarm = 'The alarm sounded at the Orvan depot about 25 minutes after the explosion.';
    expect(verdictAndRelations(await checkedFigure(alarm, '2025-03-11', [arrival], '25 minutes'))).toEqual({
      verdict: 'unverified',
      relations: [],
    });
  });

  it('agree on the same figure', async () => {
    const told = 'Firefighters reached the Orvan depot 40 minutes after the explosion, the fire service said.';
    expect((await checkedFigure(told, '2025-03-11', [arrival], '40 minutes')).verdict).toBe('agree');
  });
});

describe('a bound or an approximation of the same figure', () => {
  const census = report(
    'Orvan Times',
    '2025-03-11',
    'The Orvan landslide killed 140 people, officials said on Tuesday.',
  );

  // The seed gold reads "more than 15,000" as a floor that takes its figure in, and "at least 32" against "32"
  // and "about 240" against "240" as agreeing: the bounded or rough form contains the exact figure.
  it('agrees with the exact figure, whatever the bound or approximation word', async () => {
    for (const bound of ['more than', 'fewer than', 'over', 'at least', 'up to', 'no more than', 'about', 'nearly']) {
      const page = `The Orvan landslide killed ${bound} 140 people, officials said on Tuesday.`;
      expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [census], '140')), bound).toEqual({
        verdict: 'agree',
        relations: ['agree 140'],
      });
    }
  });

  it('two bounds of the same figure agree too', async () => {
    const page = 'The Orvan landslide killed over 140 people, officials said on Tuesday.';
    const floor = report('Orvan Post', '2025-03-11', 'The Orvan landslide killed more than 140 people on Tuesday.');
    expect((await checkedFigure(page, '2025-03-11', [floor], '140')).verdict).toBe('agree');
  });

  it('while an exact figure inside another bound is only compatible', async () => {
    const page = 'The Orvan landslide killed more than 100 people, officials said on Tuesday.';
    expect((await checkedFigure(page, '2025-03-11', [census], '100')).verdict).toBe('compatible');
  });
});

describe('a range against a figure at one of its ends', () => {
  const estimate = report(
    'Orvan Ledger',
    '2025-03-11',
    'Insured losses from the Orvan storm are estimated at between $4 billion and $6 billion, the insurer said.',
  );

  it('is compatible: the range states both ends', async () => {
    const page = 'Insured losses from the Orvan storm are estimated at $4 billion, the insurer said.';
    expect((await checkedFigure(page, '2025-03-11', [estimate], '$4 billion')).verdict).toBe('compatible');
  });

  it('while the same range agrees', async () => {
    const page = 'Insured losses from the Orvan storm are estimated at $4 billion to $6 billion, the insurer said.';
    expect((await checkedFigure(page, '2025-03-11', [estimate], '$4 billion to $6 billion')).verdict).toBe('agree');
  });
});

describe('two figures of one past year', () => {
  const tally = report(
    'Orvan Times',
    '2025-03-11',
    'In the 2021 election, Mara Dell won the Orvan seat by a margin of 12,400 votes over Ivo Kest.',
  );

  it('are one quantity at one time: different figures conflict', async () => {
    const page = 'Dell beat Ivo Kest in 2021 by a margin of 15,900 votes to take the Orvan seat.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-12', [tally], '15,900'))).toEqual({
      verdict: 'conflict',
      relations: ['conflict 12,400'],
    });
  });

  it('but not figures of different years, nor one of the report’s own time', async () => {
    const other = 'Dell beat Ivo Kest in 2016 by a margin of 15,900 votes to take the Orvan seat.';
    expect((await checkedFigure(other, '2025-03-12', [tally], '15,900')).verdict).not.toBe('conflict');
    const now = 'Dell beat Ivo Kest by a margin of 15,900 votes to take the Orvan seat.';
    expect((await checkedFigure(now, '2025-03-12', [tally], '15,900')).verdict).not.toBe('conflict');
  });
});

describe("a measure converted to the page's unit", () => {
  const depth = report('Orvan Times', '2025-03-11', 'The Orvan earthquake struck at a depth of 34.8 kilometres.');

  it('agrees when it rounds to the figure as the page writes it (34.8 km is 21.6 miles)', async () => {
    const page = 'The Orvan earthquake struck at a depth of about 22 miles.';
    expect((await checkedFigure(page, '2025-03-11', [depth], '22 miles')).verdict).toBe('agree');
  });

  it("is compatible when the conversion rounds to another figure the page's allows", async () => {
    const page = 'The Orvan earthquake struck at a depth of about 21 miles.';
    expect((await checkedFigure(page, '2025-03-11', [depth], '21 miles')).verdict).toBe('compatible');
  });
});

describe('a statistic released once a month, told again before the next release', () => {
  const release = report(
    'Orvan Ledger',
    '2025-06-06',
    'In May, Orvan’s labour force participation rate rose by 0.2 percentage point to 61.4 percent, after being flat since January.',
  );

  it('conflicts when its group is named alike and the figures cannot both hold', async () => {
    const page =
      'The labour force participation rate rose by 0.2 to 61.9%, a sign that more Orvan workers are job-hunting.';
    expect((await checkedFigure(page, '2025-06-16', [release], '61.9%')).verdict).toBe('conflict');
  });

  it('but not a figure of something that moves from day to day, nor one with its group unsaid', async () => {
    const fire = report('Orvan Ledger', '2025-06-06', 'The Orvan ridge fire was 40 percent contained on Friday.');
    const later = 'The Orvan ridge fire was 60% contained, firefighters said.';
    expect((await checkedFigure(later, '2025-06-16', [fire], '60%')).verdict).not.toBe('conflict');
    const unsaid = 'The rate rose by 0.2 to 61.9%, a sign that more Orvan workers are job-hunting.';
    expect((await checkedFigure(unsaid, '2025-06-16', [release], '61.9%')).verdict).not.toBe('conflict');
  });
});

describe('a bound against a figure far from it', () => {
  const ecologists = report(
    'Orvan Times',
    '2025-03-11',
    'The Harbour Party will have 8 to 10 seats on the Orvan council.',
  );

  it('fits it only by its open end: no relation', async () => {
    const page = 'The Harbour Party could get as many as 40 seats on the Orvan council.';
    expect((await checkedFigure(page, '2025-03-11', [ecologists], '40')).verdict).toBe('unverified');
  });

  it('while a close one is compatible', async () => {
    const page = 'The Harbour Party could get as many as 12 seats on the Orvan council.';
    expect((await checkedFigure(page, '2025-03-11', [ecologists], '12')).verdict).toBe('compatible');
  });
});

describe('a length told in whole units of a coarser one', () => {
  const days = report('Orvan Times', '2025-03-11', 'The Orvan dockers ended a 53-day strike on Monday.');

  it('stands for anything within one of its units: compatible, not a conflict', async () => {
    const page = 'The Orvan dockers ended a seven-week strike on Monday.';
    expect(verdictAndRelations(await checkedFigure(page, '2025-03-11', [days], 'seven-week'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 53-day'],
    });
  });

  it('while a length beyond it still conflicts', async () => {
    const page = 'The Orvan dockers ended a five-week strike on Monday.';
    expect((await checkedFigure(page, '2025-03-11', [days], 'five-week')).verdict).toBe('conflict');
  });
});

describe('two lengths of one thing far apart', () => {
  const days = report('Orvan Times', '2025-03-11', 'The Orvan dockers ended a 53-day strike on Monday.');

  it('are more often two things than one told wrong: no conflict', async () => {
    const page = 'The Orvan dockers voted on Monday to end their first strike in 16 years.';
    expect((await checkedFigure(page, '2025-03-11', [days], '16 years')).verdict).toBe('unverified');
  });
});

describe('two lengths that name what they time only away from the figure', () => {
  const deal = report(
    'Orvan Times',
    '2025-03-11',
    'The Orvan dock deal calls for raises of 5% in each of the next two years and 3% in the final year of the contract.',
  );

  it('may time different parts of it: no conflict', async () => {
    const page = 'The new Orvan dock contract will give workers a 13% pay rise over the next three years.';
    expect((await checkedFigure(page, '2025-03-11', [deal], 'three years')).verdict).toBe('unverified');
  });
});

/** Reports a few days apart across a new year, in sentences of our own (a ferry, a forecast). */
describe('figures whose years are only their reports’ years, across a new year', () => {
  const ferry = report('Harbour Post', '2025-12-30', 'The ferry sank about 12 minutes after the alarm sounded.');
  const page = 'The ferry sank about 12 minutes after the alarm sounded, investigators said.';

  it('may be one quantity when the reports are days apart', async () => {
    expect((await checkedFigure(page, '2026-01-03', [ferry], '12 minutes')).verdict).toBe('agree');
  });

  it('stay apart when the reports are weeks apart, or a year is named', async () => {
    expect((await checkedFigure(page, '2026-02-20', [ferry], '12 minutes')).verdict).toBe('unverified');
    const outlook = [report('Market Desk', '2025-12-30', 'The bank expects growth of 1.5% in 2025.')];
    const named = 'The bank expects growth of 1.8% in 2026.';
    expect((await checkedFigure(named, '2026-01-03', outlook, '1.8%')).verdict).toBe('unverified');
  });
});
