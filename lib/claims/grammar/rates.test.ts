import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';

const figures = (text: string) => extractClaims(text).map((c) => [c.text, c.value, c.kind]);

describe('prices per a unit of trade', () => {
  it('read a freight rate quoted per container after a slash ("US$1,549/FEU", "$980/TEU")', () => {
    expect(figures('Spot rates to Genoa slipped to $980/TEU this week.')).toEqual([['$980', 980, 'money']]);
    expect(figures('The Seattle lane eased 2.1% to US$1,549/FEU.')).toEqual([
      ['2.1%', 2.1, 'percent'],
      ['US$1,549', 1549, 'money'],
    ]);
  });
});
