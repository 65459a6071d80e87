import { describe, expect, it } from 'vitest';
import { mayHoldFigure } from './figure-hint';

describe('mayHoldFigure', () => {
  it('sees digits and number words', () => {
    expect(mayHoldFigure('The rebels released 105 prisoners')).toBe(true);
    expect(mayHoldFigure('Eighty-six people were rescued')).toBe(true);
    expect(mayHoldFigure('a week-long strike')).toBe(true);
    expect(mayHoldFigure('three-quarters of voters')).toBe(true);
  });

  it('sees what the engine reads without digits: month-long, year-long, a fortnight, dozens, quarterly', () => {
    expect(mayHoldFigure('The month-long siege ended')).toBe(true);
    expect(mayHoldFigure('A year-long inquiry began')).toBe(true);
    expect(mayHoldFigure('They stayed for a fortnight')).toBe(true);
    expect(mayHoldFigure('Dozens of homes were flooded')).toBe(true);
    expect(mayHoldFigure('Profits are reported quarterly')).toBe(true);
  });

  it('passes over prose without figures, and words that only contain number words', () => {
    expect(mayHoldFigure('Nothing here is counted or measured.')).toBe(false);
    expect(mayHoldFigure('Someone often listens; the tent was gone.')).toBe(false);
  });
});
