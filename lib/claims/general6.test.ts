import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, qualifier, kind]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.qualifier, found!.kind];
};
const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('general news: rules made from the sixth general spec set, told in sentences of our own', () => {
  it("reads a bare figure a forecast's highs or lows are sent to by a verb as a temperature, and past a bound", () => {
    expect(read('On Tuesday highs will climb to 88 under clear skies.', '88')).toEqual([88, 'exact', 'other']);
    expect(read('Overnight lows dipping to 12 are likely.', '12')).toEqual([12, 'exact', 'other']);
    expect(read('Expect a sunny day with a high of about 64.', '64')).toEqual([64, 'approx', 'other']);
    // A price's high is singular and told with "of": it needs the weather named around it.
    expect(read('The stock hit a high of about 64 in March.', '64')[2]).not.toBe('other');
    expect(read('Sales will climb to 88 stores by June.', '88')[2]).toBe('count');
  });

  it('reads a bare number that ends the clause after "who was" or "he/she was" as a person\'s age', () => {
    expect(texts('The founder, who was 92, died at home on Sunday.')).toEqual([]);
    expect(texts('She was 17 when she set the record.')).toEqual([]);
    expect(texts('She was 17.')).toEqual([]);
    expect(read('He was 12 under par after two rounds.', '12')).toEqual([12, 'exact', 'count']);
    expect(read('The cost, which was 40, rose.', '40')[0]).toBe(40);
  });

  it('reads a number between a name\'s comma and "at the time" as the person\'s age', () => {
    expect(texts('His widow, Mary Ellis, 58 at the time, sued the firm.')).toEqual([]);
  });

  it('reads a year before a plan or a tally for that year as a date: "its 2017 projections"', () => {
    expect(texts('The agency raised its 2025 estimates on Monday.')).toEqual([]);
    expect(texts('Carmakers missed their 2030 targets.')).toEqual([]);
  });

  it('reads "Standard & Poor’s 500" with a curly apostrophe as an index name', () => {
    expect(texts('The Standard & Poor’s 500 index rose 1.2 percent.')).toEqual(['1.2 percent']);
  });

  it('counts a bare "one" before "count" or "charge" and "of" an offence; "by one count" is a reckoning', () => {
    expect(read('The clerk admitted one count of embezzlement.', 'one')).toEqual([1, 'exact', 'count']);
    expect(read('She faces one misdemeanor charge of trespass.', 'one')).toEqual([1, 'exact', 'count']);
    expect(texts('By one count, the crowd filled the square.')).toEqual([]);
  });

  it("reads a rising pair in brackets after a capitalised name as a team's win-loss record", () => {
    expect(texts('Ohio (3-7) lost to Kent State on Friday.')).toEqual([]);
    expect(texts('Smith led Denver (12-19) with 30 points.')).toEqual(['30']);
    expect(read('The dose was raised (10-20 mg) last year.', '10-20 mg')[1]).toBe('range');
  });

  it('reads two figures hyphened before "shooting" or a place on the court as a tally, and the line after it', () => {
    expect(texts('She scored 22 on 9-17 shooting.')).toEqual(['22', '9', '17']);
    expect(texts('He went 2-6 from the field and 1-3 from three.')).toEqual(['2', '6', '1', '3']);
    expect(read('Wages rose 3-5 from a year earlier.', '3-5')[1]).toBe('range');
  });

  it('reads "over" before an age of a thing ("over 300 years old") as a floor, not a span', () => {
    expect(read('The oak is over 400 years old.', '400 years')).toEqual([400, 'at_least', 'duration']);
    expect(read('Talks over two days ended in a deal.', 'two days')).toEqual([2, 'exact', 'duration']);
  });

  it('reads half of a time unit as half a length, with the bound before "half"', () => {
    expect(read('The queue took at least half an hour.', 'half an hour')).toEqual([0.5, 'at_least', 'duration']);
    expect(read('Crews worked for half a day.', 'half a day')).toEqual([0.5, 'exact', 'duration']);
    expect(texts('Half an hour later the lights came back.')).toEqual([]);
  });

  it('reads "up to" after "now" or before "by age" as the level reached, not a ceiling', () => {
    expect(read('The recall is now up to 40 models.', '40')).toEqual([40, 'exact', 'count']);
    expect(read('She was up to 30 cigarettes a day by age 16.', '30')[1]).toBe('exact');
    expect(read('Up to 40 models may be recalled by 2026.', '40')[1]).toBe('at_most');
  });

  it('reads an adjective of how a length was lived between a figure and its unit: "in five amazing weeks"', () => {
    expect(read('After three tough years the mill reopened.', 'three tough years')).toEqual([3, 'exact', 'duration']);
  });

  it('reads "served under" before a count as naming who led, and before a length as a ceiling', () => {
    expect(read('She served under four governors.', 'four')).toEqual([4, 'exact', 'count']);
    expect(read('He served under five years of a ten-year term.', 'five years')[1]).toBe('at_most');
  });

  it('reads a bare decimal of hundredths after "to" or "from", or in brackets, as a time run where a sprint is told', () => {
    expect(read('She cut the 200 metres record from 21.34 to 21.18.', '21.18')).toEqual([21.18, 'exact', 'duration']);
    expect(read('Lyles (9.79) edged the 100m field.', '9.79')).toEqual([9.79, 'exact', 'duration']);
    expect(read('The index fell from 21.34 to 21.18 in the final hour.', '21.18')[2]).not.toBe('duration');
  });

  it('reads the minutes a goal was scored after as its moment in the match, no length', () => {
    expect(texts('Okafor netted after 9 and 71 minutes.')).toEqual([]);
    expect(read('The meeting ended after 45 minutes.', '45 minutes')).toEqual([45, 'exact', 'duration']);
  });

  it('reads a number that ends a title in quotes, before a colon or the closing quote, as part of the title', () => {
    expect(texts('“Paddington 2” earned $12 million.')).toEqual(['$12 million']);
    expect(texts('Fans queued for “Frozen 3: The Thaw” all night.')).toEqual([]);
    expect(read('“About 40 people came,” she said.', '40')).toEqual([40, 'approx', 'count']);
  });

  it('reads a range whose two ends are priced per the same unit: "between $1.71 per share and $1.76 per share"', () => {
    expect(read('The fee is between $3 per tonne and $5 per tonne.', '$3 per tonne and $5')[1]).toBe('range');
    expect(texts('Rates were $3 per tonne and $5 per barrel.')).toEqual(['$3', '$5']);
  });

  it('reads a rate said after a counted phrase that ends on an abbreviation: "1,000 U.S. adults each day"', () => {
    expect(read('The agency screens 2,000 U.K. travellers each day.', '2,000')).toEqual([2000, 'exact', 'rate']);
    expect(read('The firm hired 300 people. Every day it grew.', '300')).toEqual([300, 'exact', 'count']);
  });

  it('reads a bare number after a life event or a habit and "at", ending its clause, as the age it came at', () => {
    expect(texts('The painter died at 91.')).toEqual([]);
    expect(texts('She started running at 40 and retired at 62.')).toEqual([]);
    expect(read('Shares started trading at 17 on Monday.', '17')[0]).toBe(17);
  });
});
