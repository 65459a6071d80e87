import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

describe('verbs of change (changes.ts)', () => {
  it.each([
    ['an estimate set anew', 'The census office revised the town’s count from 41,200 to 43,900 on Tuesday.'],
    ['a count set anew', 'The park updated its count from 12 to 15 nesting pairs and adjusted it from 15 to 16.'],
    ['a rise made by someone', 'The council hiked the parking fee from $2 to $3 and lifted the cap from 40 to 60.'],
  ])('%s: "from X to Y" is two figures, not a range', (_, sentence) => {
    const claims = extractClaims(sentence);
    expect(claims.length).toBeGreaterThan(1);
    expect(claims.map((c) => c.qualifier).every((q) => q === 'exact')).toBe(true);
  });
});
