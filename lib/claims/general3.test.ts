import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};
const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('general news: rules made from the third general spec set, told in sentences of our own', () => {
  it('reads a size after the figure as its bound: "four hours or longer", "20 metres or shorter"', () => {
    expect(read('Half the callers waited six hours or longer for an ambulance.', 'six hours')).toEqual([
      6,
      'at_least',
      'duration',
    ]);
    expect(read('Boats 12 metres or shorter may moor free.', '12 metres')).toEqual([12, 'at_most', 'other']);
  });

  it('reads a valuation as an estimate: "estimated at", "approximated at"', () => {
    expect(read('Storm damage was estimated at $40 million.', '$40 million')).toEqual([4e7, 'approx', 'money']);
    expect(read('Crop losses were approximated at 900 tonnes.', '900 tonnes')).toEqual([900, 'approx', 'other']);
  });

  it('reads a figure after a capitalised function word as a count, not a name: "These 3 states", "While 110 bodies"', () => {
    expect(read('These 12 schools will close early on Friday.', '12')).toEqual([12, 'exact', 'count']);
    expect(read('Their 40 members voted against.', '40')).toEqual([40, 'exact', 'count']);
    expect(read('While 75 homes were lost, the school survived.', '75')).toEqual([75, 'exact', 'count']);
    expect(texts('Apollo 11 landed in 1969.')).toEqual([]);
  });

  it('reads a year after a singular demonstrative as a year: "That 2016 data breach"', () => {
    expect(texts('That 2016 data breach exposed 57 million users.')).toEqual(['57 million']);
    expect(texts('This 1999 law still applies.')).toEqual([]);
  });

  it('reads "continuous" between a figure and its time unit as part of the length: "21 continuous weeks"', () => {
    expect(read('The pumps ran for 9 continuous days.', '9 continuous days')).toEqual([9, 'exact', 'duration']);
  });

  it('scales a whole number and a half by the scale word after it: "one and a half million"', () => {
    expect(read('One and a half million voters stayed home.', 'One and a half million')).toEqual([
      1.5e6,
      'exact',
      'count',
    ]);
    expect(read('The port moved two and a half billion tonnes.', 'two and a half billion tonnes')[0]).toBe(2.5e9);
  });

  it('reads "up to" before a level risen to from an older one as no ceiling; before a later year it stays one', () => {
    expect(read('Orders are up to 4,100 units from 3,800 in May.', '4,100')).toEqual([4100, 'exact', 'count']);
    expect(read('Fines of up to $5,000 apply from 2026.', '$5,000')).toEqual([5000, 'at_most', 'money']);
    expect(read('Fines rise to up to $5,000 from 2026.', '$5,000')).toEqual([5000, 'at_most', 'money']);
  });

  it('reads no claim in three numbers or more hyphened together (a record, a formation, a grade)', () => {
    expect(texts('The coach retired with a 312-97-4 record after 30 seasons.')).toEqual(['30']);
    expect(texts('They switched to a 3-5-2 shape.')).toEqual([]);
    expect(read('Rents rose 4-6% in the suburbs.', '4-6%')).toEqual([4, 'range', 'percent']);
  });

  it('reads no claim in a set compound written with its digit: "3-pointers", "a 4-poster"', () => {
    expect(texts('She sank 7 of her 9 attempts, all 3-pointers.')).toEqual(['7', '9']);
    expect(texts('The inn has a 4-poster in every room.')).toEqual([]);
    expect(read('The team lost 3-pointer leader Diaz for 6 weeks.', '6 weeks')[0]).toBe(6);
  });

  it('reads a bare "one" as a count when what it counts undergoes a passive verb: "One person has been hospitalized"', () => {
    expect(read('One barn had been confirmed lost by noon.', 'One')).toEqual([1, 'exact', 'count']);
    expect(read('One suspect was held overnight.', 'One')).toEqual([1, 'exact', 'count']);
    expect(texts('One thing was left undone.')).toEqual([]);
    expect(read('One woman was briefly detained at the border.', 'One')).toEqual([1, 'exact', 'count']);
    expect(read('Police said one child has been hospitalized.', 'one')).toEqual([1, 'exact', 'count']);
    expect(texts('One man has argued that the plan is flawed.')).toEqual([]);
  });

  it('reads no claim in the time left of a match or a wait after "with": "with 52 seconds left"', () => {
    expect(texts('She scored with only 40 seconds left in the half.')).toEqual([]);
    expect(texts('With two minutes to play, the visitors equalised.')).toEqual([]);
    expect(read('The council has 30 days left to appeal.', '30 days')).toEqual([30, 'exact', 'duration']);
  });

  it('reads the ISO codes of smaller currencies glued or spaced before a sum: "MVR900,000", "JMD 5,000"', () => {
    expect(read('Customs seized goods worth MVR450,000 on Tuesday.', 'MVR450,000')).toEqual([450000, 'exact', 'money']);
    expect(read('The levy is JMD 5,000 a year.', 'JMD 5,000')[0]).toBe(5000);
  });

  it('reads a unit glued to its figure with a plural "s" as the unit: "657.2kgs", "12kms"', () => {
    expect(read('Officers found 38.5kgs of cocaine.', '38.5kgs')).toEqual([38.5, 'exact', 'other']);
    expect(read('The relay covered 12kms.', '12kms')).toEqual([12, 'exact', 'other']);
  });

  it('reads half of a length written with its article, with or without a bound: "up to half a foot"', () => {
    expect(read('Up to half a foot of rain fell overnight.', 'half a foot')).toEqual([0.5, 'at_most', 'other']);
    expect(read('The reservoir is half a mile wide.', 'half a mile')).toEqual([0.5, 'exact', 'other']);
    expect(texts('He lives a mile away.')).toEqual([]);
  });

  it('reads a figure told again in digits in brackets as one figure, the unit after both: "ten (10) years"', () => {
    expect(read('The judge imposed twelve (12) years in prison.', 'twelve (12) years')).toEqual([
      12,
      'exact',
      'duration',
    ]);
    expect(read('Inspectors found three (3) violations.', 'three (3)')).toEqual([3, 'exact', 'count']);
    expect(texts('Inspectors found three (4) violations.')).toEqual(['three', '4']);
  });

  it('reads "from X to Y" as a change when a verb or noun of change opens the clause, what changes between', () => {
    expect(texts('The plan lowers the city share of the school tax from $4.10 to $3.95 a year.')).toEqual([
      '$4.10',
      '$3.95',
    ]);
    expect(texts('The rise in unemployment claims this month was from 2.1% to 2.6%.')).toEqual(['2.1%', '2.6%']);
    expect(read('Seats at the show cost from $20 to $40.', '$20 to $40')).toEqual([20, 'range', 'money']);
  });

  it('reads a range whose two ends write the same unit: "19 cents to 29 cents", "cut by 20% to 25%"', () => {
    expect(read('Bus fares will go up by 15 cents to 25 cents.', '15 cents to 25 cents')).toEqual([
      15,
      'range',
      'money',
    ]);
    expect(read('Yields may fall by 20% to 25% this year.', '20% to 25%')).toEqual([20, 'range', 'percent']);
    expect(texts('Inflation rose by 0.3% to 2.1%.')).toEqual(['0.3%', '2.1%']);
    expect(texts('A ticket costs 50 cents to $1.')).toEqual(['50 cents', '$1']);
  });

  it('reads a word of which part of a measure between the figure and its unit: "84 offensive yards", "12 more miles"', () => {
    expect(read('The back piled up 142 rushing yards.', '142 rushing yards')).toEqual([142, 'exact', 'other']);
    expect(read('Crews must clear 30 more miles of road.', '30 more miles')).toEqual([30, 'exact', 'other']);
    expect(read('Two more people died.', 'Two')).toEqual([2, 'exact', 'count']);
  });

  it('reads nautical miles and metric tonnes as units', () => {
    expect(read('The ship was 40 nautical miles offshore.', '40 nautical miles')).toEqual([40, 'exact', 'other']);
    expect(extractClaims('The mill ships 2 million metric tonnes.')[0]!.quantity.unit).toBe('metric tonne');
  });

  it('reads the unit after a spaced bound as the figure\'s unit: "five or more years", "10 or more days"', () => {
    expect(read('Staff with ten or more years of service get a bonus.', 'ten or more years')).toEqual([
      10,
      'at_least',
      'duration',
    ]);
    expect(read('Gusts of 70 or more mph are likely.', '70 or more mph')).toEqual([70, 'at_least', 'other']);
    expect(read('About 50 or so people came.', '50')).toEqual([50, 'approx', 'count']);
  });

  it('reads "cross" before a figure as a floor, as "tops" and "passed" are: "set to cross $200 million"', () => {
    expect(read('The film should cross $150 million by Sunday.', '$150 million')).toEqual([1.5e8, 'at_least', 'money']);
  });

  it('reads no claim in the numbers of roads, exits and mile markers, in any case', () => {
    expect(texts('The truck overturned near mile marker 112 on interstate 40 at exit 7.')).toEqual([]);
    expect(read('The exit is 12 miles away.', '12 miles')[0]).toBe(12);
  });

  it('reads a share against a share joined by "to" as two shares, the first in the second\'s unit', () => {
    expect(texts('Lopez was leading Brandt 54 to 41 percent with most precincts in.')).toEqual(['54', '41 percent']);
    expect(read('It amounts to a 63 to 37 percent lead.', '63')).toEqual([63, 'exact', 'percent']);
    expect(read('Fees range from 5 to 7 percent.', '5 to 7 percent')).toEqual([5, 'range', 'percent']);
  });

  it('reads "bu" as bushels, as grain reports abbreviate them', () => {
    expect(read('Yields reached 171.2 bu/acre.', '171.2 bu')).toEqual([171.2, 'exact', 'other']);
  });

  it('reads "as low as" after a past participle of a move as the level reached, not a floor: "have fallen as low as $80"', () => {
    expect(read('Shares have fallen as low as $12 this week.', '$12')).toEqual([12, 'exact', 'money']);
    expect(read('Tickets sell for as low as $12.', '$12')).toEqual([12, 'at_least', 'money']);
  });

  it('reads no claim in a code section named after "Code": "Penal Code 487"', () => {
    expect(texts('Under Vehicle Code 23152 he faces a fine.')).toEqual([]);
  });

  it('gives the unit of a list\'s last figure to a figure before its Oxford comma: "42, 39, and 51 percent"', () => {
    expect(read('Rates were 12, 18, and 25 percent, respectively.', '18')).toEqual([18, 'exact', 'percent']);
    expect(texts('It fell by 290,000, or 1.7%.')).toEqual(['290,000', '1.7%']);
  });

  it('reads a sum glued to an abbreviation\'s full stop from its first digit: "Rs.9000.00 lakhs"', () => {
    expect(read('A grant of Rs.4500.00 lakhs was released.', 'Rs.4500.00 lakhs')).toEqual([4.5e8, 'exact', 'money']);
    expect(read('Yields fell .25 per cent.', '.25 per cent')).toEqual([0.25, 'exact', 'percent']);
    expect(texts('Rates rose, according to Freddie Mac.2')).toEqual([]);
  });

  it('reads no claim in sections, articles and counts of a law or an indictment, nor after their plurals before a list', () => {
    expect(texts('He was convicted under sections 4 and 7 of the act.')).toEqual([]);
    expect(texts('Counts 2 and 3 were dropped, leaving count 5.')).toEqual([]);
    expect(texts('Typhoon Signal No.8 was hoisted.')).toEqual([]);
    expect(read('He scored 3 goals in 5 games.', '3')).toEqual([3, 'exact', 'count']);
  });

  it('reads the Kenyan shilling in the spellings Kenyan papers use: "Ksh 2 billion", "Kshs 500", "ksh. 2,500"', () => {
    expect(read('The county set aside Ksh 2 billion for roads.', 'Ksh 2 billion')).toEqual([2e9, 'exact', 'money']);
    expect(read('Each bag sells at ksh. 2,500.', 'ksh. 2,500')).toEqual([2500, 'exact', 'money']);
    expect(extractClaims('Fees are Kshs 500 a term.')[0]!.quantity.unit).toBe('kes');
  });

  it('reads "scores" as a vague count before what happened to the people, as headlines write it', () => {
    expect(read('Scores feared dead after ferry capsizes', 'Scores')).toEqual([40, 'range', 'count']);
    expect(texts('Test scores dropped sharply.')).toEqual([]);
  });
});
