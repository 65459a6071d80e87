import { describe, expect, it } from 'vitest';
import { holdsAny } from './alternatives';

describe('holdsAny', () => {
  const test = holdsAny(['down from', 'revis', 'a.m.', '(est)']);

  it('finds any of the strings anywhere, inside a word too, as includes does', () => {
    expect(test('the figure was revised on Monday')).toBe(true);
    expect(test('prices slid, down from last week')).toBe(true);
    expect(test('a revision')).toBe(true);
  });

  it('reads the strings as written, never as a pattern', () => {
    expect(test('at 9 a.m. local time')).toBe(true);
    expect(test('at 9 aam local time')).toBe(false);
    expect(test('an output (est) of 4%')).toBe(true);
    expect(test('an output est of 4%')).toBe(false);
  });

  it('is case-sensitive, as includes is, and holds nothing for no strings', () => {
    expect(test('Down From the hills')).toBe(false);
    expect(holdsAny([])('anything')).toBe(false);
  });
});
