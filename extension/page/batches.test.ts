import { describe, expect, it } from 'vitest';
import { takeBatch } from './batches';

const block = (text: string, visible = false) => ({ text, visible });

describe('takeBatch', () => {
  it('sends what the reader sees first, then the rest in document order, within the size limit', () => {
    const pending = [block('aaaa'), block('bbbb', true), block('cccc'), block('dddd', true)];
    expect(takeBatch(pending, 12).map((b) => b.text)).toEqual(['aaaa', 'bbbb', 'dddd']);
    expect(pending.map((b) => b.text)).toEqual(['cccc']);
  });

  it('always takes at least one block, however long', () => {
    const pending = [block('x'.repeat(50)), block('y')];
    expect(takeBatch(pending, 10).map((b) => b.text.length)).toEqual([50]);
    expect(pending).toHaveLength(1);
  });
});
