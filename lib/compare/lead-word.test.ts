import { describe, expect, it } from 'vitest';
import { leadWord } from './lead-word';

const lead = (sentence: string, figure: string, counted: string) =>
  leadWord(sentence, sentence.indexOf(figure), counted);

describe('the word before what a figure counts', () => {
  it('is the word extraction left out before the counted words', () => {
    expect(lead('The labour force participation rate rose to 61.9%.', '61.9%', 'participation rate')).toBe('force');
    expect(lead("Dunmore's office vacancy rate is 2.6 percent.", '2.6', 'vacancy rate')).toBe('office');
  });

  it('is empty after a possessive or a function word, or when nothing is named before the figure', () => {
    expect(lead("Dunmore's vacancy rate is 2.6 percent.", '2.6', 'vacancy rate')).toBe('');
    expect(lead('The vacancy rate is 2.6 percent.', '2.6', 'vacancy rate')).toBe('');
    expect(lead('It fell 2.6 percent, the vacancy rate said.', '2.6', 'vacancy rate')).toBe('');
  });
});
