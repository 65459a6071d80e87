/**
 * Which corpus articles are the page itself, remembered by tab and URL. A long page reaches the
 * background in several batches; an article of the corpus is the page itself when 80% of its sentences
 * are on the page, which no single batch of a long article shows, so each page's sentences are gathered
 * across its batches. Once a page has shown enough sentences to hold any article, its answer is kept
 * rather than asked again for every batch of a live blog. In memory only, for the latest pages.
 */
const MAX_PAGES = 32;
/** More sentences than a news article has: past this, a page's own articles are known. */
const SETTLED = 400;

interface PageMemory {
  fingerprints: Set<string>;
  self: Promise<Set<number>>;
}

const pages = new Map<string, PageMemory>();

export function pageSelf(
  tabId: number | undefined,
  url: string,
  batch: string[],
  detect: (fingerprints: string[]) => Promise<Set<number>>,
): Promise<Set<number>> {
  if (tabId === undefined) return detect(batch);
  const key = `${tabId} ${url}`;
  const known = pages.get(key);
  pages.delete(key);
  if (known && known.fingerprints.size >= SETTLED) {
    pages.set(key, known);
    return known.self;
  }
  const fingerprints = known?.fingerprints ?? new Set<string>();
  for (const f of batch) fingerprints.add(f);
  const self = detect([...fingerprints]);
  pages.set(key, { fingerprints, self });
  // A failed lookup is asked again with the next batch, not kept.
  self.catch(() => pages.get(key)?.self === self && pages.delete(key));
  while (pages.size > MAX_PAGES) pages.delete(pages.keys().next().value!);
  return self;
}

/** Forgets every page's answer: after the corpus changed, its articles and their ids may have changed too. */
export function forgetPages(): void {
  pages.clear();
}
