import { describe, expect, it } from 'vitest';
import { kinOf } from './kin';

// The examples kin.ts and lib/compare/README.md give, as the generated table reads them.
describe('WordNet kin of what is counted', () => {
  it('grades synonyms, kinds and near kinds of one thing', () => {
    expect(kinOf('car', 'automobile')).toBe('synonym');
    expect(kinOf('building', 'structure')).toBe('kind');
    expect(kinOf('house', 'home')).toBe('kind');
    expect(kinOf('ship', 'vessel')).toBe('kind');
    expect(kinOf('ship', 'boat')).toBe('sibling');
  });

  it('is nothing WordNet does not file so, nor a noun its tagged corpus never met', () => {
    expect(kinOf('zone', 'area')).toBeNull();
    expect(kinOf('lorry', 'truck')).toBeNull();
  });
});
