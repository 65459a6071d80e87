import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { EVENT_NOUNS, ROLE_SYNONYMS } from './lexicon';

describe('lexicon tables', () => {
  it("find nothing for a word that names one of Object's own members", () => {
    // Looked up as a page's word is, through a string the type cannot tell apart from Object's member names.
    const lookUp = (table: Record<string, string>, word: string): unknown => table[word];
    expect(lookUp(ROLE_SYNONYMS, 'constructor')).toBeUndefined();
    expect(lookUp(EVENT_NOUNS, 'toString')).toBeUndefined();
    expect(lookUp(EVENT_NOUNS, 'hasOwnProperty')).toBeUndefined();
  });

  it('leave a claim counting such a word plain data, and extraction whole', () => {
    const functions = (o: unknown): boolean =>
      typeof o === 'function' || (!!o && typeof o === 'object' && Object.values(o).some(functions));
    // Each threw or carried Object's constructor in a claim when the tables had a prototype.
    for (const sentence of ['There were 40 constructors.', 'Some 40 constructor were counted at the fair.']) {
      const claims = extractClaims(sentence);
      expect(claims).toHaveLength(1);
      expect(functions(claims[0])).toBe(false);
    }
  });
});
