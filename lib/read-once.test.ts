import { describe, expect, it } from 'vitest';
import { readOnce } from './read-once';

describe('readOnce', () => {
  it('works a value out when first asked, not before, and only once', () => {
    let reads = 0;
    const read = readOnce(() => ++reads);
    expect(reads).toBe(0);
    expect([read(), read()]).toEqual([1, 1]);
    expect(reads).toBe(1);
  });

  it('keeps a null answer instead of working it out again', () => {
    let reads = 0;
    const read = readOnce(() => {
      reads++;
      return null;
    });
    expect([read(), read()]).toEqual([null, null]);
    expect(reads).toBe(1);
  });
});
