import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('set phrases (idioms.ts)', () => {
  it('reads a shot, a line or a play named by its worth in points as no figure', () => {
    expect(texts('The Lakers made 15 of their 41 three-point attempts.')).toEqual(['15', '41']);
    expect(texts('Oregon missed a two-point conversion late.')).toEqual([]);
    // A lead or a margin in points is a count.
    expect(texts('Duke held a three-point lead at the break.')).toEqual(['three']);
  });

  it("reads cricket's one-day format as a name, while a one-day strike lasts a day", () => {
    expect(texts('She has taken 96 wickets in one-day internationals since her debut.')).toEqual(['96']);
    expect(texts('Dock workers staged a one-day strike on Monday.')).toEqual(['one-day']);
  });
});
