import { describe, expect, it } from 'vitest';
import { memoized } from './memo';

describe('memoized', () => {
  it('works a word out once and forgets everything past its limit', () => {
    const seen: string[] = [];
    const upper = memoized((w: string) => {
      seen.push(w);
      return w.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('c'), upper('a')]).toEqual(['A', 'A', 'B', 'C', 'A']);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});
