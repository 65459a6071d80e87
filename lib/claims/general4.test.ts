import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};
const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('general news: rules made from the fourth general spec set, told in sentences of our own', () => {
  it('reads a loan named by its term in the short forms of the trade as a name: "the 30-year FRM", "a 15-year refi"', () => {
    expect(texts('The 15-year FRM averaged 5.1% this week.')).toEqual(['5.1%']);
    expect(texts('A 30-year refi now costs 6.4%.')).toEqual(['6.4%']);
    expect(read('The loan runs for 30 years at 6.4%.', '30 years')).toEqual([30, 'exact', 'duration']);
  });

  it('reads a length into a part of a match as a moment: "five minutes into the third quarter"', () => {
    expect(texts('She scored 40 seconds into overtime.')).toEqual([]);
    expect(texts('The rain came ten minutes into the second half.')).toEqual([]);
    expect(read('About three hours into the flight, the engine failed.', 'three hours')).toEqual([
      3,
      'approx',
      'duration',
    ]);
  });

  it('reads comparisons of lengths, "exceed", "past" and a wait "over" a length as bounds', () => {
    expect(read('Some tenants wait much longer than 18 months for repairs.', '18 months')).toEqual([
      18,
      'at_least',
      'duration',
    ]);
    expect(read('Half of the loans exceed 9% a year.', '9%')[1]).toBe('at_least');
    expect(read('The bidding went past $40 million within minutes.', '$40 million')).toEqual([
      4e7,
      'at_least',
      'money',
    ]);
    expect(read('Ferry passengers had waited over 30 hours at the port.', '30 hours')).toEqual([
      30,
      'at_least',
      'duration',
    ]);
    expect(read('Prices rose over the past 12 months.', '12 months')[1]).toBe('exact');
    expect(read('Rainfall fell during past 10 years.', '10 years')[1]).toBe('exact');
  });

  it('reads "(approx)" and its kin in brackets after a sum as an estimate', () => {
    expect(read('Gold worth Rs 45 lakh (approx) was seized at the airport.', 'Rs 45 lakh')).toEqual([
      4.5e6,
      'approx',
      'money',
    ]);
    expect(read('The yard holds 3,000 tonnes (est.) of scrap.', '3,000 tonnes')).toEqual([3000, 'approx', 'other']);
  });

  it('keeps the bound after a figure converted in brackets: "120 km/h (75 mph) or more"', () => {
    expect(read('Winds of 90 km/h (56 mph) or more felled trees.', '90 km/h')).toEqual([90, 'at_least', 'other']);
  });

  it('reads "from X to Y" as a change when the size of the change comes first, set off by a comma', () => {
    expect(texts('Membership grew by almost 40 percent, from 25,000 to 35,000.')).toEqual([
      '40 percent',
      '25,000',
      '35,000',
    ]);
    expect(read('Tickets cost from $20 to $45.', '$20 to $45')[1]).toBe('range');
  });

  it('reads a group of thousands glued to a word by a hyphen as a number of its own: "13 200-year-old remains"', () => {
    expect(texts('Divers found 12 300-year-old cannons.')).toEqual(['12', '300-year-old']);
    expect(read('Some 41 000 fans attended.', '41 000')[0]).toBe(41000);
  });

  it('reads h:mm:ss after "at" as the time run where the sentence speaks of a race', () => {
    expect(read('The marathon winner crossed the line at 2:08:14.', '2:08:14')).toEqual([7694, 'exact', 'duration']);
    expect(texts('Polls closed at 8:00:00 p.m.')).toEqual([]);
    expect(texts('The race was updated at 10:15:30.')).toEqual([]);
  });

  it('reads a year before 1800 after a preposition of time, and a count before a plural', () => {
    expect(texts('The abbey was built in 1127, and rebuilt in 1540.')).toEqual([]);
    expect(read('Archers fired 1200 arrows in 1415.', '1200')).toEqual([1200, 'exact', 'count']);
    expect(read('Police seized arms in 1500 raids.', '1500')).toEqual([1500, 'exact', 'count']);
  });

  it('reads the ends of a scale named before them as its marks, from any first mark: "a scale of 300 to 850"', () => {
    expect(texts('Scores run on a scale of 200 to 800 for each section.')).toEqual([]);
    expect(read('Orders of 200 to 800 units ship free.', '200 to 800')[1]).toBe('range');
  });

  it('counts "one" left out of a whole, told with its share in brackets, or described before a passive verb', () => {
    expect(read('Shares rose in all but one of the 30 sectors.', 'one')).toEqual([1, 'exact', 'count']);
    expect(read('Of 40 patients, 39 (97.5%) recovered and one (2.5%) died.', 'one')).toEqual([1, 'exact', 'count']);
    expect(read('Officials said one man from Leeds was detained.', 'one')).toEqual([1, 'exact', 'count']);
    expect(texts('One of the best teams in the league.')).toEqual([]);
    expect(texts('One man in the crowd has argued for calm.')).toEqual([]);
  });

  it('counts "one" as a margin: "leads by one shot", "one behind Romania", "one short of the record"', () => {
    expect(read('The bill passed by one vote.', 'one')).toEqual([1, 'exact', 'count']);
    expect(read('Leeds are third, one behind Luton.', 'one')).toEqual([1, 'exact', 'count']);
    expect(read('He finished one shy of the club record.', 'one')).toEqual([1, 'exact', 'count']);
    expect(texts('Guests left one by one.')).toEqual([]);
    expect(texts('By one account, the talks collapsed.')).toEqual([]);
    expect(texts('The mayor was greeted by one of the protesters.')).toEqual([]);
  });

  it('reads "close to a" and "at least the next" before a figure as bounds', () => {
    expect(read('Fares saw close to a 9% rise.', '9%')).toEqual([9, 'approx', 'percent']);
    expect(read('The plant will run for at least the next 20 years.', '20 years')).toEqual([
      20,
      'at_least',
      'duration',
    ]);
  });

  it("reads a bare whole number after the day's high or low, in a sentence about the weather, as a temperature", () => {
    expect(read('Phoenix set a record high at 118, its hottest day on record.', '118')).toEqual([
      118,
      'exact',
      'other',
    ]);
    expect(read('Forecasters expect lows of 12 and 9 as the cold air arrives.', '9')).toEqual([9, 'exact', 'other']);
    expect(read('The stock touched a high of 52 on Monday.', '52')).toEqual([52, 'exact', 'count']);
  });

  it('reads two figures hyphened around "of" or "for" as a tally of two counts: "8-of-16", "5-for-9"', () => {
    expect(texts('The guard was 6-of-11 from deep.')).toEqual(['6', '11']);
    expect(texts('He went 3-for-4 with a double.')).toEqual(['3', '4']);
    expect(texts('Deaths from COVID-19 fell.')).toEqual([]);
  });

  it('reads a fraction as a share after a verb of a part ending the clause, and before a comparative after brackets', () => {
    expect(read('Exports make up a fifth, the ministry said.', 'a fifth')).toEqual([20, 'exact', 'percent']);
    expect(read('Arrivals were almost a quarter (24%) higher.', 'a quarter')).toEqual([25, 'approx', 'percent']);
    expect(texts('She is seeking a third term.')).toEqual([]);
  });

  it('reads a bare decimal of hundredths after a place in a race and "in" as the time run: "third in 9.84"', () => {
    expect(read('Jones was second in 10.12, ahead of Smith.', '10.12')).toEqual([10.12, 'exact', 'duration']);
    expect(read('The party finished second in 12 districts.', '12')).toEqual([12, 'exact', 'count']);
  });

  it('counts a bare "one" when the sentence counts the same thing in figures: "one dose ... two doses"', () => {
    expect(read('Eleven patients needed one operation and three needed two operations.', 'one')).toEqual([
      1,
      'exact',
      'count',
    ]);
    expect(texts('One thing led to two more calls.')).toEqual(['two']);
  });

  it('reads a bound after a length and what it is a length of: "eight years of experience or less"', () => {
    expect(read('Drivers with three years of experience or less are charged more.', 'three years')).toEqual([
      3,
      'at_most',
      'duration',
    ]);
    expect(read('It took two years of talks and more delays.', 'two years')[1]).toBe('exact');
  });

  it('reads a rate said after the second figure of a change for the first too, across decimals: "from 9.11 million to 8.56 million barrels per day"', () => {
    expect(read('Output fell from 1.25 million to 1.1 million barrels a day.', '1.25 million')).toEqual([
      1.25e6,
      'exact',
      'rate',
    ]);
  });

  it('reads a decimal with a leading point and three digits before "record" or "on the season" as a win-loss record', () => {
    expect(texts('The Tigers fell to a .450 record after 20 games.')).toEqual(['20']);
    expect(texts('Rates rose .05 per cent.')).toEqual(['.05 per cent']);
  });
});
