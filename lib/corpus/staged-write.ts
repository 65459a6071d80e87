import type { BundleRow } from './db';

/** The bundle being imported was deleted while it was staged: the import ends with nothing added. */
export class BundleDeleted extends Error {
  constructor() {
    super('the bundle was deleted during its import');
    this.name = 'BundleDeleted';
  }
}

/**
 * One of an import's staged writes, in an IndexedDB transaction of its own on the staging bundle and
 * `stores`: the bundle's heartbeat moves, then `write` issues its requests (calling `fail` for any
 * that fails); settles once the transaction commits, or with the first failure (BundleDeleted when the
 * bundle is gone, a full disk's QuotaExceededError when the commit finds no room). Past Dexie: what is
 * staged is seen by no lookup or listing, yet every Dexie write told the options page's live queries to
 * read the corpus's statistics and lists again, and each posting run's 14,000 index keys were compared
 * into their ranges and sent to every page and worker of the extension.
 */
export function writeStaged(
  db: IDBDatabase,
  bundleId: string,
  stores: string[],
  write: (tx: IDBTransaction, fail: (error: unknown) => void) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['bundles', ...stores], 'readwrite');
    let failure: Error | undefined;
    const fail = (error: unknown) => {
      failure ??= error instanceof Error ? error : new Error(String(error));
      try {
        tx.abort();
      } catch {
        // Already ended: aborted by the request that failed.
      }
    };
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new Error('the corpus could not be written'));
    const bundles = tx.objectStore('bundles');
    const read = bundles.get(bundleId);
    read.onsuccess = () => {
      const bundle = read.result as BundleRow | undefined;
      if (!bundle) return fail(new BundleDeleted());
      try {
        bundles.put({ ...bundle, staging: { heartbeat: Date.now() } });
        write(tx, fail);
      } catch (error) {
        fail(error);
      }
    };
  });
}
