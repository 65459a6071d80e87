import { parseSettings, type SiteSettings } from './site-settings';

/** Settings live in the extension's storage, which the popup writes and every tab's content script watches. */
const KEY = 'settings';

export async function readSettings(): Promise<SiteSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export const saveSettings = (settings: SiteSettings): Promise<void> => browser.storage.local.set({ [KEY]: settings });

/** Calls `onChange` with the new settings whenever they change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: SiteSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
