import { describe, expect, it } from 'vitest';
import { mayHoldFigure } from './figure-hint';

describe('mayHoldFigure', () => {
  it('sees digits and number words', () => {
    expect(mayHoldFigure('Hamas has released 105 hostages')).toBe(true);
    expect(mayHoldFigure('Eighty-six people were rescued')).toBe(true);
    expect(mayHoldFigure('a week-long truce')).toBe(true);
    expect(mayHoldFigure('three-quarters of voters')).toBe(true);
  });

  it('passes over prose without figures, and words that only contain number words', () => {
    expect(mayHoldFigure('Nothing here is counted or measured.')).toBe(false);
    expect(mayHoldFigure('Someone often listens; the tent was gone.')).toBe(false);
  });
});
