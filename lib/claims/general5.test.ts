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
});
