import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';

const texts = (text: string) => extractClaims(text).map((c) => c.text);

describe('numbers that name (non-claims.ts)', () => {
  it('reads no figure with a unit or a percent sign as an item of a list after a naming word', () => {
    expect(texts('In lane 4, 62% of the swimmers finished.')).toEqual(['62%']);
    expect(texts('At level 3, 12 km of trail is open.')).toEqual(['12 km']);
    // Bare numbers listed after a naming word still name.
    expect(texts('Levels 3, 4 and 5 are closed.')).toEqual([]);
  });
});
