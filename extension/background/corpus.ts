import { openCorpus } from '../../lib/corpus/db';
import { DexieCorpus } from '../../lib/corpus/dexie-corpus';
import { removeAbandonedImports } from '../../lib/corpus/import';
import { LookupCache } from '../../lib/corpus/lookup-cache';
import { ensureSeedCorpus } from '../../lib/corpus/seed';
import { measure } from '../../lib/corpus/measure';

/**
 * The service worker can be stopped at any moment; a restarted one re-evaluates this module and opens
 * the database again on first use, and Dexie reopens a closed connection on demand.
 */
let database: ReturnType<typeof openCorpus> | undefined;
const db = () => (database ??= openCorpus());

/** What the corpus answered for each key, across checks (the batches of a page share most keys). */
const lookups = new LookupCache();

/**
 * Readies the corpus for checks: loads the bundled seed articles (`ensureSeedCorpus` leaves an up-to-date
 * corpus as it is) and deletes what imports interrupted by a closed page left staged. Bundles stored by
 * an older claim engine are re-analysed after it (upkeep.ts).
 */
export async function prepareCorpus(): Promise<void> {
  const start = performance.now();
  const response = await fetch(browser.runtime.getURL('/seed-bundle.json'));
  await ensureSeedCorpus(db(), await response.json());
  await removeAbandonedImports(db());
  forgetLookups();
  // For npm run bench:check -- --restart: a started worker's first check waits for this; `start` is how long
  // the worker took to evaluate its script.
  measure('crosscheck:prepare', { start, detail: { evaluated: Math.round(start) } });
}

export const corpusLookup = () => new DexieCorpus(db(), lookups);

/** After the corpus changed (an import, a delete, a restore, a re-analysis, a reader's article), keys are read again. */
export function forgetLookups(): void {
  lookups.clear();
}

/** The database itself, for the one write the background makes: a reader's article (add-article.ts). */
export const corpusDb = db;
