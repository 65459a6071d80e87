import type { SiteSettings } from '@/extension/page/site-settings';
import { withGlobal, withSite } from '@/extension/page/site-settings';

interface SiteSwitchesProps {
  settings: SiteSettings;
  /** The page's origin, when the page could be asked; without it only the global switch is offered. */
  origin: string | null;
  onChange: (next: SiteSettings) => void;
}

/** Two switches: Crosscheck on this site, and anywhere at all. Both are remembered. */
export function SiteSwitches({ settings, origin, onChange }: SiteSwitchesProps) {
  const siteOn = origin !== null && !settings.disabledOrigins.includes(origin);
  return (
    <fieldset class="cc-switches">
      <legend class="visually-hidden">Where Crosscheck runs</legend>
      {origin !== null && (
        <label class="cc-switch">
          <input
            type="checkbox"
            name="site"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) => onChange(withSite(settings, origin, e.currentTarget.checked))}
          />
          On this site <span class="cc-switch-site">{new URL(origin).host || origin}</span>
        </label>
      )}
      <label class="cc-switch">
        <input
          type="checkbox"
          name="everywhere"
          checked={settings.enabled}
          onChange={(e) => onChange(withGlobal(settings, e.currentTarget.checked))}
        />
        On all sites
      </label>
    </fieldset>
  );
}
