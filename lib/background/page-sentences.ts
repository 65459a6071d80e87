/**
 * The sentence fingerprints of each page seen so far, by tab and URL. A long page reaches the background
 * in several batches; an article of the corpus is the page itself when 80% of its sentences are on the
 * page, which no single batch of a long article shows. Kept in memory only: a restarted service worker
 * starts again from the next batch, and only the latest pages are kept.
 */
const MAX_PAGES = 32;
const MAX_FINGERPRINTS = 50_000;

const pages = new Map<string, Set<string>>();

/** Adds a batch's fingerprints to its page's and returns all of the page's so far. */
export function pageFingerprints(tabId: number | undefined, url: string, batch: string[]): string[] {
  if (tabId === undefined) return batch;
  const key = `${tabId} ${url}`;
  const seen = pages.get(key) ?? new Set<string>();
  pages.delete(key);
  pages.set(key, seen);
  for (const f of batch) if (seen.size < MAX_FINGERPRINTS) seen.add(f);
  while (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
  return [...seen];
}
