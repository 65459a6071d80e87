import { useEffect, useState } from 'preact/hooks';
import { readSettings, saveSettings, watchSettings } from '@/extension/page/settings-store';
import type { SiteSettings } from '@/extension/page/site-settings';

/** The reader's on/off settings, kept in step with storage; `save` writes them for every tab to see. */
export function useSettings(): { settings: SiteSettings | null; save: (next: SiteSettings) => void } {
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return { settings, save: (next) => void saveSettings(next) };
}
