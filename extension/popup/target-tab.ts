/**
 * The tab the popup reports on: the active tab, or the one named by `?tab=<id>` (a popup opened as a
 * page, as the end-to-end tests do, is itself the active tab).
 */
export async function targetTabId(search: string): Promise<number | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
