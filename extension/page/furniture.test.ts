import { describe, expect, it } from 'vitest';
import { isFurniture } from './furniture';

describe('page furniture', () => {
  it.each([
    '1 | 2 | 3',
    '1 / 5',
    '1-3 of 18',
    'Page 2 of 5',
    '11 Comments',
    'Comments (87)',
    '(34 photos)',
    'Shares: 1.2K',
    '2,111.72 -14.43 (-0.68%)',
    'Dow 17,500.12 +120.5 +0.7%',
  ])('"%s" is furniture', (text) => expect(isFurniture(text)).toBe(true));

  it.each(['105 hostages were released on Friday.', '14,800', '455499', '20 ways to save', 'Up 3% on the year'])(
    '"%s" is not',
    (text) => expect(isFurniture(text)).toBe(false),
  );
});
