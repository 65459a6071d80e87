import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};
const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('general news: rules made from the fifth general spec set, told in sentences of our own', () => {
  it('reads a number between "the" (or a possessive) and a superlative as a rank: "the 10 most expensive"', () => {
    expect(texts('Four of the 10 costliest storms hit Texas.')).toEqual(['Four']);
    expect(texts("The club's 20 biggest donors gave more.")).toEqual([]);
    expect(texts('It ranks among the 50 most visited sites.')).toEqual([]);
    expect(read('The 12 largest firms cut 3,000 jobs.', '3,000')).toEqual([3000, 'exact', 'count']);
    expect(read('Crews fought the 10 forest fires.', '10')).toEqual([10, 'exact', 'count']);
  });

  it('reads "top" after "to" or a modal as a verb of a floor, not a rank: "likely to top 1.1 million"', () => {
    expect(read('Attendance is expected to top 50,000 this year.', '50,000')).toEqual([50000, 'at_least', 'count']);
    expect(read('The bill could top $2 billion.', '$2 billion')).toEqual([2e9, 'at_least', 'money']);
    expect(texts('She finished in the top 10 again.')).toEqual([]);
  });

  it('keeps a bound across an increment between it and its figure: "at least another £1,400"', () => {
    expect(read('The plan needs at least another $3 million.', '$3 million')).toEqual([3e6, 'at_least', 'money']);
    expect(read('The plant will hire about an additional 200 workers.', '200')).toEqual([200, 'approx', 'count']);
    expect(read('They hired another 50 staff.', '50')).toEqual([50, 'exact', 'count']);
  });

  it('reads an en dash glued to a figure after a space as a minus, and a spaced or joining one as a range', () => {
    expect(read('The coldest night was –18.5C in Braemar.', '–18.5C')).toEqual([-18.5, 'exact', 'other']);
    expect(read('Shares closed (–2.4%) lower.', '–2.4%')).toEqual([-2.4, 'exact', 'percent']);
    expect(read('Highs of 18–22C are likely.', '18–22C')[1]).toBe('range');
    expect(read('Inflation was 3.1% – its lowest in a year.', '3.1%')).toEqual([3.1, 'exact', 'percent']);
  });

  it('reads a temperature "below zero" as negative, a range turned over, and the zero as part of it', () => {
    expect(read('Lows hit 12 degrees below zero overnight.', '12 degrees below zero')).toEqual([-12, 'exact', 'other']);
    expect(texts('Wind chills of 30 below zero are forecast.')).toEqual(['30 below zero']);
    const range = extractClaims('Readings of 5 to 10 degrees below zero were taken.')[0]!;
    expect([range.low, range.high, range.qualifier]).toEqual([-10, -5, 'range']);
    expect(read('The index fell 12 points below zero.', '12')[0]).toBe(12);
  });

  it('reads what a sum is after "in" across the period it is given per: "$100 million a day in revenue"', () => {
    const counted = (text: string) => extractClaims(text).map((c) => c.quantity.lemma);
    expect(counted('Ford was losing $25 million a week in sales.')).toEqual(['sale']);
    expect(counted('The city loses $2 million each year in fines.')).toEqual(['fine']);
    expect(counted('The airline was losing $3 million a day in May.')).toEqual(['airline']);
  });

  it('reads "in" glued to a figure as inches, and spaced as the preposition it is', () => {
    expect(read('The storm dropped 30mm (1.2in) of rain.', '1.2in')).toEqual([1.2, 'exact', 'other']);
    expect(read('A 6in layer of snow fell.', '6in')).toEqual([6, 'exact', 'other']);
    expect(read('Prices rose 3 in June.', '3')).toEqual([3, 'exact', 'count']);
    expect(extractClaims('Some 500 in the crowd were hurt.').map((c) => c.quantity.unit)).toEqual(['']);
  });

  it('reads a length in the possessive before "ago" as a time reference: "12 months\u2019 ago"', () => {
    expect(texts('Sales matched the level of six months’ ago.')).toEqual([]);
    expect(texts("Prices were higher than two years' ago.")).toEqual([]);
    expect(read('The strike lasted six months.', 'six months')).toEqual([6, 'exact', 'duration']);
  });

  it('reads the bore before "caliber", "calibre" or "gauge" as the name of a gun', () => {
    expect(texts('Officers recovered a .45-caliber pistol and 30 rounds.')).toEqual(['30']);
    expect(texts('He bought a 20-gauge shotgun.')).toEqual([]);
    expect(read('The barrel is 9 inches long.', '9 inches')).toEqual([9, 'exact', 'other']);
  });

  it('reads two figures joined by a plus as two counts, not a floor: "40+83 aircraft"', () => {
    expect(texts('The air force ordered 26+10 jets.')).toEqual(['26', '10']);
    expect(read('The toll stands at 300+ after the quake.', '300+')).toEqual([300, 'at_least', 'count']);
    expect(texts('The galaxy J0313+1806 is far away.')).toEqual([]);
  });

  it('reads a number told in its parts as one: "1 million 56 thousand 317", "one million and 150,000"', () => {
    expect(read('Some 2 million 340 thousand voters took part.', '2 million 340 thousand')[0]).toBe(2340000);
    expect(read('The fund holds 45 thousand 120 accounts.', '45 thousand 120')[0]).toBe(45120);
    expect(read('Over one million and 200,000 tickets sold.', 'one million and 200,000')).toEqual([
      1200000,
      'at_least',
      'count',
    ]);
    expect(texts('The firm earned $5 million 2 years ago.')).toEqual(['$5 million']);
    expect(texts('Nearly 3 million 18-year-olds may vote.')[0]).toBe('3 million');
  });

  it('reads "and half" after a whole number as a half, as Indian copy writes it: "two and half years"', () => {
    expect(read('The trial took two and half years.', 'two and half years')).toEqual([2.5, 'exact', 'duration']);
    expect(read('Prices rose three and a half percent.', 'three and a half percent')[0]).toBe(3.5);
  });

  it('reads the last two items of a list of figures joined by "or" as items, not a range: "two, four, six or eight"', () => {
    expect(texts('Tickets come in packs of 5, 10, 20 or 50.')).toEqual(['5', '10', '20', '50']);
    expect(read('Repairs take three or four weeks.', 'three or four weeks')).toEqual([3, 'range', 'duration']);
  });

  it('reads a numerator and a plural part ending the clause as a share: "a decrease of around two thirds"', () => {
    const [share, qualifier, kind] = read('Turnout showed a fall of some three fifths.', 'three fifths');
    expect(share).toBeCloseTo(60);
    expect([qualifier, kind]).toEqual(['approx', 'percent']);
    expect(read('The gap narrowed by nine tenths.', 'nine tenths')[0]).toBe(90);
    expect(read('Output fell for two quarters.', 'two')).toEqual([2, 'exact', 'count']);
  });

  it('reads "over" before a length held of something as a floor: "over 3 years of experience"', () => {
    expect(read('She has over 10 years of service.', '10 years')).toEqual([10, 'at_least', 'duration']);
    expect(read('Talks ran over two days.', 'two days')).toEqual([2, 'exact', 'duration']);
    expect(read('Rain fell over three days of the show.', 'three days')).toEqual([3, 'exact', 'duration']);
  });

  it('reads a ranking told on from a count as counts of the same thing: "nine recalls ahead of Mitsubishi 8, Nissan 6"', () => {
    expect(texts('Hamilton led with 11 wins, followed by Verstappen 9, Leclerc 5 and Norris 2.')).toEqual([
      '11',
      '9',
      '5',
      '2',
    ]);
    expect(texts('Kenya won four golds ahead of Ethiopia 3, Uganda 2.')).toEqual(['four', '3', '2']);
    expect(texts('Apple sold the iPhone 15, iPhone 14 and iPhone 13.')).toEqual([]);
  });

  it('reads "over" after "hang", "loom" or "preside" as the verb\'s particle, no floor', () => {
    expect(read('The threat hangs over 300 homes near the river.', '300')).toEqual([300, 'exact', 'count']);
    expect(read('She presided over 40 trials.', '40')).toEqual([40, 'exact', 'count']);
    expect(read('The flood reached over 300 homes.', '300')).toEqual([300, 'at_least', 'count']);
  });

  it('counts people who do a thing once or twice a week, not a rate of them: "930,000 attended at least once a week"', () => {
    expect(read('About 2,000 residents use the clinic once a month.', '2,000')).toEqual([2000, 'approx', 'count']);
    expect(read('About 2,000 residents arrive a month.', '2,000')[2]).toBe('rate');
  });

  it('reads "m" before a unit of measure as millions: "the 100m tonne mark"', () => {
    expect(read('Exports passed 2.5m barrel a day.', '2.5m barrel')[0]).toBe(2.5e6);
    expect(read('Output hit the 20m tonne mark.', '20m tonne')).toEqual([2e7, 'exact', 'other']);
    expect(read('She won the 400m in 49.2 seconds.', '400m')).toEqual([400, 'exact', 'other']);
  });

  it('reads a spaced "m" as metres where no plural follows: "at 857 m", and glued before a brand\'s plural as millions', () => {
    expect(read('The summit, at 1,085 m, is often cloudy.', '1,085 m')).toEqual([1085, 'exact', 'other']);
    expect(read('The firm shipped 5m iPads.', '5m')[0]).toBe(5e6);
    expect(read('About 2 m people watched.', '2')[0]).toBe(2);
  });

  it('reads "pounds" as a weight where the sentence names a weight before it, and as money where it speaks of money', () => {
    expect(read('The weight of each parcel was under 20 pounds.', '20 pounds')).toEqual([20, 'at_most', 'other']);
    expect(read('Weighing in, the firm made a profit of 5 million pounds.', '5 million pounds')[2]).toBe('money');
  });

  it('reads a bare figure set against a share just told as a share: "17.90 per cent ... as compared to 18.10"', () => {
    expect(read('Its share fell to 31.2 per cent, compared with 33.5 a year ago.', '33.5')).toEqual([
      33.5,
      'exact',
      'percent',
    ]);
    expect(read('Sales rose 5% compared with 12 stores.', '12')).toEqual([12, 'exact', 'count']);
    // A figure told in millions is no share: "a 40% fall compared to 2.3 million a year earlier".
    expect(read('Ridership saw a 40% fall compared to 2.3 million a year earlier.', '2.3 million')).toEqual([
      2300000,
      'exact',
      'count',
    ]);
  });

  it('counts a bare "one" ending a clause that repeats a count\'s verb for another holder: "..., and the Lib Dems attained one."', () => {
    expect(texts('Labour won 12 seats, while the Greens won one.')).toEqual(['12', 'one']);
    expect(texts('He scored two goals, and it was one of the best.')).toEqual(['two']);
    expect(texts('She has two sons, and he is the one.')).toEqual(['two']);
  });

  it('reads "halved" as a multiple of one half, as "doubled" is one of two', () => {
    expect(read('Bus ridership has halved since 2019.', 'halved')).toEqual([0.5, 'exact', 'ratio']);
    expect(texts('Both halves of the match were dull.')).toEqual([]);
  });

  it('counts a bare "one" between two items of a list of counts: "15 grams of cocaine, one sack of hemp, seven packets"', () => {
    expect(texts('Officers seized 2 kg of heroin, one pistol with no serial number, four phones and cash.')).toEqual([
      '2 kg',
      'one',
      'four',
    ]);
    expect(texts('Sales rose 5%, one analyst said, and 7 stores closed.')).toEqual(['5%', '7']);
  });
});
