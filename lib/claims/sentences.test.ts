import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('ends sentences at marks before a capital, a digit or an opening quote', () => {
    expect(split('He left. She stayed! Did they? 32 people died. “Yes,” he said.')).toEqual([
      'He left.',
      'She stayed!',
      'Did they?',
      '32 people died.',
      '“Yes,” he said.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside their sentence', () => {
    expect(split('U.S. forces and Mr. Smith met J. Doe at 7 a.m. Monday. It cost 1.8 million.')).toEqual([
      'U.S. forces and Mr. Smith met J. Doe at 7 a.m. Monday.',
      'It cost 1.8 million.',
    ]);
  });

  it('ends a sentence at every paragraph break, with or without a mark', () => {
    expect(split('A headline without a stop\n\nThe first paragraph.\n  \nThe second one')).toEqual([
      'A headline without a stop',
      'The first paragraph.',
      'The second one',
    ]);
  });

  it('ends a sentence at a single line break before a line that opens like a sentence or a list item', () => {
    expect(split('Key numbers\n137 hostages still held\n- 240 prisoners freed\nIt was a week\nlong truce.')).toEqual([
      'Key numbers',
      '137 hostages still held',
      '- 240 prisoners freed',
      'It was a week\nlong truce.',
    ]);
  });

  it('finds the sentence around an offset', () => {
    const text = 'One sentence. Another one.';
    const spans = splitSentences(text);
    expect(text.slice(sentenceAt(spans, 16).start, sentenceAt(spans, 16).end)).toBe('Another one.');
  });
});
