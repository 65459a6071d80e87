/**
 * The reader's opt-in to keep every news article they read in the corpus ("Articles I read"): off unless
 * they turn it on in the options page. In the extension's storage, which the options page writes, every
 * tab's content script watches and the background reads again before it keeps anything.
 */
const KEY = 'keepArticles';

export async function readKeepArticles(): Promise<boolean> {
  const stored = await browser.storage.local.get(KEY);
  // Anything but an explicit true (nothing stored, a malformed value) leaves it off.
  return stored[KEY] === true;
}

export const saveKeepArticles = (on: boolean): Promise<void> => browser.storage.local.set({ [KEY]: on });

/** Calls `onChange` whenever the setting changes; returns the function that stops watching. */
export function watchKeepArticles(onChange: (on: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(changes[KEY].newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
