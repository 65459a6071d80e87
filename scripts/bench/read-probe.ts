/**
 * `npx tsx scripts/bench/read-probe.ts`: what each kind of read of a cold check costs IndexedDB and the
 * service worker, apart from the check. Against the corpus `npm run bench:check` imported into its kept
 * profile (BENCH_ARTICLES, BENCH_PROFILE as there), the bench page's own lookups are read in plain
 * IndexedDB requests from the service worker, one kind at a time, REPS times each (6 by default): the
 * postings' key cursors of its claim and figure keys (as latest-packs.ts walks them), the packs and the
 * sources they name, and the self prints of its sentences (self-articles.ts); first, how many cursor steps
 * (round trips one after another) each key took. For each kind: the median wall
 * time and the CPU each thread spent per repetition, which on this shared machine compares better than
 * wall time. Nothing is written.
 */
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText } from '../../lib/check-text';
import { sentenceFingerprints } from '../../lib/claims/fingerprint';
import { MAX_PER_FIGURE, MAX_PER_KEY } from '../../lib/compare/check';
import type { CorpusLookup } from '../../lib/compare/types';
import { figureIndexKey } from '../../lib/corpus/filed-keys';
import { countIn } from '../../lib/map-lists';
import { launchExtension } from '../../test/e2e/harness';
import { newsPage } from './generated-corpus';
import { median } from './median';
import { threadCpu } from './thread-cpu';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const PROFILE = process.env.BENCH_PROFILE ?? join(tmpdir(), `crosscheck-bench-corpus-${ARTICLES}`);
const REPS = Number(process.env.REPS ?? 6);

/** The bench page's lookups, as the check asks them: its claim keys and figure keys, and its sentences. */
async function pageLookups() {
  const keys = new Set<string>();
  const corpus: CorpusLookup = {
    claimsByKeys: (asked) => (asked.forEach((k) => keys.add(k)), Promise.resolve([])),
    claimsByFigureKeys: (asked) => (asked.forEach((k) => keys.add(figureIndexKey(k))), Promise.resolve([])),
    figureKeysOf: () => Promise.resolve(new Map()),
    selfArticleIds: () => Promise.resolve(new Set()),
  };
  const { text } = newsPage();
  await checkText(text, corpus, null, Promise.resolve(new Set()), { title: 'Bench page', published: null });
  const sorted = [...keys].sort();
  return {
    keys: sorted,
    caps: sorted.map((k) => (k.startsWith(figureIndexKey('')) ? MAX_PER_FIGURE : MAX_PER_KEY)),
    fingerprints: [...new Set(sentenceFingerprints(text))],
  };
}

interface Read {
  ms: number;
  requests: number;
  ids?: number[];
  /** For the key cursors: each key's steps, one round trip to IndexedDB after another. */
  steps?: number[];
}

// Run in the service worker: each function is whole in itself, as `evaluate` sends its source alone.
const reads = {
  ids: async ({ keys, caps }: { keys: string[]; caps: number[] }): Promise<Read> => {
    const idb = await new Promise<IDBDatabase>(
      (ok) => (indexedDB.open('crosscheck').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)),
    );
    const start = performance.now();
    const tx = idb.transaction('postings', 'readonly');
    const index = tx.objectStore('postings').index('postings');
    const ids = new Set<number>();
    let requests = 0;
    const steps = keys.map(() => 0);
    keys.forEach((key, k) => {
      let listed = 0;
      const cursor = index.openKeyCursor(IDBKeyRange.bound([key], [key, []]), 'prev');
      cursor.onsuccess = () => {
        requests++;
        steps[k]!++;
        const at = cursor.result;
        if (!at) return;
        // A posting's ids as characters (lib/corpus/postings.ts), inlined: evaluate sends this function alone.
        const chars = (at.key as [string, string])[1];
        for (let c = 0; c + 1 < chars.length && listed < caps[k]!; c += 2) {
          const id = chars.charCodeAt(c) * 0x10000 + chars.charCodeAt(c + 1);
          ids.add(id);
          listed++;
        }
        if (listed < caps[k]!) at.continue();
      };
    });
    await new Promise((done) => (tx.oncomplete = done));
    idb.close();
    return { ms: performance.now() - start, requests, ids: [...ids], steps };
  },
  rows: async ({ store, ids }: { store: string; ids: number[] }): Promise<Read> => {
    const idb = await new Promise<IDBDatabase>(
      (ok) => (indexedDB.open('crosscheck').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)),
    );
    const start = performance.now();
    const tx = idb.transaction(store, 'readonly');
    // Each row taken, as a lookup takes it: its value is deserialized when read.
    for (const id of ids) {
      const get = tx.objectStore(store).get(id);
      get.onsuccess = () => void get.result;
    }
    await new Promise((done) => (tx.oncomplete = done));
    idb.close();
    return { ms: performance.now() - start, requests: ids.length };
  },
  selfPrints: async ({ fingerprints }: { fingerprints: string[] }): Promise<Read> => {
    const idb = await new Promise<IDBDatabase>(
      (ok) => (indexedDB.open('crosscheck').onsuccess = (e) => ok((e.target as IDBOpenDBRequest).result)),
    );
    const start = performance.now();
    const tx = idb.transaction('articles', 'readonly');
    for (const f of fingerprints) tx.objectStore('articles').index('selfPrints').getAllKeys(f, 51);
    await new Promise((done) => (tx.oncomplete = done));
    idb.close();
    return { ms: performance.now() - start, requests: fingerprints.length };
  },
};

const lookups = await pageLookups();
// The kept profile would go on running the service worker registered with the build it last saw.
rmSync(join(PROFILE, 'Default/Service Worker'), { recursive: true, force: true });
const session = await launchExtension({ profile: PROFILE });
try {
  // Let the background settle (seed check, abandoned imports) before timing anything.
  await new Promise((ok) => setTimeout(ok, 4000));
  const worker = await session.worker();
  const { ids, steps } = await worker.evaluate(reads.ids, lookups);
  const figureKeys = lookups.keys.filter((k) => k.startsWith(figureIndexKey(''))).length;
  console.log(
    `corpus: ${ARTICLES} generated articles (profile ${PROFILE}); the bench page's ${lookups.keys.length} keys ` +
      `(${figureKeys} figure keys) name ${ids!.length} articles; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  // A key's cursor steps are round trips one after another: the deepest key bounds the reading's wall time.
  const multi = steps!.filter((s) => s > 1).length;
  const stepCounts = new Map<number, number>();
  for (const s of [...steps!].sort((a, b) => a - b)) countIn(stepCounts, s);
  console.log(
    `postings: ${multi} of ${steps!.length} keys take more than one cursor step; the deepest ${Math.max(...steps!)} ` +
      `(steps per key: ${[...stepCounts].map(([s, k]) => `${s}: ${k}`).join(', ')})`,
  );
  const kinds: [string, () => Promise<Read>][] = [
    ['postings (key cursors)', () => worker.evaluate(reads.ids, lookups)],
    ['packs', () => worker.evaluate(reads.rows, { store: 'packs', ids: ids! })],
    ['sources', () => worker.evaluate(reads.rows, { store: 'sources', ids: ids! })],
    ['self prints', () => worker.evaluate(reads.selfPrints, lookups)],
  ];
  for (const [name, read] of kinds) {
    const cpu = threadCpu();
    const runs: Read[] = [];
    for (let i = 0; i < REPS; i++) runs.push(await read());
    const threads = cpu
      .spent()
      .filter(([, seconds]) => (1000 * seconds) / REPS >= 5)
      .map(([label, seconds]) => `${label} ${Math.round((1000 * seconds) / REPS)}`);
    console.log(
      `${name}: ${runs[0]!.requests} requests, ${Math.round(median(runs.map((r) => r.ms))!)} ms median of ${REPS}; ` +
        `CPU per read (ms): ${threads.join(', ')}`,
    );
  }
} finally {
  await session.close();
}
