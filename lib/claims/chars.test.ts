import { describe, expect, it } from 'vitest';
import { charAfterSpaces, isLetterAt, isOneOf, isWordChar, startsWithUpper, wordBefore } from './chars';

describe('chars', () => {
  it('knows letters and digits in any script', () => {
    expect(isWordChar('Ö5-', 0)).toBe(true);
    expect(isWordChar('Ö5-', 1)).toBe(true);
    expect(isWordChar('Ö5-', 2)).toBe(false);
    expect(isWordChar('a', 3)).toBe(false);
    expect(isLetterAt('5ж', 1)).toBe(true);
    expect(isLetterAt('5ж', 0)).toBe(false);
    expect(startsWithUpper('Łódź')).toBe(true);
    expect(startsWithUpper('łódź')).toBe(false);
  });

  it('reads the word before a position as `\\b(?:word)\\.?\\s+$` would', () => {
    const text = 'on Nov. 28 and mid-Dec 3 but x9Jan 4';
    expect(wordBefore(text, text.indexOf('28'))).toBeNull();
    expect(wordBefore(text, text.indexOf('28'), true)?.word).toBe('Nov');
    expect(wordBefore(text, text.indexOf('3 '))?.word).toBe('Dec');
    expect(wordBefore(text, text.indexOf('4'))).toBeNull();
    expect(wordBefore('Nov28', 3)).toBeNull();
  });
});

describe('charAfterSpaces', () => {
  it('gives the first character past white space, or nothing at the end', () => {
    expect(charAfterSpaces('5  per cent', 1)).toBe('p');
    expect(charAfterSpaces('5%', 1)).toBe('%');
    expect(charAfterSpaces('5 ', 1)).toBe('');
    expect(isOneOf('', 'abc')).toBe(false);
    expect(isOneOf('b', 'abc')).toBe(true);
  });
});
