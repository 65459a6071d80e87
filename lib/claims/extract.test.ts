import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const only = (text: string) => {
  const claims = extractClaims(text);
  expect(claims, `claims in: ${text}`).toHaveLength(1);
  return claims[0]!;
};

describe('numbers in every form news uses', () => {
  it.each([
    ['More than 14,800 people have been killed.', '14,800', 14800],
    ['The survey covered 13176 households.', '13176', 13176],
    ['Eighty-six people were rescued.', 'Eighty-six', 86],
    ['Police arrested two dozen protesters.', 'two dozen', 24],
    ['A hundred volunteers turned up.', 'A hundred', 100],
    ['A million people signed the petition.', 'A million', 1e6],
    ['About a thousand people marched.', 'a thousand', 1000],
    ['The UN says 1.8 million people have fled.', '1.8 million', 1.8e6],
    ['The firm raised $12.4 million from investors.', '$12.4 million', 12.4e6],
    ['Some 15K runners took part.', '15K', 15000],
    ['The budget grew to £3bn this year.', '£3bn', 3e9],
    ['Turnout rose 0.4 per cent.', '0.4 per cent', 0.4],
    ['Thirty hostages remain.', 'Thirty', 30],
    ['Half a million people marched.', 'Half a million', 5e5],
    ['A quarter of a million homes lost power.', 'A quarter of a million', 2.5e5],
    ['The state set aside Rs 500 crore for the scheme.', 'Rs 500 crore', 5e9],
    ['Each family gets Rs. 2.5 lakh.', 'Rs. 2.5 lakh', 2.5e5],
    ['The firm raised USD 2 million.', 'USD 2 million', 2e6],
  ])('%s', (text, figure, value) => {
    const c = only(text);
    expect(c.text).toBe(figure);
    expect(c.value).toBeCloseTo(value);
    expect(text.slice(c.start, c.end)).toBe(figure);
  });

  it('reads a bounded half of what a clause says was done as a share', () => {
    expect(only('With nearly half counted, the mayor leads.')).toMatchObject({ kind: 'percent', qualifier: 'approx' });
    expect(extractClaims('The cake was cut in half and shared.')).toEqual([]);
  });

  it('reads a bounded half that is the subject of a passive as a share (HALF_PASSIVE_AUXILIARIES)', () => {
    expect(only('About half were sold before the auction opened.')).toMatchObject({ text: 'half', value: 50 });
    expect(only('Nearly half have been vaccinated, the clinic said.')).toMatchObject({ text: 'half', value: 50 });
    // Without a bound, or before a verb that tells no passive, "half" stays unread.
    expect(extractClaims('The second half was goalless.')).toEqual([]);
    expect(extractClaims('Nearly half said they would vote.')).toEqual([]);
  });

  it('reads "one" and a unit before "of" as a measure, unless it names the unit a price is given for', () => {
    expect(only('One litre of the vaccine was spilled.')).toMatchObject({
      value: 1,
      kind: 'other',
    });
    expect(extractClaims('One tonne of steel now costs £850 in Europe.').map((c) => c.text)).toEqual(['£850']);
    expect(extractClaims('They still have a ton of work to do.')).toEqual([]);
  });

  it('reads fractions as shares', () => {
    const c = only('More than three-quarters of respondents disagreed.');
    expect([c.kind, c.value, c.qualifier]).toEqual(['percent', 75, 'at_least']);
    expect(only('The drug cut the risk of death by roughly a third.')).toMatchObject({
      text: 'a third',
      kind: 'percent',
      qualifier: 'approx',
    });
    // A part of a point is a move in percentage points, not a share of the whole.
    expect(
      extractClaims('The bank raised its key rate by a quarter point to 5.5%.').map((x) => [
        x.text,
        x.value,
        x.quantity.unit,
      ]),
    ).toEqual([
      ['a quarter point', 0.25, 'pp'],
      ['5.5%', 5.5, '%'],
    ]);
    expect(extractClaims('Profits rose in the third quarter and the first half.')).toEqual([]);
  });

  it('reads British shorthands: "1m people", "10pc", and keeps "100m hurdles" in metres', () => {
    expect(only('About 1m people fled.')).toMatchObject({ value: 1e6, kind: 'count' });
    expect(only('Inflation hit 10pc.')).toMatchObject({ value: 10, kind: 'percent' });
    expect(only('She won the 100m hurdles.').quantity.unit).toBe('m');
    expect(extractClaims("More than 1.8m of Gaza's 2.3 million people fled.")[0]).toMatchObject({
      value: 1.8e6,
      kind: 'count',
    });
  });

  it('reads a half after a whole number, and degrees Celsius as a temperature', () => {
    expect(only('He was jailed for two and a half years.')).toMatchObject({
      text: 'two and a half years',
      value: 2.5,
      kind: 'duration',
    });
    expect(only('It lasted 3 and a half hours.').value).toBe(3.5);
    expect(only('The temperature dropped to minus 40 degrees Celsius overnight.')).toMatchObject({
      value: -40,
      quantity: { unit: 'degc', lemma: 'temperature' },
    });
  });

  it('reads "plus or minus" as a margin, not a negative figure', () => {
    expect(only('The poll has a margin of error of plus or minus 3 percentage points.')).toMatchObject({
      value: 3,
      quantity: { lemma: 'margin' },
    });
  });

  it('reads negative measures', () => {
    const c = only('Temperatures dropped to minus-260 degrees at night.');
    expect([c.value, c.kind, c.quantity.unit]).toEqual([-260, 'other', 'degree']);
  });

  it('keeps units with measures and money with its currency', () => {
    expect(only('The ship carried 20,000 tonnes of grain.').quantity.unit).toBe('tonne');
    const fare = only('Average rents reached £1,250 a month.');
    expect([fare.kind, fare.quantity.unit, fare.quantity.lemma]).toEqual(['money', 'gbp/month', 'rent']);
    // "kmh", as some outlets write km/h.
    expect(only('Gusts on the ridge reached 130 kmh overnight.')).toMatchObject({ text: '130 kmh', kind: 'other' });
  });
});

describe('bounds and ranges', () => {
  it.each([
    ['more than 200 hostages were seized', 'at_least', 200, null],
    ['at least 32 people were killed', 'at_least', 32, null],
    ['upwards of 500 homes were damaged', 'at_least', 500, null],
    ['up to 300 workers could lose their jobs', 'at_most', null, 300],
    ['fewer than 40 people attended', 'at_most', null, 40],
    ['about 240 prisoners were freed', 'approx', 216, 264],
    ['nearly 100 people were hurt', 'approx', 90, 100],
    ['between 10 and 20 inches of snow fell', 'range', 10, 20],
    ['unemployment among 18-25% of graduates', 'range', 18, 25],
    ['tickets cost from $200 to $4 million', 'range', 200, 4e6],
    ['between 2 and 3 million people', 'range', 2e6, 3e6],
    ['two or three people were injured', 'range', 2, 3],
    ['the plant will cost $5-6 million', 'range', 5e6, 6e6],
    ['temperatures topped 40C', 'at_least', 40, null],
  ])('%s', (text, qualifier, low, high) => {
    const c = only(text);
    expect(c.qualifier).toBe(qualifier);
    for (const [got, want] of [
      [c.low, low],
      [c.high, high],
    ] as const) {
      if (want === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(want);
    }
  });

  it('does not join figures of different units into a range', () => {
    const claims = extractClaims('The index rose 1.2% to 4,783.45.');
    expect(claims.map((c) => [c.text, c.qualifier])).toEqual([
      ['1.2%', 'exact'],
      ['4,783.45', 'exact'],
    ]);
  });

  it('does not take a change for a range', () => {
    const claims = extractClaims(
      'Prices rose from $10 to $12 last year, shares fell 3.2 per cent to $45.60, and the wage will rise from £10.42 to £11.44 an hour.',
    );
    expect(claims.map((c) => c.qualifier)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact', 'exact']);
  });

  it('reads a bare move of a share on the way to its level in percentage points, and a count’s move as a count', () => {
    const units = (text: string) => extractClaims(text).map((c) => [c.text, c.kind, c.quantity.unit]);
    expect(units('The vaccination rate climbed by 0.4 to 71.2% in the spring.')).toEqual([
      ['0.4', 'percent', 'pp'],
      ['71.2%', 'percent', '%'],
    ]);
    expect(units('Club membership rose by 200 to 1,500 in the spring.')).toEqual([
      ['200', 'count', ''],
      ['1,500', 'count', ''],
    ]);
  });
});

describe('durations, rates and ratios', () => {
  it.each([
    ['a seven-day truce', 7, 'day'],
    ['after a week-long truce', 7, 'day'],
    ['the truce lasted four days', 4, 'day'],
    ['after six weeks of bombardment', 6, 'week'],
    ['paved the way for a week of releases', 7, 'day'],
  ])('%s', (text, value, unit) => {
    const c = only(text);
    expect([c.kind, c.value, c.quantity.unit]).toEqual(['duration', value, unit]);
  });

  it('names what lasts', () => {
    expect(only('A 7 day military stand down expired.').quantity.lemma).toBe('truce');
    expect(only('The truce was extended by two days on Monday.').quantity.lemma).toBe('extension');
  });

  it('finds rates', () => {
    for (const text of [
      'Hamas must free 10 hostages per day.',
      'They released 10 each day.',
      'It required 10 hostages daily.',
      'Hamas could not produce 10 hostages for each extra day of pause.',
    ]) {
      expect(only(text).kind, text).toBe('rate');
    }
  });

  it('finds ratios in both word orders', () => {
    const a = only('Now we have one Israeli hostage for three Palestinian prisoners.');
    const b = only('Israel has to free three Palestinians for every Israeli hostage released.');
    for (const c of [a, b]) expect([c.kind, c.value, c.key]).toEqual(['ratio', 3, 'ratio|hostage|']);
    expect(a.text).toBe('one Israeli hostage for three Palestinian prisoners');
    const c = only('Hamas freed one Israeli hostage for every three Palestinian prisoners.');
    const d = only('Israel released three Palestinian prisoners per Israeli hostage.');
    for (const x of [c, d]) expect([x.kind, x.value, x.key]).toEqual(['ratio', 3, 'ratio|hostage|']);
    expect(only('The plan gives 5 meals per person.').kind).toBe('rate');
  });
});

describe('what is not a claim', () => {
  it.each([
    'The attack on October 7 shocked the country.',
    'Israeli forces moved in on Oct. 7 and again on Dec. 1.',
    'The photo was taken on November 28, 2023.',
    'The crawl ran on 2023-12-01 and again on 12/01/2023.',
    'The deadline was 7 a.m. local time, or 7:00 this morning.',
    'It was founded in 1948.',
    'Call 555-123-4567 for details.',
    'He lives at 1600 Pennsylvania Avenue.',
    'Apollo 11 landed safely.',
    'The Top 10 list is out.',
    'Section 230 protects platforms.',
    'Mia Shem, 21, was freed.',
    'The 6-year-old boy was found.',
    'It is one of the most significant moves.',
    'It was the seventh group and a fourth person died.',
    'The COVID-19 pandemic and the G7 summit.',
    'City beat Arsenal 3-1 and the bill passed 52-48.',
    'The S&P 500 and the FTSE 100 were flat.',
    'Researchers followed adults aged 40 to 69.',
    'The arena stands at 4 Pennsylvania Plaza.',
    'She turned 30 last year.',
    'Windows 11 and iOS 17 were released.',
    'Text 741741 or call 911 for help.',
    'Published 1 Dec 2023 | 2 min read | Updated 10:30 GMT',
    'Photo 1 of 12. Page 2 of 5. Comments (87)',
    'Listen to this article 5 min',
    'The party did better than in the 2016 elections and the 2018 midterms.',
  ])('%s', (text) => {
    expect(extractClaims(text).map((c) => c.text)).toEqual([]);
  });
});

describe('a bare "one"', () => {
  it('counts one added to a count ("one more", "one extra"), not the pronoun in "one another"', () => {
    expect(only('The museum plans to open one more gallery next spring.').quantity.lemma).toBe('gallery');
    expect(only('The orchestra hired one extra violinist for the tour.').value).toBe(1);
    expect(extractClaims('Both teams respected one another.')).toEqual([]);
  });
});

describe('what is counted and what happened to it', () => {
  it('reads the counted phrase, its head and sub-groups', () => {
    const c = only('Israel released 30 Palestinian prisoners on Thursday.');
    expect(c.quantity).toMatchObject({
      counted: 'Palestinian prisoners',
      lemma: 'prisoner',
      groups: ['palestinian'],
      event: 'release',
      scope: 'single_day',
      anchor: 'thursday',
    });
  });

  it('reads passive events after asides', () => {
    const c = only('In the pause, 80 Israelis — primarily women and children — have been released.');
    expect(c.quantity).toMatchObject({ lemma: 'person', groups: ['israeli'], event: 'release', scope: 'cumulative' });
  });

  it('reads past a share told between commas, but not into a relative clause', () => {
    expect(only('More than 1,200 people, most of them civilians, were killed.').quantity.event).toBe('kill');
    expect(
      extractClaims('Israel freed 240 detainees, most of them women, many of whom had been held for years.')[0]!
        .quantity.event,
    ).toBe('release');
    expect(
      extractClaims(
        'Hamas released 81 Israelis — while Israel freed 240 detainees, most of them women, many of whom had been held.',
      )[0]!.quantity.event,
    ).not.toBe('hold');
  });

  it('treats a phrase that covers several groups as the whole', () => {
    const c = only(
      'The truce allowed for the release of 110 Israeli women and children, as well as foreign nationals, who had been taken hostage.',
    );
    expect(c.quantity).toMatchObject({ lemma: 'hostage', groups: [], event: 'release', scope: 'cumulative' });
  });

  it('counts two nouns for people joined by "and" together, as people', () => {
    const staff = only('The clinic in Dorne hired 40 doctors and nurses last spring.');
    expect(staff.quantity).toMatchObject({ counted: 'doctors and nurses', lemma: 'person', groups: [] });
    const aboard = only('All 212 passengers and crew of the ferry were brought ashore at Dorne.');
    expect(aboard.quantity).toMatchObject({ counted: 'passengers and crew', lemma: 'person', groups: [] });
    // Groups of people by sex or age stay sub-groups; things joined by "and" are not read past the first.
    expect(only('The shelter took in 35 women and children on Sunday.').quantity.groups).toEqual(['child', 'woman']);
    expect(only('The dealer sold 40 cars and trucks in March.').quantity.counted).toBe('cars');
  });

  it('separates running totals, single days, rates and plans', () => {
    const [day, total] = extractClaims(
      'On Thursday, Hamas released eight hostages. To date, Hamas has released 105 hostages.',
    );
    expect(day!.quantity.scope).toBe('single_day');
    expect(total!.quantity.scope).toBe('cumulative');
    expect(only('The deal called for Hamas releasing 50 hostages.').quantity.scope).toBe('plan');
  });

  it('reads an outcome foreseen ("poised to", "on track to") as a plan, as "set to" is', () => {
    expect(only('The airline is poised to add 40 routes this summer.').quantity.scope).toBe('plan');
    expect(only('The orchard is on track to nearly triple its harvest.').quantity).toMatchObject({
      scope: 'plan',
      lemma: 'orchard',
    });
    expect(only('The airline added 40 routes this summer.').quantity.scope).toBe('other');
  });

  it('does not take "since one of" (an earlier thing of the kind) for the start of a running total', () => {
    const [, toll] = extractClaims('The quake was the strongest since one of magnitude 6.9 that killed 800 people.');
    expect(toll!.quantity).toMatchObject({ scope: 'other', anchor: '' });
  });

  it('does not take the day a figure was reported for the day it counts', () => {
    const c = only('U.S. employers added 199,000 jobs in November, the Labor Department said on Friday.');
    expect(c.quantity).toMatchObject({ lemma: 'job', event: 'add', scope: 'period', anchor: 'november' });
  });

  it('gives a participle after a list of counts to each of them, not an event the last noun carries', () => {
    const [sheep, goats] = extractClaims('The flood saw 40 sheep and 12 goats rescued from the farm.');
    expect(sheep!.quantity.event).toBe(goats!.quantity.event);
    expect(sheep!.quantity.event).not.toBe('');
    const [cars, bikes] = extractClaims('The auction saw 300 vintage cars, and 45 motorbikes sold by noon.');
    expect([cars!.quantity.event, bikes!.quantity.event]).toEqual(['sell', 'sell']);
    const [beds] = extractClaims('The hospital has 300 beds and 40 deaths.');
    expect(beds!.quantity.event).toBe('');
  });

  it('reads "two more days" as a length added to a period, as "two extra days"', () => {
    expect(only('The festival will run for two more days.')).toMatchObject({
      kind: 'duration',
      value: 2,
      quantity: { unit: 'day', lemma: 'extension' },
    });
    expect(only('The miners asked for one more week of pay talks.')).toMatchObject({
      kind: 'duration',
      quantity: { unit: 'week', lemma: 'extension' },
    });
    expect(only('The festival ran for five straight days.').quantity.lemma).not.toBe('extension');
  });

  it('reads the event past a participle that judges the figure ("a staggering 300")', () => {
    expect(only('A staggering 300 people were hurt in the crush.').quantity.event).toBe('injure');
    expect(only('The blaze destroyed a whopping 120 homes.').quantity.event).toBe('destroy');
    expect(only('The marathon was run in punishing 38C heat.').quantity.event).toBe('');
  });

  it('tells going back to work from being released, and a year ago from a rate', () => {
    expect(only('About 30,000 striking autoworkers returned to work.').quantity.event).toBe('return-to');
    expect(only('Israel returned 30 detainees.').quantity.event).toBe('release');
    expect(only('Part-time work was down from 4.0 million a year ago.').kind).toBe('count');
  });

  it('reads a thing called off as cancelled, however news words it', () => {
    expect(only('The league cancelled 14 matches after the storm.').quantity.event).toBe('cancel');
    expect(only('Some 320 trains were scrapped across the network.').quantity.event).toBe('cancel');
    expect(only('The broadcaster was forced to scrap another nine episodes.').quantity.event).toBe('cancel');
    expect(only('Organisers have axed 40 concerts this summer.').quantity.event).toBe('cancel');
    expect(only('Nearly 700 ferry crossings canceled on Sunday left tourists stranded.').quantity.event).toBe('cancel');
  });

  it("reads points that move a percentage as percentage points, and leaves an index's points counts", () => {
    const cut = extractClaims('The lender trimmed its mortgage rate by 0.4 points to 6.1 per cent on Monday.');
    expect(cut.find((c) => c.text.startsWith('0.4'))).toMatchObject({ kind: 'percent', quantity: { unit: 'pp' } });
    const up = extractClaims('The savings rate climbed six points, from 3% to 9%, over the decade.');
    expect(up.find((c) => c.text.startsWith('six'))?.quantity.unit).toBe('pp');
    const index = extractClaims('The FTSE 100 gained 61 points to 8,120 in early trade.');
    expect(index.find((c) => c.text.startsWith('61'))?.kind).toBe('count');
  });

  it('reads a part of a point moved to a percentage as a move and a level, never one range', () => {
    const claims = extractClaims('The lender lowered its rate a quarter point to 6.5 percent.');
    expect(claims.map((c) => [c.text, c.qualifier, c.quantity.unit])).toEqual([
      ['a quarter point', 'exact', 'pp'],
      ['6.5 percent', 'exact', '%'],
    ]);
  });

  it('reads "held" as captivity only of people: money, goods and things held are owned or took place', () => {
    expect(only('The pension fund held $3 billion in bonds.').quantity.event).toBe('');
    expect(only('Nearly 80% of the grain held in silos was spoiled.').quantity.event).toBe('');
    expect(only('Elections were held in 28 districts on Sunday.').quantity.event).toBe('');
    expect(only('Pirates are still holding 14 sailors off the coast.').quantity.event).toBe('hold');
    expect(only('The 12 fishermen held by the rebels were freed on Sunday.').quantity.event).not.toBe('');
    expect(only('Some 40 remain held.').quantity.event).toBe('hold');
  });

  it('records who a figure is attributed to', () => {
    const c = only('At least 32 people were killed, according to the Hamas-controlled Ministry of Health.');
    expect(c.quantity.attribution).toBe('the Hamas-controlled Ministry of Health');
  });

  it('reads the subject when nothing after the figure is counted', () => {
    expect(only('Inflation eased to 3.1% in November.').quantity.lemma).toBe('inflation');
    expect(only('The population of Tokyo is roughly 14 million.').quantity.lemma).toBe('population');
    expect(only('The deal, worth about £2.4m, was signed.').quantity.lemma).toBe('deal');
  });

  it('reads the subject of a change from one figure to another for both figures, as before "revised to"', () => {
    const lemmas = (text: string) => extractClaims(text).map((c) => [c.text, c.quantity.lemma]);
    expect(lemmas('The count of nesting pairs was revised from 41,000 to 38,500.')).toEqual([
      ['41,000', 'pair'],
      ['38,500', 'pair'],
    ]);
    expect(lemmas('Last season’s ticket sales were revised down from 212,000 to 198,000.')).toEqual([
      ['212,000', 'sale'],
      ['198,000', 'sale'],
    ]);
    expect(lemmas('The vacancy rate was revised up from 4.2% to 4.6%.')).toEqual([
      ['4.2%', 'rate'],
      ['4.6%', 'rate'],
    ]);
  });

  it('counts what a level told with a hyphen is reached in: "the 10,000-member mark" counts members', () => {
    const read = (text: string) => [only(text).quantity.lemma, only(text).quantity.groups];
    expect(read('The petition passed the 100,000-signature threshold for a debate in parliament.')).toEqual([
      'signature',
      ['threshold'],
    ]);
    expect(read('The bill fell short of the 60-vote majority required to end debate.')).toEqual(['vote', ['majority']]);
    // A majority alone is the size of a win, as in "a majority of 12".
    expect(read('The ruling party won a 12-seat majority.')).toEqual(['majority', []]);
  });

  it('does not take the verbs of a comment on a figure ("suggesting that") for its event', () => {
    expect(only('Museum visits hit 2.1 million, suggesting that tourists were returning.').quantity).toMatchObject({
      lemma: 'visit',
      event: '',
    });
  });

  it('counts the people of a place told by its size ("a town of about 40,000"), not towns', () => {
    expect(only('The ferry links Brindle, a town of about 40,000, to the mainland.').quantity.lemma).toBe('person');
    expect(only('The province has 14 towns.').quantity.lemma).toBe('town');
  });

  it('reads temperatures, proportions with bounds, and the subject before a place', () => {
    expect(only('Temperatures reached 48.8C in Sicily.').quantity).toMatchObject({
      unit: 'degc',
      lemma: 'temperature',
    });
    const share = only('Around one in four adults is obese.');
    expect([share.kind, share.qualifier, share.low, share.high]).toEqual(['ratio', 'approx', 0.225, 0.275]);
    expect(only('Inflation in the eurozone slowed to 2.4% in November.').quantity.lemma).toBe('inflation');
  });

  it('stops a counted phrase at another figure or a verb', () => {
    const [, earlier] = extractClaims('Turnout was 68 percent, up from 61 percent four years ago.');
    expect(earlier!.quantity.lemma).toBe('');
    expect(only('A magnitude 7.8 earthquake struck the coast.').quantity.lemma).toBe('earthquake');
  });

  it('does not count a participle after the noun, nor price a time reference', () => {
    expect(only('Roughly half of the hostages taken on Oct. 7 are free.').quantity.lemma).toBe('hostage');
    expect(only('Revenue rose, up from $10.1 million a year earlier.').quantity.unit).toBe('usd');
    expect(only('Brent cost $82.40 a barrel.').quantity.unit).toBe('usd/barrel');
  });

  it('stops at the verb of a plural subject, and does not count a forecast', () => {
    expect(only('Roughly 1 in 4 children lives in poverty.').quantity).toMatchObject({
      counted: 'children',
      groups: ['child'],
    });
    expect(only('The charity saved 1,000 lives.').quantity.counted).toBe('lives');
    expect(only('Inflation is forecast to fall to 2.9% next year.').quantity.lemma).toBe('inflation');
  });

  it("leaves the period told after a level's earlier figure to that figure", () => {
    const [now, before] = extractClaims('The unemployment rate fell to 3.7% from 3.9% in October.');
    expect(now!.quantity.scope).toBe('other');
    expect(before!.quantity).toMatchObject({ scope: 'period', anchor: 'october' });
  });

  it('leaves a year told in a comparison after the figure to what it is compared with', () => {
    expect(only('Ferry traffic reached 9,400 cars, a far cry from the queues seen in 2019.').quantity.scope).toBe(
      'other',
    );
    expect(only('The club sold 31,000 season tickets, more than in 2015.').quantity.scope).toBe('other');
    const [now, before] = extractClaims('The club sold 31,000 season tickets, up from the 24,000 it sold in 2015.');
    expect(now!.quantity.scope).toBe('other');
    expect(before!.quantity).toMatchObject({ scope: 'period', anchor: '2015' });
    const [needed, gathered] = extractClaims('Organisers needed 500 signatures, but had gathered 320 so far.');
    expect(needed!.quantity.scope).toBe('other');
    expect(gathered!.quantity.scope).toBe('cumulative');
  });

  it('lets a plan govern the figures after it only when its word reaches the first of them', () => {
    expect(
      only('The mayor had to face loud protests at every stop even in winning by a margin of 3,200 votes.').quantity
        .scope,
    ).toBe('other');
    const planned = extractClaims(
      'The city would build 300 homes, with estimates in the review running from 250 to 400.',
    );
    expect(planned.map((c) => [c.text, c.quantity.scope])).toEqual([
      ['300', 'plan'],
      ['250 to 400', 'plan'],
    ]);
  });

  it('reads a first or a record "in a decade" as a length of time, not a deadline "in a week"', () => {
    expect(only('Wheat prices fell for the first time in a decade.')).toMatchObject({
      kind: 'duration',
      quantity: { unit: 'decade' },
    });
    expect(only('The river reached its highest level in a year.').kind).toBe('duration');
    expect(extractClaims('The report is due in a week.')).toEqual([]);
  });

  it('reads the period a figure is for', () => {
    expect(only('Sales rose 4% in November 2023.').quantity).toMatchObject({
      scope: 'period',
      anchor: 'november 2023',
    });
    expect(only('Profit was $2bn in the third quarter.').quantity).toMatchObject({
      scope: 'period',
      anchor: 'third quarter',
    });
    expect(only('Profit was $2bn in Q3 2023.').quantity).toMatchObject({
      scope: 'period',
      anchor: 'third quarter 2023',
    });
    expect(only('Exports grew 3% in 2023.').quantity).toMatchObject({ scope: 'period', anchor: '2023' });
    expect(only('Prices may rise 3% next year.').quantity.scope).toBe('other');
  });

  it('takes a level reached for the level, and a month or a place after a preposition for neither what nor where', () => {
    expect(only('Eurozone inflation slows to 2.4% in November.').quantity).toMatchObject({
      lemma: 'inflation',
      event: '',
      place: '',
    });
    expect(only('Unemployment in the euro zone held at 6.5%.').quantity.lemma).toBe('unemployment');
    expect(only('The jobless rate rose to 3.9%.').quantity).toMatchObject({ lemma: 'unemployment', event: '' });
    const [change, level] = extractClaims('The jobless rate rose by 0.1 points to 3.9%.');
    expect(change!.quantity.event).toBe('rise:by');
    expect(level!.quantity.lemma).toBe('unemployment');
    expect(extractClaims('The average price rose by £5,000 to £285,000.')[1]!.quantity.lemma).toBe('price');
    expect(extractClaims('Shares rose 3% to $189.50.')[1]!.quantity.lemma).toBe('share');
    expect(extractClaims('Brent crude was up 5.7% at $84.93 a barrel.')[1]!.quantity.lemma).toBe('crude');
  });

  it("never counts a month, a week-on-week or another event's year", () => {
    expect(only('Output in the year to November was 0.1% lower.').quantity.groups).toEqual([]);
    expect(only('Cases rose 12% week-on-week.').quantity.lemma).toBe('case');
    expect(only('The firm, founded in 1998, now has 150,000 employees.').quantity.scope).toBe('other');
    expect(only('Tesla delivered 1.81 million vehicles in 2023.').quantity).toMatchObject({
      scope: 'period',
      anchor: '2023',
    });
  });

  it('keeps a described share of a group apart from the group', () => {
    const [part, whole] = extractClaims('Officials said 3 of the 12 victims were children.');
    expect(part!.quantity.groups).toEqual(['part']);
    expect(whole!.quantity.groups).toEqual([]);
    expect(only('More than three-quarters of voters backed the measure.').quantity.groups).toEqual([]);
    expect(
      extractClaims("Some 1.8 million of Gaza's 2.3 million people have been displaced.")[0]!.quantity.groups,
    ).toEqual([]);
  });

  it('reads what a sum, a measure or a level is from the words around it', () => {
    expect(only('Shares jumped, adding roughly $200 billion in market value.').quantity).toMatchObject({
      lemma: 'value',
      groups: ['market'],
    });
    expect(only('The bill includes $550 billion in new spending.').quantity.lemma).toBe('spending');
    expect(only('The quake struck at a depth of 18.5 km.').quantity.lemma).toBe('depth');
    expect(only('A 7.8-magnitude earthquake struck.').quantity.lemma).toBe('earthquake');
    expect(only('Home prices rose 5.6% year over year in October.').quantity.counted).toBe('Home prices');
    expect(only('Shares traded in a range of $45-$50.').quantity.lemma).toBe('share');
    expect(extractClaims('The bank raised its key rate by a quarter point to 5.5%.')[1]!.quantity).toMatchObject({
      lemma: 'rate',
      groups: ['key'],
    });
    expect(extractClaims('Exports rose 8.5% from a year earlier to $285 billion.')[1]!.quantity.lemma).toBe('export');
  });

  it('prices in cents and pence, and does not take a move and a price for a range', () => {
    expect(only('A stamp costs 85 pence.')).toMatchObject({ kind: 'money', figureKey: 'money|0.85' });
    const [move, price] = extractClaims('Gas fell $0.12 to $3.25 a gallon.');
    expect([move!.text, move!.quantity.event, price!.text]).toEqual(['$0.12', 'fall:by', '$3.25']);
  });

  it('counts the dead and the injured by what happened to them, and reads a toll as a running total', () => {
    for (const text of [
      'There were 45,000 deaths.',
      'The quake left 45,000 dead.',
      'Turkey reported 45,000 fatalities.',
    ]) {
      expect(only(text).quantity, text).toMatchObject({ lemma: 'person', event: 'kill' });
    }
    expect(only('The death toll rose to 45,000 on Sunday.').quantity).toMatchObject({
      lemma: 'person',
      event: 'kill',
      scope: 'cumulative',
      anchor: 'as of sunday',
    });
    expect(only('The toll rose by 3,000.').quantity).toMatchObject({ lemma: 'person', event: 'rise:by' });
    expect(only('Some 120 injured were taken to hospital.').quantity).toMatchObject({
      lemma: 'person',
      event: 'injure',
    });
  });

  it('finds a rate said later in the clause, but not "in a day"', () => {
    expect(only('About 200 trucks of aid entered Gaza daily during the truce.')).toMatchObject({
      kind: 'rate',
      quantity: { unit: 'per day' },
    });
    expect(only('Some 10 people were killed in a day of violence.').kind).toBe('count');
  });

  it('gives a part named with "including" what happened to its whole', () => {
    const [, part] = extractClaims('During the pause, Hamas released 105 hostages, including 81 Israelis.');
    expect(part!.quantity).toMatchObject({ groups: ['israeli'], event: 'release', scope: 'cumulative' });
  });

  it('takes the length of something later extended for the length first agreed', () => {
    const [first] = extractClaims('The four-day truce was extended by two days.');
    expect(first!.quantity).toMatchObject({ lemma: 'truce', scope: 'plan' });
    expect(
      extractClaims('The truce, first agreed for four days and then extended twice, ended.')[0]!.quantity.scope,
    ).toBe('plan');
  });

  it('keeps a plan for what is promised, not for what was done under it', () => {
    expect(only('Under the deal, Hamas released 105 hostages.').quantity.scope).toBe('other');
    expect(only('Under the deal, 105 hostages were released.').quantity.scope).toBe('other');
    expect(only('Under the deal, Hamas was to release 50 hostages.').quantity.scope).toBe('plan');
    expect(only('The EU pledged €50 billion.').quantity.scope).toBe('plan');
  });

  it('reads which period a running total runs over', () => {
    expect(only('Since Oct. 7, 14,800 people have been killed.').quantity.anchor).toBe('since october 7');
    expect(only('In the pause, 80 Israelis have been released.').quantity.anchor).toBe('during truce');
  });

  it('reads a swap as a release, hyphenated nationalities as a group, and the Palestinians a number counts', () => {
    expect(extractClaims('The truce saw the exchange of 105 captives for 240 detainees.')[0]!.quantity.event).toBe(
      'release',
    );
    expect(only('Hamas freed two Israeli-Russian citizens.').quantity.groups).toEqual(['israeli-russian']);
    expect(only('The number of Palestinians killed has risen to 248.').quantity.groups).toEqual(['palestinian']);
  });

  it("stops at the verb of a poll's plural subject, and reads past how a level stands", () => {
    expect(only('Roughly 6 in 10 Americans support the bill.').quantity.counted).toBe('Americans');
    expect(only('The unemployment rate in the euro area held steady at 6.5%.').quantity.lemma).toBe('unemployment');
  });

  it('reads a general head before "of" with what it is of, and a plural subject past its verb', () => {
    expect(only('The average price of a home hit £285,000 in May.').quantity).toMatchObject({
      lemma: 'price',
      groups: ['home'],
    });
    expect(extractClaims('Shares of Apple rose 3.2% to $189.50.')[0]!.quantity).toMatchObject({
      lemma: 'share',
      groups: ['apple'],
    });
    expect(only('Ticket prices range from $30 to $250.').quantity).toMatchObject({
      lemma: 'price',
      groups: ['ticket'],
    });
    // "twice a day" is a claim of its own: a rate of two a day.
    const [dose, times] = extractClaims('The patient was given 5 mg of the drug twice a day.');
    expect(dose!.quantity).toMatchObject({ lemma: 'drug', unit: 'mg' });
    expect(times).toMatchObject({ text: 'twice', value: 2, kind: 'rate' });
  });

  it('reads the noun after "of the" even when it is also a verb, past "last" and "first"', () => {
    expect(extractClaims("The Democrat won 52% of the vote to the Republican's 47%.")[0]!.quantity.lemma).toBe('vote');
    expect(extractClaims('The team has won eight of its last 10 games.')[0]!.quantity.lemma).toBe('game');
  });

  it('reads each line of a list of key numbers on its own', () => {
    const claims = extractClaims(
      '15,000+ Palestinians killed in Gaza since October 7\n6,000+ children among the dead\n1.7m people displaced\n137 hostages still held in Gaza',
    );
    expect(claims.map((c) => [c.text, c.quantity.event, c.quantity.anchor])).toEqual([
      ['15,000+', 'kill', 'since october 7'],
      ['6,000+', '', ''],
      ['1.7m', 'flee', ''],
      ['137', 'hold', ''],
    ]);
    expect(only('50: hostages Hamas first agreed to free').quantity.lemma).toBe('hostage');
  });

  it('gives figures listed before one noun phrase that phrase, and parts to a list dealt out "respectively"', () => {
    const [first, second] = extractClaims('Both carriers cancelled 40 and 25 flights, respectively.');
    expect([first!.quantity.lemma, second!.quantity.lemma]).toEqual(['flight', 'flight']);
    expect([first!.quantity.groups, second!.quantity.groups]).toEqual([['part'], ['part']]);
    expect(extractClaims('The two smaller parties won four and one seat, respectively.').map((c) => c.text)).toEqual([
      'two',
      'four',
      'one',
    ]);
    const [some, all] = extractClaims('The party took 45 out of 120 seats.');
    expect([some!.quantity.lemma, all!.quantity.lemma]).toEqual(['seat', 'seat']);
    expect(extractClaims('Rescuers pulled out 12 and then 9 survivors.')[0]!.quantity.lemma).toBe('');
  });

  it('reads a name of several words before the noun it describes, and a vote cast by voters', () => {
    expect(only('All 20 Premier League clubs voted for the cap.').quantity.lemma).toBe('club');
    expect(only('Nearly 3.1 million voters cast ballots on Sunday.').quantity.lemma).toBe('voter');
    expect(only('Officials had counted 40% of the ballots.').quantity.lemma).toBe('vote');
  });

  it('reads a margin as a margin, not as the votes or points it is told in', () => {
    expect(only('The mayor held her seat by a margin of 812 votes.').quantity).toMatchObject({
      counted: 'votes',
      lemma: 'margin',
    });
    expect(only('The senator defeated his challenger in the runoff by 4,120 votes.').quantity.lemma).toBe('margin');
    expect(only('The incumbent polled 48,300 votes.').quantity.lemma).toBe('vote');
    expect(only('The raid was led by 30 officers.').quantity.lemma).toBe('officer');
  });

  it('reads what is counted after a bound written after the figure', () => {
    expect(only('The league has 3,000 or more referees.').quantity.lemma).toBe('referee');
    expect(only('Some 40,000 or so fans queued.').quantity.lemma).toBe('fan');
  });

  it('reads the subject of a clause about it, and past a period named before the verb', () => {
    expect(only('The vacancy rate, which stood at 6.2%, worried landlords.').quantity.counted).toBe('vacancy rate');
    expect(only('Ridership this year was 41% below normal.').quantity.counted).toBe('Ridership');
  });

  it('gives a bare count set against the count just told, or its threshold, what that one counts', () => {
    const lemmas = (text: string) => extractClaims(text).map((c) => c.quantity.lemma);
    expect(lemmas('The Greens won 14 council seats, up from 9.')).toEqual(['seat', 'seat']);
    expect(lemmas('The union signed up 900 members, well down on the 1,400 it recruited last spring.')).toEqual([
      'member',
      'member',
    ]);
    expect(lemmas("The mayor drew 5,210 write-in votes to her rival's 4,870.")).toEqual(['vote', 'vote']);
    expect(lemmas('The bill won 61 votes, with 60 needed to end debate.')).toEqual(['vote', 'vote']);
    // Without such a word a bare count is left alone, unless it is a later item of a list (list-items.test.ts).
    expect(lemmas('The Greens won 14 council seats and 9 were recounted.')).toEqual(['seat', '']);
  });

  it('reads a place of several words', () => {
    expect(only('The summit in New Delhi drew leaders from 19 countries.').quantity.place).toBe('new delhi');
  });

  it('does not take a city for a nationality', () => {
    expect(only('Zürich reported 48%.').quantity.groups).toEqual([]);
  });

  it('gives offsets in UTF-16 code units', () => {
    const text = '😀 Officials said 42 people were hurt.';
    const c = only(text);
    expect(text.slice(c.start, c.end)).toBe('42');
  });
});

describe('multiples said in a word', () => {
  it.each([
    ['Water bills tripled over the decade.', 'tripled', 3, 'exact'],
    ['Visitor numbers are expected to nearly double next year.', 'double', 2, 'approx'],
    ['The library now lends more than double the books it did.', 'double', 2, 'at_least'],
    ['Ferry fares rose fourfold after the merger.', 'fourfold', 4, 'exact'],
    ['The charity is quadrupling its grants to rural schools.', 'quadrupling', 4, 'exact'],
  ])('%s', (text, written, value, qualifier) => {
    expect(only(text)).toMatchObject({ text: written, value, qualifier, kind: 'ratio' });
  });

  it('leaves the adjective, the noun and the phrasal verbs alone', () => {
    for (const text of [
      'A double-decker bus blocked the road.',
      'The club completed the double last season.',
      'She took bronze in the triple jump.',
      'The mayor doubled down on the plan.',
      'The gym doubles as a shelter in winter.',
      'Police are investigating a double stabbing.',
    ])
      expect(extractClaims(text), text).toEqual([]);
  });
});

describe('market and fleet wording', () => {
  it('reads "near" before a figure as an estimate', () => {
    expect(only('Wheat is trading near $7 a bushel.')).toMatchObject({ value: 7, qualifier: 'approx' });
  });

  it('reads a price per an abbreviated unit of trade, priced as the unit', () => {
    expect(only('Platinum closed at $950/oz on Friday.')).toMatchObject({
      value: 950,
      kind: 'money',
      quantity: { unit: 'usd/ounce' },
    });
    expect(only('Platinum closed at $950 an ounce on Friday.').quantity.unit).toBe('usd/ounce');
  });

  it('takes a scale letter joined to a number by a hyphen for a model, not a temperature', () => {
    expect(only('The navy ordered 12 F-18 jets.')).toMatchObject({ value: 12, kind: 'count' });
    expect(only('The night fell to 5 F.')).toMatchObject({ value: 5, kind: 'other', quantity: { unit: 'degf' } });
  });

  it('leaves the term of a loan named with a comma after it', () => {
    expect(only('Lenders offered a 15-year, adjustable-rate mortgage at 5.9%.')).toMatchObject({ value: 5.9 });
  });
});

describe('a running total at a year-like level', () => {
  it('reads the level a toll or a tally reached as a count, and a year elsewhere as a year', () => {
    expect(only('By Sunday the tally of flooded homes stood at 1987.')).toMatchObject({ value: 1987, kind: 'count' });
    expect(only('The toll from the storm climbed to 2015, officials said.')).toMatchObject({ value: 2015 });
    expect(extractClaims('The lease was extended to 2035.')).toEqual([]);
  });
});

describe('a change of one percentage point told with "a"', () => {
  it('reads it after a verb of a move or "by", and not alone', () => {
    expect(only('Turnout dropped a percentage point on the last election.')).toMatchObject({
      value: 1,
      kind: 'percent',
      quantity: { unit: 'pp' },
    });
    expect(only('The council cut the levy by a percentage point.').value).toBe(1);
    expect(extractClaims('Each percentage point matters; a percentage point is a lot.')).toEqual([]);
  });
});
