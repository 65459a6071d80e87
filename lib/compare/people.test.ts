import { describe, expect, it } from 'vitest';
import { menAsMan, namesNothing, namesPeople } from './people';

describe('a plural in -men that lemmatising left as it was', () => {
  it('is the noun for people in -man WordNet names, and nothing else', () => {
    expect(menAsMan('gunmen')).toBe('gunman');
    expect(namesPeople(menAsMan('fishermen'))).toBe(true);
    expect(menAsMan('specimen')).toBe('specimen');
    expect(menAsMan('abdomen')).toBe('abdomen');
    expect(menAsMan('miner')).toBe('miner');
  });
});

describe('a word read as what is counted that WordNet files only as an adjective or an adverb', () => {
  it('names nothing ("the global total", "Egyptian deaths alone", "a decade of strong governance", a slip: "43 peopled died")', () => {
    expect(['global', 'alone', 'strong', 'peopled'].filter(namesNothing)).toEqual([
      'global',
      'alone',
      'strong',
      'peopled',
    ]);
  });

  it('unless it is a noun too or tells what befell people ("the injured", "the missing")', () => {
    expect(['building', 'national', 'injured', 'missing', 'seat'].filter(namesNothing)).toEqual([]);
  });
});
