import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract';
import { EVENT_NOUNS, ROLE_SYNONYMS } from './lexicon';

describe('lexicon tables', () => {
  it("find nothing for a word that names one of Object's own members", () => {
    expect(ROLE_SYNONYMS['constructor']).toBeUndefined();
    expect(EVENT_NOUNS['toString']).toBeUndefined();
    expect(EVENT_NOUNS['hasOwnProperty']).toBeUndefined();
  });

  it('keep a claim whose counted word is such a member a plain string', () => {
    const [claim] = extractClaims('The workshop trained 12 constructor apprentices and logged 40 valueOf calls.');
    expect(typeof claim!.quantity?.lemma).toBe('string');
  });
});
