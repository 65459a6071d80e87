import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { singular } from './lemma';

/** The head a claim is filed under (lib/claims/key.ts): what it counts, people as "person". */
const headOf = (text: string, figure: string): string => {
  const found = extractClaims(text).find((c) => c.text === figure);
  expect(found, `"${figure}" in: ${text}`).toBeDefined();
  return found!.key.split('|')[1]!;
};

describe('what a figure counts, read in sentences of our own', () => {
  it('gives a plural shared by a noun in -ie and its variant in -y the singular news writes', () => {
    expect(singular('bogies')).toBe('bogie');
    expect(singular('bogie')).toBe('bogie');
    expect(singular('cookies')).toBe('cookie');
    expect(singular('junkies')).toBe('junkie');
    // A plural with no noun in -ie beside it keeps the rule's singular.
    expect(singular('casualties')).toBe('casualty');
    expect(singular('bodies')).toBe('body');
  });

  it('gives a compound of "man" its singular in -man, and leaves nouns that only end so alone', () => {
    expect(singular('gunmen')).toBe('gunman');
    expect(singular('firemen')).toBe('fireman');
    expect(singular('congressmen')).toBe('congressman');
    expect(singular('Germans')).toBe('german');
    expect(singular('humans')).toBe('human');
    expect(singular('specimen')).toBe('specimen');
    expect(headOf('Six derailed bogies blocked the line.', 'Six')).toBe(headOf('Only one bogie was left.', 'one'));
  });
});
