import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('moments of a match (durations.ts)', () => {
  it('reads a length "into" a term, as Australian sport calls a quarter, as a moment', () => {
    expect(texts('Geelong kicked clear eight minutes into the third term.')).toEqual([]);
    // A length into something that is no part of a match stays a length.
    expect(texts('Three hours into the flight, the crew served 140 meals.')).toEqual(['Three hours', '140']);
  });

  it('reads the time left "of" a part of the match before "remaining" or "left" as a moment', () => {
    expect(texts('The Hawks led by four with two minutes of the final quarter remaining.')).toEqual(['four']);
    expect(texts('They scored with 30 seconds of the half left.')).toEqual([]);
    // Without "with" the time left is a length.
    expect(texts('The lease has three years of its term remaining.')).toEqual(['three years']);
  });
});

describe('time references (durations.ts)', () => {
  it('reads a length before "earlier than" or "later than" as a length: it measures how far apart two times are', () => {
    expect(texts('The ferry docked 40 minutes later than scheduled.')).toEqual(['40 minutes']);
    expect(texts('Farming began 2,000 years earlier than once believed.')).toEqual(['2,000 years']);
    // Alone, "earlier" and "later" place a time.
    expect(texts('Three days later, the ferry sailed again.')).toEqual([]);
  });
});

describe('a length told in several units with only a space between them', () => {
  it('is one length in its smallest unit: "11 hours 40 minutes", "two hours 17 minutes one second"', () => {
    const lengths = (text: string) => extractClaims(text).map((c) => [c.text, c.value, c.quantity.unit]);
    expect(lengths('The crossing took 3 hours 25 minutes in fog.')).toEqual([['3 hours 25 minutes', 205, 'minute']]);
    expect(lengths('He swam it in one hour 2 minutes 9 seconds.')).toEqual([
      ['one hour 2 minutes 9 seconds', 3729, 'second'],
    ]);
    // Units that do not fall in size stay apart.
    expect(lengths('Clinics are open 24 hours 7 days a week.').map(([text]) => text)).toEqual(['24 hours', '7 days']);
  });
});

describe('"a century" (durations.ts)', () => {
  it('reads "a century" after a lead, a bound or a record as a length, as "a decade" is', () => {
    expect(texts('The family has farmed the valley for a century.')).toEqual(['a century']);
    expect(texts('It was the worst drought in the region in over a century.')).toEqual(['a century']);
    expect(texts('It was the strongest storm in a century.')).toEqual(['a century']);
  });

  it('leaves cricket\'s "a century", a hundred runs, unread', () => {
    expect(texts('Root scored a century before lunch.')).toEqual([]);
    expect(texts('The mill closed a century ago.')).toEqual([]);
  });
});
