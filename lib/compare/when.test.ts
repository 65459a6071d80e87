import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract';
import {
  AS_OF_WORDS,
  AT_OCCASION,
  DAY_EDGES,
  DAY_PARTS,
  LAST_TIME_WORDS,
  LEVEL_VERBS,
  OCCASION_COMPARED,
  OCCASIONS,
  PREVIOUS_WORDS,
  RELATIVE_DAYS,
  RELATIVE_WEEKS,
  HAPPENINGS,
  HAPPENING_CLAUSE_OPENERS,
  DAY_SHIFTS,
  PERFECT_ADVERBS,
  PERFECT_AUXILIARIES,
  TO_COME_WORDS,
  NOT_TO_COME_AFTER,
  TOLD_AUDIENCES,
  UPDATE_LABELS,
} from './time-words';
import { CLOCK_HALVES, CLOCK_ZONES } from '../claims/clock';
import { DIMENSION_AFTER, DIMENSION_BEFORE } from './size';
import {
  bareReportDay,
  earlierOccasion,
  hoursBetween,
  sameMoment,
  sameTime,
  whenOf,
  yearNamed,
  type When,
} from './when';

// Friday 1 December 2023.
const FRIDAY = '2023-12-01';
// Wednesday 6 March 2024.
const WEDNESDAY = '2024-03-06';

/** The time of the figure `figure` in `sentence`, as extraction reads its scope and the sentence its words. */
function timeOf(sentence: string, figure: string, published: string | null = WEDNESDAY, runningTotal = false): When {
  const claim = extractClaims(sentence).find((c) => c.text === figure);
  if (!claim) throw new Error(`no claim "${figure}" in: ${sentence}`);
  const at = claim.start - claim.sentenceStart;
  return whenOf(claim.quantity, published, sentence, at, claim.text.length, runningTotal);
}

describe('the time a figure refers to', () => {
  it('resolves named days against the date of publication', () => {
    expect(whenOf({ scope: 'single_day', anchor: 'thursday' }, FRIDAY).day).toBe('2023-11-30');
    expect(whenOf({ scope: 'single_day', anchor: 'friday' }, FRIDAY).day).toBe(FRIDAY);
    expect(whenOf({ scope: 'single_day', anchor: 'yesterday' }, FRIDAY).day).toBe('2023-11-30');
    expect(whenOf({ scope: 'single_day', anchor: 'november 28' }, FRIDAY).day).toBe('2023-11-28');
    expect(whenOf({ scope: 'cumulative', anchor: 'as of sunday' }, FRIDAY).day).toBe('2023-11-26');
  });

  it('resolves a date in the year its sentence names with it ("September 21, 1999")', () => {
    const sentence = 'The worst quake in Kessra struck on September 21, 1999, killing 2,400 people.';
    expect(timeOf(sentence, '2,400').day).toBe('1999-09-21');
  });

  it('takes a running total with no day of its own as of publication', () => {
    expect(whenOf({ scope: 'cumulative', anchor: 'since october 7' }, FRIDAY).day).toBe(FRIDAY);
    expect(whenOf({ scope: 'other', anchor: '' }, FRIDAY).day).toBe(FRIDAY);
    expect(whenOf({ scope: 'period', anchor: 'november' }, FRIDAY).day).toBeNull();
    const since = timeOf('Since 9 January, 300 people have been arrested in the Marvale protests.', '300');
    expect([since.day, since.words]).toEqual([WEDNESDAY, 'since 9 january']);
    const latest = timeOf('According to the latest official figures, 530 people have died in Marvale.', '530');
    expect([latest.day, latest.words]).toEqual([WEDNESDAY, 'latest']);
    expect(timeOf('So far, 530 people have died in Marvale.', '530').words).toBe('so far');
  });

  it('reads the part of a day: an evening said two ways is one time, a morning another', () => {
    const evening = timeOf('Rescuers in Marvale said 40 people died on Tuesday evening.', '40');
    const late = timeOf('Late on Tuesday, 40 people died in Marvale.', '40');
    const lateNoOn = timeOf('Floods killed 40 people in Marvale late Tuesday.', '40');
    const morning = timeOf('Floods killed 40 people in Marvale on Tuesday morning.', '40');
    expect(evening).toMatchObject({ day: '2024-03-05', hours: [17, 24] });
    expect(sameTime(evening, late)).toBe('same');
    expect(sameMoment(evening, late)).toBe(true);
    expect(sameTime(lateNoOn, evening)).toBe('same');
    expect(sameTime(morning, evening)).toBe('different');
    // The whole of Tuesday holds its evening: one day, told more or less closely.
    const tuesday = timeOf('Floods killed 40 people in Marvale on Tuesday.', '40');
    expect(sameTime(tuesday, evening)).toBe('same');
    expect(sameMoment(tuesday, evening)).toBe(false);
  });

  it('reads a weekday in the possessive as that day, in a report of the next day', () => {
    const possessive = timeOf("Tuesday's landslide in Marvale buried 14 houses.", '14');
    const onTheDay = timeOf('A landslide buried 14 houses in Marvale on Tuesday.', '14', '2024-03-05');
    expect(possessive.day).toBe('2024-03-05');
    expect(sameTime(possessive, onTheDay)).toBe('same');
  });

  it('takes "overnight" for the night just past, which meets the night before named and the early hours', () => {
    const overnight = timeOf('Overnight, floods in Marvale killed 12 people.', '12');
    const named = timeOf('Floods in Marvale killed 12 people on Tuesday night.', '12');
    const early = timeOf('Floods in Marvale killed 12 people early on Wednesday.', '12');
    expect(overnight).toMatchObject({ day: '2024-03-05', hours: [18, 29] });
    expect(sameTime(overnight, named)).toBe('same');
    expect(sameTime(overnight, early)).toBe('same');
    expect(sameTime(named, timeOf('Floods in Marvale killed 12 people on Wednesday.', '12'))).toBe('different');
  });

  it('puts a running total as of the day its words say it was taken or given', () => {
    expect(timeOf('As of Sunday night, 480 people had died in the Marvale floods.', '480')).toMatchObject({
      day: '2024-03-03',
      hours: [18, 29],
      words: 'as of sunday night',
    });
    expect(timeOf('The death toll from the Marvale floods rose to 612 by Monday.', '612')).toMatchObject({
      day: '2024-03-04',
      words: 'by monday',
    });
    expect(timeOf('Officials said on Monday that 612 people had died in the Marvale floods.', '612').day).toBe(
      '2024-03-04',
    );
    expect(timeOf('Marvale officials announced late Friday that 1,200 people were missing.', '1,200')).toMatchObject({
      day: '2024-03-01',
      hours: [17, 24],
    });
    expect(timeOf('The toll in Marvale stood at 96 as of Feb. 27, officials said.', '96').day).toBe('2024-02-27');
    // A total said to stand on a day its own words name, with no "as of": as of that day and its part of it.
    const still = 'After the pit flooded, 17 miners were still trapped on Monday evening, the company said.';
    expect(timeOf(still, '17', WEDNESDAY, true)).toMatchObject({
      day: '2024-03-04',
      hours: [17, 24],
      words: 'monday evening',
    });
    // A telling's hour and day past the figure's own words: its clock, and a day told relative to the report.
    const hour = 'Some 40 workers were hurt and 9 were still missing, the mine operator said at 9pm on Monday.';
    expect(timeOf(hour, '9', WEDNESDAY, true)).toMatchObject({ day: '2024-03-04', hours: [21, 22] });
    const past =
      '12 died and 9 were missing, besides 30 who remained cut off, the mine operator said at 6 p.m. yesterday.';
    expect(timeOf(past, '9', WEDNESDAY, true)).toMatchObject({ day: '2024-03-05', hours: [18, 19] });
    const plain =
      '12 died and 9 were missing, besides 30 who remained cut off, the mine operator told reporters yesterday.';
    expect(timeOf(plain, '9', WEDNESDAY, true)).toMatchObject({ day: '2024-03-05', words: 'yesterday' });
    // Not a day its words give an event: "Sunday's flood" dates the flood.
    const flood = "After Sunday's flood, 17 miners were still trapped in the pit.";
    expect(timeOf(flood, '17', WEDNESDAY, true)).toMatchObject({ day: WEDNESDAY, words: '' });
    expect(timeOf('Police in Marvale said 25 people were arrested this morning.', '25')).toMatchObject({
      day: WEDNESDAY,
      hours: [5, 12],
    });
  });

  it("takes the day of an event's toll for the event's, the toll as of its report", () => {
    const toll = (sentence: string, figure: string) => timeOf(sentence, figure, '2024-03-07', true);
    expect(toll("Monday's earthquake in Marvale has killed 8,704 people.", '8,704')).toMatchObject({
      day: '2024-03-07',
      eventDay: '2024-03-04',
    });
    expect(toll('The earthquake that struck Marvale on Monday has killed 15,383 people.', '15,383')).toMatchObject({
      day: '2024-03-07',
      eventDay: '2024-03-04',
    });
    expect(toll('In Marvale, 23 people were killed in the blast on Monday.', '23').eventDay).toBe('2024-03-04');
    // The day of the count itself, and a figure that is no running total, keep their day.
    expect(toll('In Marvale the toll on Monday stood at 80.', '80')).toMatchObject({ day: '2024-03-04' });
    expect(toll('In Marvale the toll on Monday stood at 80.', '80').eventDay).toBeUndefined();
    expect(timeOf("Monday's vote in Marvale gave the mayor 52%.", '52%', '2024-03-07').day).toBe('2024-03-04');
  });

  it("takes an event's day told past a long place, an adjective or another clause's telling for the event's", () => {
    const toll = (sentence: string, figure: string) => timeOf(sentence, figure, '2024-03-07', true);
    const cases: [string, string][] = [
      ["The toll from the cyclone that battered Marvale's northern coast on Sunday has climbed to 210.", '210'],
      ['The number of dead from the typhoon that tore through the islands of the Kessra chain on Sunday is 88.', '88'],
      ['The death toll from the quake that struck the west coast of central Marvale on Sunday has risen to 48.', '48'],
      ['The Sunday twin blasts in the city have killed 73 people.', '73'],
      ["At least 670 people are presumed dead following a mudslide in Marvale's highlands on Sunday.", '670'],
    ];
    for (const [sentence, figure] of cases)
      expect(toll(sentence, figure), sentence).toMatchObject({ day: '2024-03-07', eventDay: '2024-03-03' });
    // The toll as of a telling named after it stays as of the telling, running since the event.
    expect(
      toll(
        "The toll in the province from Monday's powerful quake has risen to 312, the governor said on Wednesday.",
        '312',
      ),
    ).toMatchObject({ day: '2024-03-06', eventDay: '2024-03-04' });
    // A later figure of the same event's toll, with no day in its own words, runs since the event too.
    const left = "Sunday's cyclone in Marvale has left 2,012 dead and 2,059 injured, the ministry said.";
    expect(toll(left, '2,059')).toMatchObject({ day: '2024-03-07', eventDay: '2024-03-03' });
    const began =
      'The floods in Marvale, which began on Sunday, have now killed at least 95 people and left 40 missing.';
    expect(toll(began, '40')).toMatchObject({ day: '2024-03-07', eventDay: '2024-03-03' });
    // An event years past keeps its own final toll.
    const past = 'The worst quake in Kessra struck on September 21, 1999, causing 2,400 deaths and injuring 100,000.';
    expect(toll(past, '100,000').day).toBe('1999-09-21');
    // A day owning a happening ("by Sunday's storm", "last week's floods") is no time the toll stands as of.
    expect(toll("The number of people displaced by Sunday's storm in Marvale has reached 12,000.", '12,000').day).toBe(
      '2024-03-07',
    );
    expect(toll("The toll from last week's floods in Marvale has risen to 212.", '212')).toMatchObject({
      day: '2024-03-07',
      daysBefore: 0,
    });
    expect(toll('In Marvale 12,000 people had been displaced by Sunday, officials said.', '12,000').day).toBe(
      '2024-03-03',
    );
    // A day told after a linking word, or in another clause, is not the event's.
    expect(toll('Rescuers found 12 bodies on Monday after the quake.', '12')).toMatchObject({ day: '2024-03-04' });
    expect(toll('Rescuers found 12 bodies on Monday after the quake.', '12').eventDay).toBeUndefined();
    const war = 'The war began when gunmen stormed into Marvale on October 7, killing 1,200 and seizing more than 200.';
    expect(toll(war, '200')).toMatchObject({ day: '2023-10-07' });
  });

  it('gives each of two totals in one sentence its own day', () => {
    const sentence = 'The Marvale toll rose from 480 as of Saturday to 612 by Monday.';
    expect(timeOf(sentence, '480').day).toBe('2024-03-02');
    expect(timeOf(sentence, '612').day).toBe('2024-03-04');
    expect(hoursBetween(timeOf(sentence, '612'), timeOf(sentence, '480'))).toBe(48);
  });

  it('takes "last week" for the days of the week before, which hold a day named in it', () => {
    const lastWeek = timeOf('Last week, storms destroyed 300 homes in Marvale.', '300');
    expect(lastWeek).toMatchObject({ day: '2024-03-03', daysBefore: 6 });
    expect(sameTime(lastWeek, whenOf({ scope: 'single_day', anchor: 'march 1' }, WEDNESDAY))).toBe('same');
    expect(sameTime(lastWeek, whenOf({ scope: 'other', anchor: '' }, WEDNESDAY))).toBe('different');
  });

  it('reads the year a figure is about, not the years it is measured against or that name other things', () => {
    const yearOf = (sentence: string, figure: string) => {
      const claim = extractClaims(sentence).find((c) => c.text === figure)!;
      return yearNamed(sentence, claim.start - claim.sentenceStart, claim.text.length);
    };
    expect(yearOf('It was the worst blaze in Marvale since 1921, when 212 homes burned.', '212')).toBe(1921);
    expect(
      yearOf('A 1998 storm that flattened the old harbour district of Marvale killed nearly 4,000 people.', '4,000'),
    ).toBe(1998);
    expect(yearOf('The storm killed 310 people in Marvale in 1998, the year the dam opened.', '310')).toBe(1998);
    expect(yearOf('In 2016, the Greens won 14 seats in Marvale and the Liberals won 31 seats.', '31')).toBe(2016);
    // A total running since a year, a base of comparison, a range, a year of another noun: the report's own year.
    expect(yearOf('Since 2016, 4,000 people have left Marvale.', '4,000')).toBeNull();
    expect(yearOf('Rents in Marvale are up 6.1% from March 2023.', '6.1%')).toBeNull();
    expect(yearOf('Marvale added 9,000 jobs, close to its 2012-2019 average.', '9,000')).toBeNull();
    expect(yearOf('The Marvale Party won 4 seats, a party founded in 2018.', '4')).toBeNull();
    // A relative clause on the figure before tells of what that figure is of, in its year.
    expect(yearOf('The Marvale flood of 1998 reached 6.2 metres, which destroyed 400 homes.', '400')).toBe(1998);
    expect(yearOf('The Marvale flood of 1998 reached 6.2 metres, and this year 400 homes flooded.', '400')).toBeNull();
    // A "when" clause on a year tells of that year, every figure in it, whatever word brought the year in; a day or
    // a year named after the "when" leaves the clause.
    const compared =
      'Ridership fell, compared with 2019, when the line carried 4.2 million riders, or 61% of commuters, and buses 28%.';
    expect(yearOf(compared, '4.2 million')).toBe(2019);
    expect(yearOf(compared, '61%')).toBe(2019);
    expect(yearOf(compared, '28%')).toBe(2019);
    expect(yearOf('Exports are lower than in 2008, when they came to $31 billion.', '$31 billion')).toBe(2008);
    expect(
      yearOf('The team scored more than in 2015, when it won 19 games, and it won 23 games on Sunday.', '23'),
    ).toBeNull();
    // Years joined after it name a span of what the words after the figure tell.
    expect(
      yearOf('Marvale added 9,000 jobs in the wake of tax rises by the council in 2021 and 2022.', '9,000'),
    ).toBeNull();
  });

  it('reads a figure placed at an earlier occasion, not one compared with it or of another clause', () => {
    for (const w of [...OCCASIONS, ...PREVIOUS_WORDS, ...LAST_TIME_WORDS, ...AT_OCCASION, ...OCCASION_COMPARED])
      expect(w.reason.length, w.words).toBeGreaterThan(10);
    const earlier = (sentence: string, figure: string) => {
      const claim = extractClaims(sentence).find((c) => c.text === figure)!;
      return earlierOccasion(sentence, claim.start - claim.sentenceStart, claim.text.length);
    };
    expect(earlier('Rovers took 64 points this season, against 71 points last season.', '71')).toBe(true);
    expect(earlier('Rovers took 64 points this season, against 71 points last season.', '64')).toBe(false);
    expect(earlier('Four years ago, the Greens won 14 seats on the Marvale council.', '14')).toBe(true);
    expect(earlier('The Greens won 9 seats at the last council election in Marvale.', '9')).toBe(true);
    expect(earlier('Rovers scored 140 goals in the previous two seasons.', '140')).toBe(true);
    expect(earlier('The Greens had held 14 seats in the previous council, well above the 12 they hold.', '12')).toBe(
      false,
    );
    // A base of comparison, and the latest tally, are not an earlier occasion.
    expect(earlier('The Greens won 9 more seats in Marvale than last time.', '9')).toBe(false);
    expect(earlier("Marvale's turnout of 61 percent was higher than in the last election.", '61 percent')).toBe(false);
    expect(earlier('At last count, the Greens were ahead in 9 wards of Marvale.', '9')).toBe(false);
  });

  it('counts days and weeks back from the report with "ago"', () => {
    expect(timeOf('Three days ago, floods killed 40 people in Marvale.', '40')).toMatchObject({
      day: '2024-03-03',
      daysBefore: 0,
      words: 'three days ago',
    });
    const weeks = timeOf('Police arrested 75 people in Marvale two weeks ago.', '75');
    expect(weeks).toMatchObject({ day: '2024-02-24', daysBefore: 6 });
    expect(sameTime(weeks, whenOf({ scope: 'single_day', anchor: 'february 21' }, WEDNESDAY))).toBe('same');
    expect(sameTime(weeks, whenOf({ scope: 'other', anchor: '' }, WEDNESDAY))).toBe('different');
  });

  it("takes a toll since an event's day for a total running from it, as of the report", () => {
    const toll = (sentence: string) => timeOf(sentence, '90', WEDNESDAY, true);
    const resumed = toll('At least 90 people have been killed in Marvale after the fighting resumed on Monday.');
    expect(resumed).toMatchObject({ day: WEDNESDAY, eventDay: '2024-03-04' });
    const expired = toll(
      'Strikes have killed 90 people in Marvale since the truce expired Monday after a week of calm.',
    );
    expect(expired).toMatchObject({ day: WEDNESDAY, eventDay: '2024-03-04' });
  });

  it('leaves a day to the later figure it is compared with, and to all figures when it closes or opens the clause', () => {
    const up = 'The Marvale flood toll stands at 52, up from 40 on Monday.';
    // Extraction now leaves "on Monday" to the figure after "up from"; either way 52 stands as of the report.
    expect(timeOf(up, '52').day).toBe(WEDNESDAY);
    expect(timeOf(up, '40').day).toBe('2024-03-04');
    expect(timeOf('Floods killed 12 people in Marvale and injured 40 on Monday.', '12').day).toBe('2024-03-04');
    expect(timeOf('On Monday, 12 people died in Marvale and 40 were injured.', '40').day).toBe('2024-03-04');
  });

  it("takes a running total said on a day for a total as of that day, not that day's count", () => {
    const given = timeOf(
      'The Marvale flood toll is now 212, according to the regional authority on Tuesday.',
      '212',
      WEDNESDAY,
      true,
    );
    expect(given).toMatchObject({ day: '2024-03-05', asOfDay: true });
    // A level said to hold now, given by a source named at length, whatever it counts.
    const level = timeOf(
      "Marvale's register of damaged homes is now at 4,120, according to the regional housing and planning office on Tuesday.",
      '4,120',
    );
    expect(level).toMatchObject({ day: '2024-03-05', asOfDay: true });
    // A day's own count stays one day's.
    expect(
      timeOf('Floods killed 35 people in Marvale on Tuesday, officials said.', '35', WEDNESDAY, true).asOfDay,
    ).toBeUndefined();
  });

  it("takes a day after whom a source told, and the day a sentence opens its telling with, as the telling's", () => {
    for (const { words, reason } of TOLD_AUDIENCES) {
      expect(reason.length, words).toBeGreaterThan(10);
      const verb = /^(?:at|in) /.test(words) ? 'said' : 'told';
      const told = `The Marvale mayor ${verb} ${words} on Tuesday that 212 people had been evacuated.`;
      expect(timeOf(told, '212', WEDNESDAY, true), words).toMatchObject({ day: '2024-03-05', words: 'as of tuesday' });
    }
    // The day of the telling dates every figure told after it, not only the first.
    const both = 'The Marvale fire chief told a press conference Tuesday that 31 people had died and 12 were missing.';
    expect(timeOf(both, '12', WEDNESDAY, true)).toMatchObject({ day: '2024-03-05', asOfDay: true });
    // A day's own count, with the telling on no day, stays that day's.
    const own = 'The Marvale fire chief told reporters that 31 people died on Tuesday and 12 were missing.';
    expect(timeOf(own, '31', WEDNESDAY, true).asOfDay).toBeUndefined();
  });

  it('takes a running total brought to its figure on a day ("passed", "reached") for a total as of that day', () => {
    for (const { words } of LEVEL_VERBS)
      expect(
        timeOf(
          `The cholera outbreak in Marvale ${words} 1,240 on Tuesday, aid workers said.`,
          '1,240',
          WEDNESDAY,
          true,
        ),
        words,
      ).toMatchObject({ day: '2024-03-05', asOfDay: true });
    // Whatever bound stands between the verb and the figure.
    expect(
      timeOf('The cholera outbreak in Marvale passed more than 1,240 on Tuesday.', '1,240', WEDNESDAY, true),
    ).toMatchObject({ day: '2024-03-05', asOfDay: true });
  });

  it('dates the totals of a sentence that opens on a day', () => {
    const opened = timeOf(
      'On Sunday, the Marvale health minister told reporters that 1,310 people had been buried so far.',
      '1,310',
    );
    expect(opened).toMatchObject({ day: '2024-03-03', words: 'on sunday' });
    expect(timeOf('Late on Monday, Marvale officials put the toll at 93.', '93')).toMatchObject({
      day: '2024-03-04',
      hours: [17, 24],
    });
  });

  it('leaves a month named past a comparison to the figure compared with', () => {
    const following = timeOf('Marvale factories added 4,100 jobs, following a similar gain in May.', '4,100');
    expect(following).toMatchObject({ day: WEDNESDAY, notOwnDay: true });
    expect(timeOf('Marvale factories added 4,100 jobs in June.', '4,100').notOwnDay).toBeUndefined();
    expect(timeOf('In June, Marvale factories added 4,100 jobs.', '4,100').notOwnDay).toBeUndefined();
  });

  it('leaves a span named past a state held before the figure to that state', () => {
    const sentence =
      "Marvale's occupancy rate rose by 3 percentage points to 71 percent, after being flat since March.";
    expect(timeOf(sentence, '3 percentage points')).toMatchObject({ day: WEDNESDAY, notOwnDay: true });
    // A span of the figure's own: "since March" told plainly, or before the figure.
    const own = timeOf('Marvale hotels have hired 900 workers since March, after a slow winter.', '900');
    expect(own.notOwnDay).toBeUndefined();
  });

  it('meets an undated weekday with a dated one by its name, and tells unknown apart', () => {
    const undated = whenOf({ scope: 'single_day', anchor: 'thursday' }, null);
    expect(sameTime(undated, whenOf({ scope: 'single_day', anchor: 'thursday' }, FRIDAY))).toBe('same');
    expect(sameTime(undated, whenOf({ scope: 'single_day', anchor: 'friday' }, FRIDAY))).toBe('different');
    expect(sameTime(whenOf({ scope: 'other', anchor: '' }, null), whenOf({ scope: 'other', anchor: '' }, FRIDAY))).toBe(
      'unknown',
    );
  });
});

describe('the time words tables', () => {
  it('give a reason for every entry and read each entry in a sentence', () => {
    for (const table of [DAY_PARTS, DAY_EDGES, RELATIVE_DAYS, AS_OF_WORDS, RELATIVE_WEEKS, LEVEL_VERBS])
      for (const entry of table) expect(entry.reason.length).toBeGreaterThan(5);
    for (const { word, hours } of DAY_PARTS)
      expect(timeOf(`Floods killed 40 people in Marvale on Tuesday ${word}.`, '40').hours).toEqual(hours);
    for (const { words } of AS_OF_WORDS)
      expect(timeOf(`The Marvale toll reached 612 ${words} Monday.`, '612').day).toBe('2024-03-04');
    for (const { words } of RELATIVE_WEEKS)
      expect(timeOf(`${words}, storms destroyed 300 homes.`, '300').words).toBe(words);
  });
});

describe('a day a happening is told of, outside the figure', () => {
  // Wednesday 6 March 2024: Monday is the 4th, Saturday the 2nd.
  it('gives the figure the day its sentence says the actor gave it, not the happening day', () => {
    const sentence =
      'Officials on Monday raised the toll in the explosion on Saturday to 48 from 31 and put the number of wounded at 210.';
    expect(timeOf(sentence, '210', WEDNESDAY, true).day).toBe('2024-03-04');
    const crash =
      'The ministry on Monday revised the number of dead in the bus crash on Saturday to 19 and gave the number of injured as 64.';
    expect(timeOf(crash, '64', WEDNESDAY, true).day).toBe('2024-03-04');
  });

  it('reads a day after a happening and where it happened as the happening day', () => {
    const t = timeOf(
      'At least 52 deaths have been confirmed from the bombing at the market near the port on Saturday.',
      '52',
      WEDNESDAY,
      true,
    );
    expect(t.eventDay).toBe('2024-03-02');
    expect(t.day).toBe(WEDNESDAY);
    const last = timeOf(
      'The toll from the fire at a warehouse in the old town last Saturday has risen to 23.',
      '23',
      WEDNESDAY,
      true,
    );
    expect(last.eventDay).toBe('2024-03-02');
  });

  it('reads a day inside a relative clause on a happening as the happening day', () => {
    for (const { words, reason } of HAPPENING_CLAUSE_OPENERS) {
      expect(reason.length).toBeGreaterThan(10);
      const t = timeOf(
        `Police charged two men over the blast at a fuel depot near Marvale, ${words} on Saturday night killed 31 people.`,
        '31',
        WEDNESDAY,
        true,
      );
      expect(t, words).toMatchObject({ day: WEDNESDAY, eventDay: '2024-03-02' });
    }
    const flood = timeOf('The floods, which early on Monday killed 12 people, cut the road.', '12', WEDNESDAY, true);
    expect(flood.eventDay).toBe('2024-03-04');
    // A relative clause on no happening keeps its day: "the agency, which on Monday put the toll at 80".
    const agency = timeOf('The agency, which on Monday put the toll at 80, has not updated it.', '80', WEDNESDAY, true);
    expect(agency.eventDay).toBeUndefined();
  });

  it('reads a day told before a happening noun as the happening day', () => {
    const t = timeOf(
      'Mourners gathered for the 26 people killed in the Saturday night shooting in Marvale.',
      '26',
      WEDNESDAY,
      true,
    );
    expect(t).toMatchObject({ day: WEDNESDAY, eventDay: '2024-03-02' });
    const blast = timeOf('Doctors treated 64 people injured in the Monday blast.', '64', WEDNESDAY, true);
    expect(blast.eventDay).toBe('2024-03-04');
    // A day before a noun of no happening is the figure's: "the Monday count".
    expect(timeOf('The Monday count put the dead at 40.', '40', WEDNESDAY, true).eventDay).toBeUndefined();
  });

  it('keeps the happening day when no other day is named before it', () => {
    // The quake's own toll: no actor's day stands before it.
    const quake = timeOf('The earthquake on Saturday destroyed 300 homes and killed 41.', '41', WEDNESDAY);
    expect(quake.day).toBe('2024-03-02');
  });

  it('reads every happening of the table, with a reason, as the day of what it names', () => {
    for (const { word, reason } of HAPPENINGS) {
      expect(reason.length).toBeGreaterThan(10);
      const sentence = `Officials on Monday said the toll from the ${word} at a depot in Marvale on Saturday had reached 52.`;
      expect(timeOf(sentence, '52', WEDNESDAY, true).eventDay, word).toBe('2024-03-02');
    }
  });
});

describe('a tally given as of an hour of the clock', () => {
  it('is as of the day after the hour, at that hour, in any zone or half of the day', () => {
    // Wednesday 6 March 2024: Monday is the 4th.
    for (const { word } of CLOCK_HALVES) {
      const t = timeOf(`The toll in Marvale stood at 212 as of 3 ${word} Monday.`, '212', WEDNESDAY, true);
      expect(t.day, word).toBe('2024-03-04');
      expect(t.hours[0], word).toBe(word.startsWith('p') ? 15 : 3);
    }
    for (const { word, reason } of CLOCK_ZONES) {
      expect(reason.length).toBeGreaterThan(10);
      const t = timeOf(`As of 6 a.m. ${word} on Monday, 480 people had died in Marvale.`, '480', WEDNESDAY, true);
      expect(t, word).toMatchObject({ day: '2024-03-04', hours: [6, 7] });
    }
    const dated = timeOf('The number of missing in Marvale stood at 179 as of 2:30 p.m. on March 4.', '179');
    expect(dated).toMatchObject({ day: '2024-03-04', hours: [14.5, 15.5] });
  });

  it('tells two hours of one day apart, and meets the part of the day the hour is in', () => {
    const two = timeOf('The toll in Marvale stood at 212 as of 2 p.m. Monday.', '212', WEDNESDAY, true);
    const six = timeOf('The toll in Marvale stood at 240 as of 6 p.m. Monday.', '240', WEDNESDAY, true);
    expect(sameTime(two, six)).toBe('different');
    const afternoon = timeOf('The toll in Marvale stood at 212 on Monday afternoon.', '212', WEDNESDAY, true);
    expect(sameTime(two, afternoon)).toBe('same');
  });

  it("is of the report's day at that hour when no day is named", () => {
    const t = timeOf('The toll in Marvale stood at 212 as of 2 p.m.', '212', WEDNESDAY, true);
    expect(t).toMatchObject({ day: WEDNESDAY, hours: [14, 15] });
    const zone = timeOf('As of 6 a.m. Eastern Time, 277 votes had been counted in Marvale.', '277', WEDNESDAY, true);
    expect(zone).toMatchObject({ day: WEDNESDAY, hours: [6, 7] });
  });

  it('leaves "just before 10 p.m. Wednesday" a time on that day, no limit of a total', () => {
    const t = timeOf('The toll of 36 was confirmed just before 10 p.m. Monday.', '36', WEDNESDAY, true);
    expect(t.day).toBe('2024-03-04');
  });
});

describe('a running total told in the perfect', () => {
  it('stands as of the day its sentence names, whatever auxiliary or adverb', () => {
    for (const { words, reason } of PERFECT_AUXILIARIES) {
      expect(reason.length).toBeGreaterThan(10);
      const t = timeOf(`Later on Monday, officials said 212 people ${words} died in Marvale.`, '212', WEDNESDAY, true);
      expect(t, words).toMatchObject({ day: '2024-03-04', asOfDay: true });
    }
    for (const { words, reason } of PERFECT_ADVERBS) {
      expect(reason.length).toBeGreaterThan(10);
      const t = timeOf(`On Monday, 212 people had ${words} been killed in Marvale.`, '212', WEDNESDAY, true);
      expect(t.asOfDay, words).toBe(true);
    }
  });

  it("leaves a day's deeds in the simple past that day's", () => {
    const t = timeOf('On Monday, 212 people were killed in Marvale.', '212', WEDNESDAY, true);
    expect(t.day).toBe('2024-03-04');
    expect(t.asOfDay).toBeUndefined();
  });
});

describe("a figure moved from its sentence's day by whole days", () => {
  it('is of the day before or after, as its words say', () => {
    for (const { words, days, reason } of DAY_SHIFTS) {
      expect(reason.length).toBeGreaterThan(10);
      const t = timeOf(`Officials in Marvale said on Monday that the storm destroyed 212 homes ${words}.`, '212');
      expect(t.day, words).toBe(days < 0 ? '2024-03-03' : '2024-03-05');
    }
  });

  it('leaves the day of a figure with no such words', () => {
    expect(timeOf('Officials in Marvale said the storm destroyed 212 homes on Monday.', '212').day).toBe('2024-03-04');
  });
});

describe('a total up to the end of a day', () => {
  it('stands as of that day', () => {
    const t = timeOf('By the end of Monday, 212 people had died in Marvale.', '212', WEDNESDAY, true);
    expect(t).toMatchObject({ day: '2024-03-04', asOfDay: true });
    const close = timeOf('Airlines cancelled 1,208 flights by the close of Monday.', '1,208', WEDNESDAY, true);
    expect(close).toMatchObject({ day: '2024-03-04', asOfDay: true });
  });
});

describe("a day's tally named by the day", () => {
  it("is the tally as it stood that day, no event's day", () => {
    for (const noun of ['toll', 'death toll', 'count', 'tally', 'figure']) {
      const t = timeOf(`Monday's ${noun} of 212 in Marvale was revised on Tuesday.`, '212', WEDNESDAY, true);
      expect(t.eventDay, noun).toBeUndefined();
      expect(t.day, noun).toBe('2024-03-04');
    }
    const night = timeOf("Monday night's toll of 212 in Marvale was revised.", '212', WEDNESDAY, true);
    expect(night.eventDay).toBeUndefined();
    // A happening named by its day keeps its day as the event's.
    const quake = timeOf("Monday's quake in Marvale has killed 212 people.", '212', WEDNESDAY, true);
    expect(quake.eventDay).toBe('2024-03-04');
  });
});

describe('the size of a thing', () => {
  it('holds whatever day its sentence names, told by any of the words of the tables', () => {
    for (const { words, reason } of DIMENSION_AFTER) {
      expect(reason.length).toBeGreaterThan(10);
      const monday = timeOf(`On Monday a tanker 240 metres ${words} ran aground off Marvale.`, '240 metres');
      const later = timeOf(`Divers inspected the tanker, 240 metres ${words}, on Tuesday.`, '240 metres');
      expect(sameTime(monday, later), words).toBe('same');
    }
    for (const { words, reason } of DIMENSION_BEFORE) {
      expect(reason.length).toBeGreaterThan(10);
      const t = timeOf(`On Monday the ferry, which has ${words} 90 metres, sank off Marvale.`, '90 metres');
      expect(t.size, words).toBe(true);
    }
    const hyphen = timeOf('On Monday the 984-foot-long freighter struck the Marvale bridge.', '984-foot');
    expect(hyphen.size).toBe(true);
  });

  it('leaves depths and heights above ground dated: floods and waves change them', () => {
    const deep = timeOf('On Monday the water in Marvale was 3 metres deep.', '3 metres');
    const high = timeOf('On Tuesday the water in Marvale was 4 metres deep.', '4 metres');
    expect(deep.size).toBeUndefined();
    expect(sameTime(deep, high)).toBe('different');
  });
});

describe('a toll told with a relative day', () => {
  it('keeps the day, where extraction reads it as of that day', () => {
    // Wednesday 6 March 2024.
    expect(timeOf('The toll in Marvale rose to 90 yesterday.', '90', WEDNESDAY, true).day).toBe('2024-03-05');
    expect(timeOf('The toll in Marvale reached 90 today.', '90', WEDNESDAY, true).day).toBe(WEDNESDAY);
    expect(timeOf('The toll in Marvale climbed to 90 overnight.', '90', WEDNESDAY, true).hours).toEqual([18, 29]);
  });

  it('reads no day in a name closed by one ("India Today", "USA Today")', () => {
    const t = timeOf('Of the 1,081 dead, 90 were from Marvale, according to Marvale Today.', '90', WEDNESDAY, true);
    expect(t.words).toBe('');
    const told = timeOf('The toll in Marvale rose to 90 yesterday, an official told USA Today.', '90', WEDNESDAY, true);
    expect(told.day).toBe('2024-03-05');
  });
});

describe("a time label opening a live report's entry", () => {
  it('dates a running total in it as of that time, whichever label word', () => {
    for (const { words, reason } of UPDATE_LABELS) {
      expect(reason.length, words).toBeGreaterThan(10);
      const label = `${words[0]!.toUpperCase()}${words.slice(1)}, Monday 10pm: The number of missing in Marvale has risen to 31.`;
      expect(timeOf(label, '31', WEDNESDAY, true), words).toMatchObject({ day: '2024-03-04', asOfDay: true });
    }
    const after = 'Monday 10pm update: The number of missing in Marvale has risen to 31.';
    expect(timeOf(after, '31', WEDNESDAY, true)).toMatchObject({ day: '2024-03-04', asOfDay: true });
    // A day opening a sentence with no label's colon or dash is no label.
    const told = timeOf('Monday saw 31 people go missing in Marvale.', '31', WEDNESDAY, true);
    expect(told.asOfDay).toBeUndefined();
  });
});

describe('a day after whom a source told', () => {
  it("is the telling's, whoever the audience is named as", () => {
    for (const audience of ['Reuters', 'The Associated Press', 'the BBC by phone', 'state television']) {
      const t = timeOf(
        `Medical sources told ${audience} on Monday that the toll in Marvale had risen to 672.`,
        '672',
        WEDNESDAY,
        true,
      );
      expect(t.day, audience).toBe('2024-03-04');
    }
    // An agency named with its initials in brackets is still the audience.
    const agency = timeOf(
      'At least 550 people have died in Marvale, diplomats told Agence France-Presse (AFP) on Monday.',
      '550',
    );
    expect(agency).toMatchObject({ day: '2024-03-04', words: 'as of monday' });
    // A day in what was told is the figure's own.
    const own = timeOf('Officials told reporters that 40 people died in Marvale on Monday.', '40', WEDNESDAY, true);
    expect(own.words).toBe('monday');
  });
});

describe("a telling's day named before an earlier figure", () => {
  it('dates a later figure with no scope of its own', () => {
    const t = timeOf(
      'The governor of Marvale said Monday that 212 people were killed and more than 6,000 injured.',
      '6,000',
      WEDNESDAY,
      true,
    );
    expect(t.day).toBe('2024-03-04');
    const told = timeOf('Doctors told Reuters on Monday that the toll had risen to 672 and 25 were missing.', '25');
    expect(told.day).toBe('2024-03-04');
  });

  it('dates an earlier figure from a telling named after a later one', () => {
    const sentence = 'At least 550 people have died in Marvale, among them 323 visitors, officials said on Monday.';
    expect(timeOf(sentence, '550', WEDNESDAY, true)).toMatchObject({ day: '2024-03-04', words: 'as of monday' });
    // A day extraction gave the figure is as of the telling too: a running total, not one day's deaths.
    const dated =
      "Marvale's season has witnessed the deaths of at least 550 pilgrims, including 323 visitors, due to the heat, diplomats told Agence France-Presse (AFP) on Monday.";
    expect(timeOf(dated, '550', WEDNESDAY, true)).toMatchObject({ day: '2024-03-04', asOfDay: true });
    // A day the figure's own words name stays its own.
    const own = timeOf(
      'At least 40 people died in Marvale on Sunday and 12 were hurt, officials said on Monday.',
      '40',
      WEDNESDAY,
      true,
    );
    expect(own).toMatchObject({ day: '2024-03-03' });
    expect(own.asOfDay).toBeUndefined();
  });

  it('dates a figure of a "with" clause by the day its main clause gave', () => {
    const still = 'The toll in Marvale climbed to 95 on Monday, with at least 40 still missing.';
    expect(timeOf(still, '40', WEDNESDAY, true)).toMatchObject({ day: '2024-03-04' });
    // Not by an event's day: the toll runs to the report.
    const event = "Monday's floods in Marvale have killed 95, with 40 still missing.";
    expect(timeOf(event, '40', WEDNESDAY, true).day).toBe(WEDNESDAY);
  });

  it('gives way to a day named after it', () => {
    const t = timeOf('Officials said Monday that 212 died and 40 were hurt on Sunday.', '40', WEDNESDAY, true);
    expect(t.day).toBe('2024-03-03');
  });
});

describe('"last" with the weekday of the report', () => {
  it("is a week before, where the bare weekday is the report's own day", () => {
    // Friday 1 December 2023.
    const last = timeOf(
      'The agency said in a report last Friday that 60% of homes in Marvale were damaged.',
      '60%',
      FRIDAY,
    );
    expect(last.day).toBe('2023-11-24');
    expect(timeOf('The agency said 60% of homes in Marvale were damaged on Friday.', '60%', FRIDAY).day).toBe(FRIDAY);
    // Another weekday told with "last" is the latest one before the report, as without it.
    const monday = timeOf('Storms damaged 60% of homes in Marvale last Monday.', '60%', FRIDAY);
    expect(monday.day).toBe('2023-11-27');
  });
});

describe('the year of a thing a figure is compared with', () => {
  const year = (sentence: string, figure: string) => yearNamed(sentence, sentence.indexOf(figure), figure.length);

  it("is not the figure's when the figure stands in a clause of its own", () => {
    expect(
      year('In the deadliest attack since the 2004 siege, gunmen killed 137 people in Marvale.', '137'),
    ).toBeNull();
    expect(year('The party won 38.1 percent, marginally higher than at the last polls in 2019.', '38.1')).toBeNull();
  });

  it("is the figure's in a relative clause on that thing", () => {
    expect(year('It is the deadliest fire since the 2018 Camp Fire, which killed at least 85 people.', '85')).toBe(
      2018,
    );
    expect(year('The quake is deadlier than the 2011 earthquake that killed more than 18,400 people.', '18,400')).toBe(
      2011,
    );
  });
});

describe('the year of a thing "since" opens', () => {
  const year = (sentence: string, figure: string) => yearNamed(sentence, sentence.indexOf(figure), figure.length);

  it("is where a span starts, not the figure's year", () => {
    expect(
      year('Since the board meeting in October 2022, freight rates have fallen by 12 percent, the port said.', '12'),
    ).toBeNull();
    expect(year('Since the election of May 2021, the party has lost 14 councillors to defections.', '14')).toBeNull();
    // A year the figure's own clause places it in stays its own.
    expect(year('At the board meeting in October 2022, freight rates were cut by 12 percent.', '12')).toBe(2022);
  });
});

describe('the year of an item in a list of yearly figures', () => {
  const year = (sentence: string, figure: string) => yearNamed(sentence, sentence.indexOf(figure), figure.length);

  it('is the year told after the figure, not the one closing the item before', () => {
    const sentence = 'The board sees freight volumes growing 2.1% in 2025, 2.8% in 2026, and 3.3% in 2027.';
    expect(year(sentence, '2.8%')).toBe(2026);
    expect(year(sentence, '3.3%')).toBe(2027);
    expect(year('Harvests came to 40 million tonnes in 2021 and 46 million tonnes in 2022.', '46 million')).toBe(2022);
  });

  it("leaves a figure with no year of its own without the item before's", () => {
    expect(year('The museum drew 310,000 visitors in 2019 and 450,000 last year.', '450,000')).toBeNull();
  });
});

describe('a day of what is still to come, named after a figure', () => {
  it("is not the figure's day: the count stands as of the report", () => {
    for (const sentence of [
      'Twelve fans detained after the derby are due in court on Monday.',
      'The 40 miners rescued from the shaft will be flown home on Friday.',
      'The 300 workers laid off at the Orvel plant are scheduled to leave on Friday.',
    ]) {
      const figure = extractClaims(sentence)[0]!.text;
      expect(timeOf(sentence, figure)).toMatchObject({ day: WEDNESDAY, notOwnDay: true });
    }
  });

  it("leaves a day told before the figure, or with no such word, as the figure's", () => {
    expect(timeOf('On Monday, 12 fans who are due in court were detained.', '12').notOwnDay).toBeUndefined();
    expect(timeOf('Twelve fans were detained after the derby on Monday.', 'Twelve')).toMatchObject({
      day: '2024-03-04',
    });
  });

  it('leaves a day after "due in part to", a cause, as the figure\'s', () => {
    expect(timeOf('At least 12 people died, due in part to flooding on Monday.', '12')).toMatchObject({
      day: '2024-03-04',
    });
    expect(timeOf('Some 40 homes were lost, due in large part to the storm on Monday.', '40')).toMatchObject({
      day: '2024-03-04',
    });
  });

  it('has a reason for each word', () => {
    for (const w of [...TO_COME_WORDS, ...NOT_TO_COME_AFTER]) expect(w.reason).toMatch(/".+"/);
  });
});

describe("a report's own day named bare", () => {
  // Monday 4 March 2024.
  const MONDAY = '2024-03-04';
  const bare = (sentence: string) => bareReportDay(timeOf(sentence, '14', MONDAY));

  it('is the day a figure was told, named with no word of a moment', () => {
    expect(bare('Police on Monday said 14 people had been killed in the Marvale floods.')).toBe(true);
    expect(bare('Speaking on Monday, the mayor confirmed 14 people had died in the Marvale floods.')).toBe(true);
  });

  it('is none when the words name the moment a tally holds for, another day, a part of the day or no day', () => {
    expect(bare('As of Monday, 14 people had been killed in the Marvale floods.')).toBe(false);
    expect(bare('By Monday, 14 people had been killed in the Marvale floods.')).toBe(false);
    expect(bare('Police on Sunday said 14 people had been killed in the Marvale floods.')).toBe(false);
    expect(bare('Police on Monday evening said 14 people had been killed in the Marvale floods.')).toBe(false);
    expect(bare('Police said 14 people had been killed in the Marvale floods.')).toBe(false);
  });
});
