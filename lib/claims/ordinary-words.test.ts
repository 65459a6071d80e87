import { describe, expect, it } from 'vitest';
import { isOrdinaryWord } from './ordinary-words';

describe('ordinary English words and names', () => {
  it('knows words in common use, bare or with an ending, in any case', () => {
    for (const word of ['Officials', 'Meanwhile', 'Thus', 'Added', 'Stopping', 'Carried', 'Reporters', 'Follow-up'])
      expect(isOrdinaryWord(word), word).toBe(true);
  });

  it('knows function words and number words, which WordNet leaves out', () => {
    for (const word of ['Although', 'Among', 'Their', 'Seventy-one']) expect(isOrdinaryWord(word), word).toBe(true);
  });

  it('tells names from them, a word written in lower case in one sense being ordinary', () => {
    for (const word of ['Zorvex', 'Nvidia', 'Homendy', 'Taroko', 'Singapore-flagged'])
      expect(isOrdinaryWord(word), word).toBe(false);
    expect(isOrdinaryWord('Turkey')).toBe(true);
  });
});
