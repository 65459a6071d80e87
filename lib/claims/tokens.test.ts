import { describe, expect, it } from 'vitest';
import { tokensAfter, tokensBefore, type Tokens } from './tokens';

const words = (tokens: Tokens) => {
  const out: string[] = [];
  for (let i = 0; tokens.at(i); i++) out.push(tokens.at(i)!.w);
  return out;
};

describe('tokens', () => {
  const text = 'The U.S.-backed plan freed 14,800 people (Hamas-run ministry’s figures), it said.';

  it('keeps joined words whole and makes every other mark a token', () => {
    expect(words(tokensAfter(text, 0, text.length))).toEqual([
      'The',
      'U.S',
      '.',
      '-',
      'backed',
      'plan',
      'freed',
      '14,800',
      'people',
      '(',
      'Hamas-run',
      'ministry’s',
      'figures',
      ')',
      ',',
      'it',
      'said',
      '.',
    ]);
  });

  it('reads the same tokens backwards, nearest first', () => {
    expect(words(tokensBefore(text, 0, text.length))).toEqual(words(tokensAfter(text, 0, text.length)).reverse());
  });

  it('stops at the edges of its window', () => {
    const at = text.indexOf('14,800');
    expect(words(tokensBefore(text, text.indexOf('plan'), at))).toEqual(['freed', 'plan']);
    expect(tokensAfter(text, at, at + 6).at(1)).toBeUndefined();
  });

  it('gives each token in lower case too', () => {
    expect(tokensAfter('Hostages FREED', 0, 14).at(1)?.lower).toBe('freed');
  });
});
