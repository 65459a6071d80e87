/** Where the reader wants Crosscheck: everywhere or nowhere, minus the sites (origins) turned off. */
export interface SiteSettings {
  enabled: boolean;
  disabledOrigins: string[];
}

export const DEFAULT_SETTINGS: SiteSettings = { enabled: true, disabledOrigins: [] };

const MAX_ORIGINS = 10_000;

/** Stored settings are read back defensively: anything malformed falls back to the defaults. */
export function parseSettings(x: unknown): SiteSettings {
  if (typeof x !== 'object' || x === null) return DEFAULT_SETTINGS;
  const { enabled, disabledOrigins } = x as Record<string, unknown>;
  const origins = Array.isArray(disabledOrigins)
    ? disabledOrigins.filter((o): o is string => typeof o === 'string').slice(0, MAX_ORIGINS)
    : [];
  return { enabled: enabled !== false, disabledOrigins: origins };
}

export const isActiveOn = (settings: SiteSettings, origin: string): boolean =>
  settings.enabled && !settings.disabledOrigins.includes(origin);

export function withSite(settings: SiteSettings, origin: string, on: boolean): SiteSettings {
  const others = settings.disabledOrigins.filter((o) => o !== origin);
  return { ...settings, disabledOrigins: on ? others : [...others, origin] };
}

export const withGlobal = (settings: SiteSettings, on: boolean): SiteSettings => ({ ...settings, enabled: on });
