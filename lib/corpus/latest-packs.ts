import type { PackRow, SourceRow } from './db';

export interface LatestPacks {
  /** For each key asked, the ids of the latest packs filed under it, the latest first. */
  idLists: number[][];
  packs: Map<number, PackRow>;
  sources: Map<number, SourceRow>;
  /** When the last key's ids were in (performance.now()), for the bench's timeline. */
  listedAt: number;
}

/**
 * Whether indexes hand out the last n keys in one request (Chromium 141 on). Firefox ESR 153 has the same
 * options object but ignores its direction and hands out the first n, so the first full answer that comes
 * in ascending order turns this off.
 */
let lastKeysAtOnce = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

interface LastKeys {
  getAllKeys(options: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }): IDBRequest<IDBValidKey[]>;
}

/**
 * The ids of the latest packs filed under each key (at most `perKey[k]` under `keys[k]`), then those packs and their sources, in one
 * read-only transaction, each request issued as soon as what it needs is known. Through IndexedDB
 * itself: walking the index with a cursor, a key cursor step per id (Dexie's `reverse().limit()`), made a
 * 200-figure check at 10,000 articles 22,500 round trips to the browser's database process; where the
 * browser can, each key's ids come in one request.
 */
export function readLatestPacks(idb: IDBDatabase, keys: string[], perKey: number[]): Promise<LatestPacks> {
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(['packs', 'sources'], 'readonly');
    const packStore = tx.objectStore('packs');
    const sourceStore = tx.objectStore('sources');
    const index = packStore.index('keys');
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

    const walk = (key: string, ids: number[], cap: number) => {
      const cursor = index.openKeyCursor(IDBKeyRange.only(key), 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at) ids.push(at.primaryKey as number);
        if (at && ids.length < cap) at.continue();
        else listed();
      };
    };
    keys.forEach((key, k) => {
      const ids = found.idLists[k]!;
      const cap = perKey[k]!;
      if (cap < 1) return listed();
      if (!lastKeysAtOnce) return walk(key, ids, cap);
      const request = (index as unknown as LastKeys).getAllKeys({
        query: IDBKeyRange.only(key),
        count: cap,
        direction: 'prev',
      });
      request.onsuccess = () => {
        const got = request.result as number[];
        if (got.length === cap && cap > 1 && got[0]! < got[cap - 1]!) {
          lastKeysAtOnce = false;
          return walk(key, ids, cap);
        }
        ids.push(...got.sort((a, b) => b - a));
        listed();
      };
    });
    if (keys.length === 0) readRows();
    tx.oncomplete = () => resolve(found);
    tx.onerror = () => reject(tx.error ?? new Error('the corpus could not be read'));
    tx.onabort = () => reject(tx.error ?? new Error('the corpus could not be read'));
  });
}
