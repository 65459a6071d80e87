import type { PackRow, SourceRow } from './db';
import type { Posting } from './postings';

export interface LatestPacks {
  /** For each key asked, the ids of the latest packs filed under it, the latest first. */
  idLists: number[][];
  packs: Map<number, PackRow>;
  sources: Map<number, SourceRow>;
  /** When the last key's ids were in (performance.now()), for the bench's timeline. */
  listedAt: number;
}

/**
 * Source rows a few ids apart are read with one request, with the rows between them: a source row is small
 * beside what a request costs the service worker (about 50 µs in Chromium at load 11, and a check made
 * 1,700, a pack and a source per article); a pack is not, so packs are read in runs of consecutive ids only.
 */
const SOURCE_GAP = 8;

/** Sorted ids as runs [first, last], ids at most `gap` ids apart in one run. */
function runsOf(ids: number[], gap: number): [number, number][] {
  const runs: [number, number][] = [];
  for (const id of ids) {
    const run = runs.at(-1);
    if (run && id - run[1] <= gap + 1) run[1] = id;
    else runs.push([id, id]);
  }
  return runs;
}

/** The rows with ids from `first` to `last`, each handed to `found`: one request however many. */
function readRange<T>(store: IDBObjectStore, first: number, last: number, found: (row: T) => void): void {
  if (first === last) {
    const request = store.get(first) as IDBRequest<T | undefined>;
    request.onsuccess = () => request.result && found(request.result);
  } else {
    const request = store.getAll(IDBKeyRange.bound(first, last)) as IDBRequest<T[]>;
    request.onsuccess = () => request.result.forEach(found);
  }
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
      const ids = [...new Set(found.idLists.flat())].sort((a, b) => a - b);
      for (const [first, last] of runsOf(ids, 0))
        readRange<PackRow>(packStore, first, last, (pack) => found.packs.set(pack.articleId, pack));
      const wanted = new Set(ids);
      for (const [first, last] of runsOf(ids, SOURCE_GAP))
        readRange<SourceRow>(
          sourceStore,
          first,
          last,
          (s) => wanted.has(s.articleId) && found.sources.set(s.articleId, s),
        );
    };
    const listed = () => --waiting === 0 && readRows();

    keys.forEach((key, k) => {
      const ids = found.idLists[k]!;
      const cap = perKey[k]!;
      if (cap < 1) return listed();
      // Every posting of the key: [key, ...ids] sorts after [key] and before [key, []].
      const cursor = index.openKeyCursor(IDBKeyRange.bound([key], [key, []]), 'prev');
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (at) ids.push(...((at.key as Posting).slice(1, 1 + cap - ids.length) as number[]));
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
