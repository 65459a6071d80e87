import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('scores and tallies (scores.ts)', () => {
  it('reads "4-from-17" as a tally of made against tried, two counts, as "8-of-16" is', () => {
    expect(texts('The guard finished with 11 points on 4-from-17 shooting.')).toEqual(['11', '4', '17']);
    expect(texts('Their goal kicker went 3-from-5 before half-time.')).toEqual(['3', '5']);
  });

  it('reads two whole numbers joined by "to" after "score of" as a score when the pair falls', () => {
    expect(texts('The Sharks won by a score of 27 to 13 before 9,000 fans.')).toEqual(['9,000']);
    // A rising pair there is a band of ratings; "to" alone joins two counts.
    expect(texts('Judges gave the wine a score of 8 to 9.')).toEqual(['8 to 9']);
    expect(texts('The measure passed 412 to 390.')).toEqual(['412', '390']);
  });
});
