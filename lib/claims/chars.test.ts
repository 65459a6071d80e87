import { describe, expect, it } from 'vitest';
import {
  charAfterSpaces,
  charBeforeSpaces,
  firstCharsOf,
  isLetterAt,
  isOneOf,
  isWordChar,
  lastCharsOf,
  startsWithUpper,
  wordBefore,
} from './chars';

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

describe('charBeforeSpaces', () => {
  it('gives the last character before trailing white space, or nothing at the start', () => {
    expect(charBeforeSpaces('the  \u00a05', 6)).toBe('e');
    expect(charBeforeSpaces('top 5', 4)).toBe('p');
    expect(charBeforeSpaces('   5', 3)).toBe('');
  });
});

describe('firstCharsOf and lastCharsOf', () => {
  it('hold every case a pattern with the i or iu flag matches, the Kelvin sign and the long s too', () => {
    const firsts = firstCharsOf(['knots', 'Max', '(approx)']);
    for (const c of ['k', 'K', '\u212a', 'm', 'M', '(']) expect(firsts.has(c)).toBe(true);
    expect(firsts.has('a')).toBe(false);
    const lasts = lastCharsOf(['its', 'A.D.', 'top']);
    for (const c of ['s', 'S', '\u017f', '.', 'p', 'P']) expect(lasts.has(c)).toBe(true);
    expect(lasts.has('d')).toBe(false);
    // Every character a pattern of these words matches in any case is in the set.
    const pattern = /(?:its|top)$/iu;
    for (const c of ['s', 'S', '\u017f', 'p', 'P']) expect(pattern.test(`it${c}`) || pattern.test(`to${c}`)).toBe(true);
  });
});
