import { describe, expect, it } from 'vitest';
import { menAsMan, namesPeople } from './people';

describe('a plural in -men that lemmatising left as it was', () => {
  it('is the noun for people in -man WordNet names, and nothing else', () => {
    expect(menAsMan('gunmen')).toBe('gunman');
    expect(namesPeople(menAsMan('fishermen'))).toBe(true);
    expect(menAsMan('specimen')).toBe('specimen');
    expect(menAsMan('abdomen')).toBe('abdomen');
    expect(menAsMan('miner')).toBe('miner');
  });
});
