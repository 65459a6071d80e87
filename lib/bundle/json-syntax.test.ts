import { describe, expect, it } from 'vitest';
import { syntaxErrorOffset, tooDeepAt } from './json-syntax';

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

describe('tooDeepAt', () => {
  it.each([
    ['[[[1]]]', 2, 2],
    ['[{"a":[1]}]', 3, null],
    ['[{"a":[1]}]', 2, 6],
    // More brackets than the limit, none nested deeper than it: counted by depth, not by number.
    ['[[1],[2],[3],{"a":{}}]', 3, null],
    // Brackets inside strings are text.
    ['{"text":"[[[[{{{{"}', 1, null],
    ['{"text":"a \\"[[[[\\" b"}', 1, null],
    ['[{"t":"a\\\\"},[[1]]]', 2, 14],
  ])('in %j nested at most %i deep: %s', (json, max, offset) => {
    expect(tooDeepAt(json, max)).toBe(offset);
  });
});
