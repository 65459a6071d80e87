import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps web addresses', () => {
    expect(safeHttpUrl('https://www.voanews.com/a/7379905.html')).toBe('https://www.voanews.com/a/7379905.html');
  });

  it('refuses scripts, data, relative and missing addresses', () => {
    for (const raw of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '/relative', null, ''])
      expect(safeHttpUrl(raw)).toBeNull();
  });
});
