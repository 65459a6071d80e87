import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, withGlobal, withSite } from './site-settings';

const SITE = 'https://news.example';

describe('site settings', () => {
  it('turns a site off and on again, leaving other sites alone', () => {
    const off = withSite(DEFAULT_SETTINGS, SITE, false);
    expect(isActiveOn(off, SITE)).toBe(false);
    expect(isActiveOn(off, 'https://other.example')).toBe(true);
    expect(isActiveOn(withSite(off, SITE, true), SITE)).toBe(true);
    expect(withSite(off, SITE, false).disabledOrigins).toEqual([SITE]);
  });

  it('turns everything off, keeping the per-site choices for when it is back on', () => {
    const off = withGlobal(withSite(DEFAULT_SETTINGS, SITE, false), false);
    expect(isActiveOn(off, 'https://other.example')).toBe(false);
    expect(withGlobal(off, true).disabledOrigins).toEqual([SITE]);
  });

  it('reads malformed stored values as the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'no', disabledOrigins: [SITE, 3] })).toEqual({
      enabled: true,
      disabledOrigins: [SITE],
    });
    expect(parseSettings({ enabled: false })).toEqual({ enabled: false, disabledOrigins: [] });
  });
});
