import { parseDisputes, withDispute, type Dispute } from '@/lib/disputes';

/**
 * The reader's marks of wrong matches live in the extension's storage, in this browser only: the card
 * writes them, the options page lists and removes them, and every tab's content script watches them.
 */
const KEY = 'disputes';

export async function readDisputes(): Promise<Dispute[]> {
  const stored = await browser.storage.local.get(KEY);
  return parseDisputes(stored[KEY]);
}

const save = (disputes: Dispute[]): Promise<void> => browser.storage.local.set({ [KEY]: disputes });

export async function addDisputes(added: Dispute[]): Promise<void> {
  await save(added.reduce(withDispute, await readDisputes()));
}

export async function removeDispute(key: string): Promise<void> {
  await save((await readDisputes()).filter((d) => d.key !== key));
}

/** Calls `onChange` with the marks whenever they change; returns the function that stops watching. */
export function watchDisputes(onChange: (disputes: Dispute[]) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseDisputes(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
