import { describe, expect, it } from 'vitest';
import { pageFingerprints } from './page-sentences';

describe('pageFingerprints', () => {
  it("gathers a page's batches, tab by tab and URL by URL", () => {
    expect(pageFingerprints(1, 'https://a.example/x', ['a', 'b'])).toEqual(['a', 'b']);
    expect(pageFingerprints(1, 'https://a.example/x', ['c'])).toEqual(['a', 'b', 'c']);
    expect(pageFingerprints(2, 'https://a.example/x', ['d'])).toEqual(['d']);
    expect(pageFingerprints(1, 'https://a.example/y', ['e'])).toEqual(['e']);
  });

  it('keeps nothing for a message from no tab', () => {
    expect(pageFingerprints(undefined, 'https://a.example/x', ['z'])).toEqual(['z']);
  });
});
