import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

/** The claim whose text is `figure` in `text`, as [value, kind, unit]. */
const read = (text: string, figure: string) => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return [found!.value, found!.kind, found!.quantity.unit];
};

describe('rates (subject.ts)', () => {
  it('reads a rate hyphened to its unit in a compound before a noun: "a 90,000 barrel-a-day refinery"', () => {
    expect(read('The state will build a 90,000 barrel-a-day refinery.', '90,000 barrel')[1]).toBe('rate');
    expect(read('Its 45,000-barrel-per-day export line reopened.', '45,000-barrel')[1]).toBe('rate');
    // A measure that is no output keeps its kind per a period, as spaced it does.
    expect(read('They opened a 2,000-ton-a-year smelter.', '2,000-ton')[1]).toBe('other');
  });

  it('reads a rate adverb before "active" as qualifying the activity: "monthly active users" is a count of users', () => {
    expect(read('The messaging app reported 41 million monthly active users.', '41 million')[1]).toBe('count');
    expect(read('Daily active players rose to 9 million daily active players.', '9 million')[1]).toBe('count');
    // Before the noun itself the adverb still makes a rate.
    expect(read('The ferry carries 3,000 daily passengers.', '3,000')[1]).toBe('rate');
  });

  it("reads a rate later in the clause as the sum's when a sum stands between it and the count", () => {
    expect(read('Bills for the 12,000 tenants in the scheme rose £95 to £1,140 a year.', '12,000')[1]).toBe('count');
    // With no sum between, the count takes the rate.
    expect(read('Some 40 ships crossed the strait daily.', '40')[1]).toBe('rate');
  });

  it('reads a count per workday or weekday as a rate', () => {
    expect(read('The depot dispatches 340 parcels per workday.', '340')[1]).toBe('rate');
    expect(read('The branch line runs 16 trains a weekday.', '16')[1]).toBe('rate');
  });
});
