import type { PackRow, SourceRow } from './db';
import { idsOf, type Posting } from './postings';

export interface LatestPacks {
  /** For each key asked, the ids of the latest packs filed under it, the latest first. */
  idLists: number[][];
  packs: Map<number, PackRow>;
  sources: Map<number, SourceRow>;
  /** When the last key's ids were in (performance.now()), for the bench's timeline. */
  listedAt: number;
}

/**
 * The ids of the latest packs filed under each key (at most `perKey[k]` under `keys[k]`), then those packs and their sources, in one
 * read-only transaction, each request issued as soon as what it needs is known. The ids come from the
 * postings' index alone (postings.ts): a key cursor over a key's postings, the latest run first, each
 * entry holding the ids of a run's articles, the latest first; usually one step per key.
 */
export function readLatestPacks(idb: IDBDatabase, keys: string[], perKey: number[]): Promise<LatestPacks> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['packs', 'postings', 'sources'], 'readonly');
    const packStore = tx.objectStore('packs');
    const sourceStore = tx.objectStore('sources');
    const index = tx.objectStore('postings').index('postings');
    const found: LatestPacks = { idLists: keys.map(() => []), packs: new Map(), sources: new Map(), listedAt: 0 };
    let waiting = keys.length;

    const readRows = () => {
      found.listedAt = performance.now();
      for (const id of new Set(found.idLists.flat())) {
        const pack = packStore.get(id) as IDBRequest<PackRow | undefined>;
        pack.onsuccess = () => pack.result && found.packs.set(id, pack.result);
        const source = sourceStore.get(id) as IDBRequest<SourceRow | undefined>;
        source.onsuccess = () => source.result && found.sources.set(id, source.result);
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
        if (at) ids.push(...idsOf((at.key as Posting)[1], cap - ids.length));
        if (at && ids.length < cap) at.continue();
        else listed();
      };
    });
    if (keys.length === 0) readRows();
    tx.oncomplete = () => resolve(found);
    tx.onerror = () => reject(tx.error ?? new Error('the corpus could not be read'));
    tx.onabort = () => reject(tx.error ?? new Error('the corpus could not be read'));
  });
}
