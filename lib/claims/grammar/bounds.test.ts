import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const figures = (text: string) => extractClaims(text).map((c) => [c.text, c.qualifier, c.high]);

describe('a ceiling on the time something took', () => {
  it('is read from "within a mere", "in the span of", "in the space of"', () => {
    expect(figures('The Orvan storm grew into a hurricane within a mere 18 hours.')).toEqual([
      ['18 hours', 'at_most', 18],
    ]);
    expect(figures('The river rose two metres in the span of 36 hours.')).toEqual([
      ['two metres', 'exact', 2],
      ['36 hours', 'at_most', 36],
    ]);
    expect(figures('In the space of three days the camp filled.')).toEqual([['three days', 'at_most', 3]]);
  });
});
