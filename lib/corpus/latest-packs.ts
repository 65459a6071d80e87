import type { BundleRow, PackRow, SourceRow } from './db';
import { idsOf, type Posting } from './postings';

export interface LatestPacks {
  /** For each key asked, the ids of the latest packs filed under it, the latest first. */
  idLists: number[][];
  /**
   * The packs among them, none of a bundle still staging, each with its source: its own copy, or for a pack written
   * before packs kept one, its source row's. A pack left without a source is of no committed article.
   */
  packs: Map<number, PackRow>;
  /** When the last key's ids were in (performance.now()), for the bench's timeline. */
  listedAt: number;
}

/**
 * The ids of the latest packs filed under each key (at most `perKey[k]` under `keys[k]`), then those packs, in one
 * read-only transaction, each request issued as soon as what it needs is known. The ids come from the
 * postings' index alone (postings.ts): a key cursor over a key's postings, the latest run first, each
 * entry holding the ids of a run's articles, the latest first; usually one step per key.
 *
 * A pack holds its article's source: read apart, the sources were 1,100 requests more for the bench page's 1,100
 * packs at 100,000 articles. A pack written before packs kept their source (no upgrade copies it on: that held the
 * database 69 s for 10,000 articles) has none until it is written again, by re-analysis: its source row is read
 * in the same transaction once the pack shows it lacks one. Only a committed article has a source row, and a pack
 * has its copy before its import commits, so a pack does not tell by itself whether its bundle is still being
 * imported: the posting rows of staging bundles (the bundle rows, then the keys of a staging bundle's rows, a few
 * requests in the same transaction) tell the ids to leave out. Such an id still counts toward its key's cap, as it
 * did when its pack was dropped for want of a source row.
 */
export function readLatestPacks(idb: IDBDatabase, keys: string[], perKey: number[]): Promise<LatestPacks> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['bundles', 'packs', 'postings', 'sources'], 'readonly');
    const packStore = tx.objectStore('packs');
    const sourceStore = tx.objectStore('sources');
    const postings = tx.objectStore('postings');
    const index = postings.index('postings');
    const found: LatestPacks = { idLists: keys.map(() => []), packs: new Map(), listedAt: 0 };
    /** The posting row each id was read from, and the rows of staging bundles. */
    const rowOf = new Map<number, number>();
    const stagingRows = new Set<number>();
    let waiting = keys.length;

    const bundles = tx.objectStore('bundles').getAll() as IDBRequest<BundleRow[]>;
    bundles.onsuccess = () => {
      for (const bundle of bundles.result) {
        if (!bundle.staging) continue;
        const rows = postings.index('bundleId').getAllKeys(IDBKeyRange.only(bundle.id));
        rows.onsuccess = () => rows.result.forEach((row) => stagingRows.add(row as number));
      }
    };
    const readRows = () => {
      found.listedAt = performance.now();
      for (const id of new Set(found.idLists.flat())) {
        const pack = packStore.get(id) as IDBRequest<PackRow | undefined>;
        pack.onsuccess = () => {
          const row = pack.result;
          if (!row) return;
          found.packs.set(id, row);
          if (row.source) return;
          const source = sourceStore.get(id) as IDBRequest<SourceRow | undefined>;
          source.onsuccess = () => {
            row.source = source.result;
          };
        };
      }
    };
    const listed = () => --waiting === 0 && readRows();

    keys.forEach((key, k) => {
      const ids = found.idLists[k]!;
      const cap = perKey[k]!;
      if (cap < 1) return listed();
      // Every posting of the key: [key, ids] sorts after [key] and before [key, []], as strings sort before arrays.
      const cursor = index.openKeyCursor(IDBKeyRange.bound([key], [key, []]), 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at) {
          const read = idsOf((at.key as Posting)[1], cap - ids.length);
          for (const id of read) rowOf.set(id, at.primaryKey as number);
          ids.push(...read);
        }
        if (at && ids.length < cap) at.continue();
        else listed();
      };
    });
    if (keys.length === 0) readRows();
    tx.oncomplete = () => {
      if (stagingRows.size > 0) for (const [id, row] of rowOf) if (stagingRows.has(row)) found.packs.delete(id);
      resolve(found);
    };
    tx.onerror = () => reject(tx.error ?? new Error('the corpus could not be read'));
    tx.onabort = () => reject(tx.error ?? new Error('the corpus could not be read'));
  });
}
