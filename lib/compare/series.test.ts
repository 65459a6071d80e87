import { describe, expect, it } from 'vitest';
import {
  checkedAgainst,
  checkedFigure as checked,
  floodTollReports,
  report,
  verdictAndRelations,
} from '../../test/support/dated-reports';
import { extractClaims } from '../claims/extract';
import { frameOf } from './frame';
import {
  DEPLOYED_HEADS,
  KNOWN_EVENTS,
  RUNNING_TOTAL_EVENTS,
  RUNNING_TOTAL_HEADS,
  RUNNING_TOTAL_PREDICATES,
  runningTotalOf,
  TRADED_HEADS,
  type SeriesPoint,
} from './series';

/** The points of a series as "figure, time words or day, order". */
const line = (points: SeriesPoint[] | undefined) =>
  (points ?? [])
    .map((p) => `${p.text} ${p.words || p.day} (${p.order}${p.revised ? ', revised down' : ''})`)
    .join('; ');

const totalOf = (sentence: string, figure: string) => {
  const claim = extractClaims(sentence).find((c) => c.text === figure)!;
  return runningTotalOf(frameOf(claim, sentence, claim.start - claim.sentenceStart, null))?.event ?? null;
};

describe('running totals', () => {
  it('name only events the lexicon knows, and give a reason for each', () => {
    for (const t of RUNNING_TOTAL_EVENTS) {
      expect(KNOWN_EVENTS.has(t.event), t.event).toBe(true);
      expect(t.reason.length).toBeGreaterThan(10);
      expect(typeof t.hourly, t.event).toBe('boolean');
    }
    const events = new Set(RUNNING_TOTAL_EVENTS.map((t) => t.event));
    for (const h of RUNNING_TOTAL_HEADS) expect(events.has(h.event), h.head).toBe(true);
  });

  it('are read from what happened or from what is counted, and other counts are not', () => {
    expect(totalOf('Floods in Marvale have killed 480 people.', '480')).toBe('kill');
    expect(totalOf('The Marvale flood toll rose to 480.', '480')).toBe('kill');
    expect(totalOf('Health officials in Marvale have confirmed 300 cases of cholera.', '300')).toBe('infect');
    expect(totalOf('Police in Marvale made 45 arrests overnight.', '45')).toBe('arrest');
    expect(totalOf('Some 30,000 people were displaced by the Marvale floods.', '30,000')).toBe('flee');
    // What is said of the people counted, when no verb the lexicon knows says what happened.
    expect(totalOf('So far, 212 people have been buried in Marvale.', '212')).toBe('kill');
    for (const p of RUNNING_TOTAL_PREDICATES)
      expect(KNOWN_EVENTS.has(p.event) && p.reason.length > 10, p.word).toBe(true);
    expect(totalOf('Marvale, a port city, is home to about 90,000 people.', '90,000')).toBeNull();
    expect(totalOf('Two bridges in Marvale collapsed in the storm.', 'Two')).toBeNull();
    // What is said of a thing named is not said of people: buried sheds are no toll.
    expect(totalOf('So far, 40 sheds have been buried by the Marvale mudslide.', '40')).toBeNull();
    expect(totalOf('So far, 40 have been buried in Marvale.', '40')).toBe('kill');
  });
});

describe('a running total reported at several times', () => {
  const reports = floodTollReports;

  it('lists the reports around the figure in order of time, with their own time words', async () => {
    const claim = await checked('So far, 530 people have died in the Marvale floods.', '2024-03-03', reports, '530');
    expect(claim.verdict).toBe('compatible');
    expect(line(claim.series)).toBe('480 as of saturday evening (older); 530 so far (this); 612 by monday (newer)');
  });

  it('has no line for a figure that is no running total, nor for one reported only at its own time', async () => {
    const population = [report('P', '2024-03-02', 'Marvale, a port city, is home to about 90,000 people.')];
    const city = await checked('Marvale is home to about 90,000 people.', '2024-03-04', population, '90,000');
    expect(city.series).toBeUndefined();
    const sameDay = await checked('So far, 612 people have died in the Marvale floods.', '2024-03-04', reports, '612');
    expect(sameDay.verdict).toBe('agree');
    expect(sameDay.series?.map((p) => p.order)).toEqual(['older', 'this', 'same time']);
  });

  it('takes a toll that grew far between two reports for one series, never a contradiction', async () => {
    const early = [report('MON', '2024-03-04', 'The Marvale earthquake killed at least 2,800 people, officials said.')];
    const claim = await checked('The Marvale earthquake has killed 20,000 people.', '2024-03-08', early, '20,000');
    expect(claim.verdict).toBe('compatible');
    expect(claim.series!.map((p) => `${p.text}:${p.order}`)).toEqual(['2,800:older', '20,000:this']);
  });

  it('orders two reports of one day by the hour', async () => {
    const evening = [
      report('WED', '2024-03-06', 'As of Wednesday evening, 11,104 people had died in the Marvale earthquake.'),
    ];
    const claim = await checked(
      'By Wednesday morning, 8,704 people had died in the Marvale earthquake.',
      '2024-03-06',
      evening,
      '8,704',
    );
    expect(claim.verdict).toBe('compatible');
    expect(line(claim.series)).toBe('8,704 by wednesday morning (this); 11,104 as of wednesday evening (newer)');
    expect(claim.matches[0]!.why.join('; ')).toContain('11,104 as of wednesday (2024-03-06), newer than this figure');
  });

  it("does not take a day's toll for the next report of a far larger total", async () => {
    const war = [report('THU', '2024-03-07', 'The war in Marvale has killed 14,800 people, officials said.')];
    const day = await checked('Strikes in Marvale killed 109 people.', '2024-03-08', war, '109');
    expect(day.verdict).toBe('unverified');
  });

  it('says a toll reported lower at a later time was revised down, and calls it no conflict', async () => {
    const revision = [
      report('SAT', '2024-03-02', 'Officials in Marvale said 11,300 people had died in the floods.'),
      report('MON', '2024-03-04', 'The UN said 3,958 people had died in the Marvale floods.'),
    ];
    const claim = await checked(
      'So far, 11,300 people have died in the Marvale floods.',
      '2024-03-02',
      revision,
      '11,300',
    );
    expect(claim.verdict).toBe('agree');
    expect(line(claim.series)).toBe(
      '11,300 so far (this); 11,300 2024-03-02 (same time); 3,958 2024-03-04 (newer, revised down)',
    );
    const later = await checked(
      'So far, 3,958 people have died in the Marvale floods.',
      '2024-03-04',
      revision,
      '3,958',
    );
    expect(later.verdict).toBe('agree');
    const between = await checked('The Marvale flood toll is 6,000.', '2024-03-03', revision, '6,000');
    expect(between.verdict).toBe('compatible');
  });

  it('takes a toll a little lower the next day, with no word of a revision, for no conflict', async () => {
    // A drop between days is as often a narrower count (one region, one agency) as a toll told wrong; only a
    // sentence that says a figure replaced another makes a conflict of it (correction.ts).
    const thursday = [report('THU', '2024-03-07', 'So far, 3,577 people have died in the Marvale earthquake.')];
    const friday = await checked('The Marvale earthquake toll is nearing 3,400.', '2024-03-08', thursday, '3,400');
    expect(friday.verdict).toBe('compatible');
    expect(line(friday.series)).toContain('(this, revised down)');
  });

  it("takes the toll of an event named by its day as of its report: no conflict between two days' tolls", async () => {
    const wednesday = [
      report('WED', '2024-03-06', "Monday's earthquake in Marvale killed 8,704 people, officials said."),
    ];
    const later = await checked(
      'The earthquake that struck Marvale on Monday has killed 15,383 people.',
      '2024-03-07',
      wednesday,
      '15,383',
    );
    expect(later.verdict).toBe('compatible');
    expect(line(later.series)).toBe('8,704 2024-03-06 (older); 15,383 2024-03-07 (this)');
    const sameDay = await checked(
      'So far, 8,704 people have died in the Marvale earthquake.',
      '2024-03-06',
      wednesday,
      '8,704',
    );
    expect(sameDay.verdict).toBe('agree');
  });

  it('still lets two different counts of one total at one named moment conflict', async () => {
    const evening = [report('MON', '2024-03-04', 'As of Monday evening, 612 people had died in the Marvale floods.')];
    const page = 'As of Monday evening, 530 people had died in the Marvale floods.';
    const claim = await checked(page, '2024-03-04', evening, '530');
    expect(claim.verdict).toBe('conflict');
    expect(claim.series).toBeUndefined();
    const monday = [report('MON', '2024-03-04', 'As of Monday, 612 people had died in the Marvale floods.')];
    const asOf = 'As of Monday, 530 people had died in the Marvale floods.';
    expect((await checked(asOf, '2024-03-04', monday, '530')).verdict).toBe('conflict');
  });
});

describe('a running total reported twice on one day', () => {
  // 4 March 2024 was a Monday; neither report says at what hour it was written.
  const morning = [report('AM', '2024-03-04', 'The Marvale floods have killed 1,204 people so far, officials said.')];

  it('is a morning count and an evening one, not a contradiction', async () => {
    const page = 'So far, 1,650 people have died in the Marvale floods, officials said.';
    const claim = await checked(page, '2024-03-04', morning, '1,650');
    expect(claim.verdict).toBe('compatible');
    expect(claim.matches[0]!.why.join('; ')).toContain('Same running total reported at another time: 1,204');
    const injured = [report('AM', '2024-03-04', 'At least 940 people were hurt in the Marvale floods so far.')];
    const more = 'So far, at least 1,310 people have been injured in the Marvale floods.';
    expect((await checked(more, '2024-03-04', injured, '1,310')).verdict).toBe('compatible');
  });

  it('is so whether a report says "so far", names the day, or names an hour the other does not', async () => {
    const night = 'The toll from the Marvale floods rose to 1,650 by Monday night.';
    expect((await checked(night, '2024-03-04', morning, '1,650')).verdict).toBe('compatible');
    const asOf = [report('AM', '2024-03-04', 'As of Monday, the Marvale floods had killed 1,204 people.')];
    const sofar = 'The Marvale floods have killed 1,650 people so far.';
    expect((await checked(sofar, '2024-03-04', asOf, '1,650')).verdict).toBe('compatible');
    // A day's toll told on that day: the day was not over.
    const day = [report('AM', '2024-03-04', 'The Marvale floods killed 1,204 people on Monday.')];
    const later = 'The Marvale floods killed 1,650 people on Monday, the governor said.';
    expect((await checked(later, '2024-03-04', day, '1,650')).verdict).toBe('compatible');
  });

  it('is so when both reports name that very day, the day they were told on', async () => {
    const told = (day: string) => [
      report('AM', day, 'Police on Monday said 212 protesters had been arrested in Marvale so far.'),
    ];
    const page = 'A police spokesman, speaking on Monday, confirmed that 260 protesters have been arrested in Marvale.';
    expect((await checked(page, '2024-03-04', told('2024-03-04'), '260')).verdict).toBe('compatible');
    // Told the next day, "on Monday" is the day as a whole, over: one count.
    expect((await checked(page, '2024-03-05', told('2024-03-05'), '260')).verdict).toBe('conflict');
  });

  it('grows as a toll does within a day, and no further', async () => {
    const early = [report('AM', '2024-03-04', 'The Marvale floods have killed six people so far, officials said.')];
    const page = 'The Marvale floods have killed 36 people so far, officials said.';
    expect((await checked(page, '2024-03-04', early, '36')).verdict).toBe('compatible');
    const far = 'The Marvale floods have killed 480 people so far, officials said.';
    expect((await checked(far, '2024-03-04', early, '480')).verdict).toBe('unverified');
  });

  it('is no contradiction on a page of unknown date either', async () => {
    const page = 'The Marvale floods have killed 1,650 people so far.';
    const claims = await checkedAgainst(page, null, morning);
    expect(claims.find((c) => c.text === '1,650')!.verdict).toBe('compatible');
  });

  it('keeps counts made once a day, batch by batch, one count: different figures conflict', async () => {
    const freed = [report('AM', '2024-03-04', 'Rebels in Marvale have released 105 captives so far.')];
    const page = 'Rebels in Marvale have released 110 captives so far.';
    expect((await checked(page, '2024-03-04', freed, '110')).verdict).toBe('conflict');
  });
});

describe('a figure that is no running total, told again within four weeks', () => {
  const release = [
    report(
      'Dunmore Ledger',
      '2025-05-02',
      "Dunmore's rental vacancy rate fell to 2.1 percent, the housing agency said.",
    ),
  ];

  it('agrees on the same figure; another that cannot also hold is no growth: a conflict when named alike', async () => {
    const retold = "Dunmore's rental vacancy rate is 2.1 percent, the lowest in a decade.";
    expect((await checked(retold, '2025-05-16', release, '2.1 percent')).verdict).toBe('agree');
    const other = "Dunmore's rental vacancy rate is 2.6 percent, the lowest in a decade.";
    expect((await checked(other, '2025-05-16', release, '2.6 percent')).verdict).toBe('conflict');
    const office = "Dunmore's office vacancy rate is 2.6 percent, the lowest in a decade.";
    expect((await checked(office, '2025-05-16', release, '2.6 percent')).verdict).toBe('unverified');
    const bounded = "Dunmore's rental vacancy rate is under 3 percent, the lowest in a decade.";
    expect((await checked(bounded, '2025-05-16', release, '3 percent')).verdict).toBe('compatible');
  });
});

describe('two floors of one toll reported the same day', () => {
  const earlier = [
    report(
      'Orsk Post',
      '2025-10-03',
      'At least 12 villagers have been killed in Orsk since the shelling began on Friday, officials said.',
    ),
  ];

  it('are compatible as far as a toll grows in a day, told more or less fully', async () => {
    const later = 'At least 47 Ukrainian villagers have been killed in Orsk, officials said.';
    expect(await checked(later, '2025-10-03', earlier, '47')).toMatchObject({ verdict: 'compatible' });
    const beyond = 'At least 200 Ukrainian villagers have been killed in Orsk, officials said.';
    expect((await checked(beyond, '2025-10-03', earlier, '200')).verdict).toBe('unverified');
  });

  it('are not, over a span named otherwise: a total of one strike is a part', async () => {
    const part = 'At least 30 Ukrainian villagers were killed in the strike on early Friday in Orsk, officials said.';
    expect((await checked(part, '2025-10-03', earlier, '30')).verdict).toBe('unverified');
  });
});

describe('a floor that says nothing of what it counts', () => {
  const toll = [
    report('Varna Post', '2025-03-02', 'More than 2,400 people have died in the Varna floods, officials said.'),
  ];

  it('fits a close floor of a named thing, where an exact figure naming nothing stays apart', async () => {
    const floor =
      'The Varna flood toll passed 2,600 on Sunday, a sharp jump from the previous count of more than 2,100.';
    expect((await checked(floor, '2025-03-02', toll, '2,100')).verdict).toBe('compatible');
    // A sentence opening on a toll lends its event to a figure naming nothing (frame.ts): this one opens on none.
    const exact = 'Officials in Varna reported 2,600 on Sunday, a sharp jump from the previous count of 2,100.';
    expect((await checked(exact, '2025-03-02', toll, '2,100')).verdict).toBe('unverified');
  });
});

describe("one day's toll", () => {
  it('is counted on after its day: reports of different days are one count at two times', async () => {
    const thatDay = report(
      'Orvan Times',
      '2025-03-11',
      'A landslide injured 40 people in the Orvan valley on Tuesday, officials said.',
    );
    const later = 'The landslide injured 55 people in the Orvan valley on Tuesday, officials said.';
    expect((await checked(later, '2025-03-13', [thatDay], '55')).verdict).toBe('compatible');
    // Counted batch by batch, a day's release is final for its day.
    const released = report(
      'Orvan Times',
      '2025-03-11',
      'Guards released 12 prisoners from the Orvan jail on Tuesday.',
    );
    const told = 'Guards released 18 prisoners from the Orvan jail on Tuesday.';
    expect((await checked(told, '2025-03-13', [released], '18')).verdict).toBe('conflict');
  });
});

describe('the time since an event, told in reports of different days', () => {
  // 14 to 16 May 2025: a Wednesday to a Friday; the storm broke on Sunday the 11th.
  const corpus = [
    report('Coast Daily', '2025-05-14', 'Three days after the storm broke, Pellmoor still had no power.'),
    report('Valley News', '2025-05-16', 'Five days after the storm, ferries to Pellmoor resumed.'),
  ];
  const page = (text: string, day: string, figure: string) =>
    checked(text, day, corpus, figure).then(verdictAndRelations);

  it('grows with the report: lengths that place the event on one day are one elapsed time', async () => {
    expect(await page('Four days after heavy rain hit Pellmoor, roads reopened.', '2025-05-15', 'Four days')).toEqual({
      verdict: 'compatible',
      relations: ['compatible Five days', 'compatible Three days'],
    });
  });

  it('is no such time when the lengths place the event days apart', async () => {
    const late = 'Nine days after the storm, Pellmoor counted its losses.';
    expect((await page(late, '2025-05-15', 'Nine days')).verdict).toBe('unverified');
  });
});

describe('what is sent to a disaster', () => {
  it('is a running total when nothing says what befell it, with a reason for each head', () => {
    for (const h of DEPLOYED_HEADS) expect(h.reason.length, h.head).toBeGreaterThan(10);
    expect(totalOf('The province sent 12 rescue teams to Marvale.', '12')).toBe('deployed');
    expect(totalOf('Some 300 ambulances were waiting outside Marvale station.', '300')).toBe('deployed');
    // What befell them decides first.
    expect(totalOf('Four soldiers were killed near Marvale.', 'Four')).toBe('kill');
  });

  it('grows and shrinks as the operation goes on: counts at other times are a series', async () => {
    const corpus = [report('Coast Daily', '2025-05-16', 'Three rescue teams were at work in Marvale, officials said.')];
    const page = 'Nine rescue teams were at work in Marvale, officials said.';
    expect(verdictAndRelations(await checked(page, '2025-05-18', corpus, 'Nine'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible Three'],
    });
  });
});

describe('a traded price told in reports of one day', () => {
  it('moves by the minute: close changes read at other moments are compatible', async () => {
    for (const h of TRADED_HEADS) expect(h.reason.length, h.head).toBeGreaterThan(10);
    const corpus = [
      report('Coast Daily', '2025-05-16', 'Shares fell 58% in premarket trading Friday before they were halted.'),
    ];
    const page = 'Shares of MVB were down 41% in premarket trading, after slumping about 30% in the previous session.';
    expect(verdictAndRelations(await checked(page, '2025-05-16', corpus, '41%'))).toEqual({
      verdict: 'compatible',
      relations: ['compatible 58%'],
    });
  });
});
