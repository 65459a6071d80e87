import { describe, expect, it } from 'vitest';
import { BOUNDS_BEFORE, EXCLUSIVE_BOUNDS } from '../claims/grammar/bounds';
import { leavesFigureOut } from './exclusive';

const at = (sentence: string, figure: string) => leavesFigureOut(sentence, sentence.indexOf(figure));

describe('bounds that leave their figure out', () => {
  it('are floors or ceilings the extraction tables know', () => {
    const known = new Map(BOUNDS_BEFORE.map((b) => [b.phrase, b.bound]));
    for (const { word } of EXCLUSIVE_BOUNDS)
      expect([word, known.get(word)]).toEqual([word, expect.stringMatching(/^at_/)]);
  });

  it('are read right before the figure', () => {
    expect(at('The ferry carried more than 300 passengers.', '300')).toBe(true);
    expect(at('Rents in Orvan rose above $1,200 a month.', '$1,200')).toBe(true);
    expect(at('Fewer than 20 stalls opened.', '20')).toBe(true);
  });

  it('but not a bound that takes its figure in, nor one read whole with a negation', () => {
    expect(at('The ferry carried at least 300 passengers.', '300')).toBe(false);
    expect(at('The ferry carried no more than 300 passengers.', '300')).toBe(false);
    expect(at('The ferry carried upwards of 300 passengers.', '300')).toBe(false);
    expect(at('The ferry carried 300 passengers.', '300')).toBe(false);
  });
});
