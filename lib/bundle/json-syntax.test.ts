import { describe, expect, it } from 'vitest';
import { syntaxErrorOffset } from './json-syntax';

describe('syntaxErrorOffset', () => {
  it.each(['{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}}', ' [ ] ', '"\\"quoted\\""'])(
    'finds no error in valid JSON %j',
    (json) => {
      expect(syntaxErrorOffset(json)).toBeNull();
      expect((): unknown => JSON.parse(json)).not.toThrow();
    },
  );

  it.each([
    ['{"a": x}', 6],
    ['[1,\n 2,\n x]', 9],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ["{'a': 1}", 1],
    ['[1] 2', 4],
    ['["a\nb"]', 3],
    ['[01]', 2],
    ['["\\x"]', 3],
    ['', 0],
  ])('finds the error in %j at %i', (json, offset) => {
    expect(syntaxErrorOffset(json)).toBe(offset);
    expect((): unknown => JSON.parse(json)).toThrow();
  });
});
