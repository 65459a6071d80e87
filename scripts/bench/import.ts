/**
 * `npm run bench:import`: a researcher's big imports, in Chromium, through the real options page.
 * - where an article's analysis time goes, step by step (analysis-breakdown.ts, in Node);
 * - 10,000 generated articles (about 50 MB of JSON Lines) imported with the file input; with `-- --full`,
 *   nine more bundles of 10,000 (100,000 articles in all: some 20 minutes on 2 cores). After each stage:
 *   articles per second, the peak JS heap of the options page, of the import worker and of its analysis
 *   workers, the corpus's size on disk (navigator.storage.estimate()); the CPU time of each of the browser's
 *   threads during the import (thread-cpu.ts: IndexedDB runs on the browser process's thread pool, the
 *   analysis in the extension renderer's workers); the rows and index entries stored per article;
 * - then a generated news page of 200 claims opened against the corpus: the time from DOMContentLoaded
 *   until its last highlight is registered; and the page's text checked as one message, first with the
 *   background's lookups forgotten (as after an import), then again (each key's answer kept). To time the
 *   check alone, phase by phase, against a corpus imported once and kept: `npm run bench:check`
 *   (BENCH_ARTICLES=100000 for 100,000 articles; `-- --restart` with the service worker stopped first).
 * With `-- --quick`, only the first import and what it stored: no breakdown, no check after it. With
 * `-- --profile DIR`, the options page's, the import worker's and each analysis worker's CPU profiles over the
 * import, in DIR.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { NewArticle } from '../../lib/bundle/types';
import { countIn } from '../../lib/map-lists';
import { CORPUS_CHANGED } from '../../lib/messages';
import { launchExtension, waitForScan, type ExtensionSession } from '../../test/e2e/harness';
import { servePages } from '../../test/support/demo-pages';
import { analysisBreakdown } from './analysis-breakdown';
import { bundleArticles, newsPage, writeBundle } from './generated-corpus';
import { threadCpu } from './thread-cpu';

/** The extension API as the options page sees it. */
declare const chrome: typeof import('wxt/browser').browser;

const PER_BUNDLE = Number(process.env.BENCH_ARTICLES ?? 10_000);
const BUNDLES = process.argv.includes('--full') ? 10 : 1;
const QUICK = process.argv.includes('--quick');
/** Articles of the first bundle whose analysis is timed step by step. */
const BREAKDOWN_ARTICLES = 500;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** A worker's DevTools session, reached through its parents' sessions: the page's worker, then its own. */
type Route = string[];

interface ProtocolMessage {
  id?: number;
  method?: string;
  params?: { sessionId: string; message: string; targetInfo: { type: string } };
  result?: { usedSize?: number; profile?: object };
}

/** With `-- --profile DIR`, each worker's CPU profile over the import, written to DIR (open in DevTools). */
const PROFILE_DIR = process.argv.includes('--profile')
  ? process.argv[process.argv.indexOf('--profile') + 1]
  : undefined;

/**
 * Peak JS heaps, sampled while an import runs: the options page's through its DevTools session, the
 * import worker's and its analysis workers' through sessions attached to them (workers have no
 * performance.memory), the analysis workers' through the import worker's session.
 */
async function heapSampler(cdp: CDPSession) {
  const workers = new Map<string, Route>();
  const waiting = new Map<number, (result: ProtocolMessage['result']) => void>();
  let nextId = 1;
  const sendDown = (route: Route, method: string, params: object = {}, id = nextId++) => {
    let message = JSON.stringify({ id, method, params });
    for (let i = route.length - 1; i >= 1; i--)
      message = JSON.stringify({
        id: nextId++,
        method: 'Target.sendMessageToTarget',
        params: { sessionId: route[i], message },
      });
    return cdp.send('Target.sendMessageToTarget', { sessionId: route[0]!, message });
  };
  const attached = (route: Route) => {
    workers.set(route.join('/'), route);
    sendDown(route, 'Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false }).catch(
      () => undefined,
    );
    if (PROFILE_DIR) {
      void sendDown(route, 'Profiler.enable');
      void sendDown(route, 'Profiler.start');
    }
  };
  // A message from a worker: a reply, or news of a worker of its own, wrapped once per parent.
  const received = (route: Route, raw: string) => {
    const m = JSON.parse(raw) as ProtocolMessage;
    if (m.method === 'Target.attachedToTarget' && m.params!.targetInfo.type === 'worker')
      attached([...route, m.params!.sessionId]);
    else if (m.method === 'Target.detachedFromTarget') workers.delete([...route, m.params!.sessionId].join('/'));
    else if (m.method === 'Target.receivedMessageFromTarget')
      received([...route, m.params!.sessionId], m.params!.message);
    else if (m.id !== undefined && waiting.has(m.id)) {
      waiting.get(m.id)!(m.result);
      waiting.delete(m.id);
    }
  };
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') attached([sessionId]);
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId ?? ''));
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => received([sessionId], message));
  await cdp.send('Performance.enable');
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const ask = (route: Route, method: string, ms: number) =>
    new Promise<ProtocolMessage['result']>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      setTimeout(() => waiting.delete(id) && resolve(undefined), ms);
      sendDown(route, method, {}, id).catch(() => resolve(undefined));
    });
  const workerHeap = async (route: Route) => (await ask(route, 'Runtime.getHeapUsage', 1000))?.usedSize ?? 0;
  let page = 0;
  let worker = 0;
  let analyser = 0;
  const analysers = new Set<string>();
  let sampling = true;
  const loop = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      page = Math.max(page, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      for (const [key, route] of workers) {
        const used = await workerHeap(route);
        if (route.length === 1) worker = Math.max(worker, used);
        else {
          analysers.add(key);
          analyser = Math.max(analyser, used);
        }
      }
      await new Promise((ok) => setTimeout(ok, 250));
    }
  })();
  // The analysis workers end with the import: their profiles are taken at its last transaction.
  const profiled = async () => {
    if (PROFILE_DIR)
      for (const [key, route] of workers) {
        const profile = (await ask(route, 'Profiler.stop', 30_000))?.profile;
        const name = join(
          PROFILE_DIR,
          `${route.length === 1 ? 'import' : 'analysis'}-${key.replaceAll('/', '_')}.cpuprofile`,
        );
        if (profile) writeFileSync(name, JSON.stringify(profile));
      }
  };
  const stopped = async () => {
    sampling = false;
    await loop;
    return { page, worker, analyser, analysers: analysers.size };
  };
  return { stop: stopped, profiled };
}

/** Opens the news page and times DOMContentLoaded to its last highlight (read from the page's main world). */
async function timeHighlights(session: ExtensionSession, url: string, label: string) {
  const news = await session.context.newPage();
  await news.addInitScript(() => {
    // Counts registered highlight ranges every few milliseconds and remembers when the count last moved.
    const w = window as unknown as { lastHighlight: number };
    w.lastHighlight = 0;
    let seen = 0;
    setInterval(() => {
      let ranges = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('crosscheck-')) ranges += h.size;
      if (ranges !== seen) {
        seen = ranges;
        w.lastHighlight = performance.now();
      }
    }, 4);
  });
  await news.goto(url);
  const scan = await waitForScan(session, news, 300_000);
  await new Promise((ok) => setTimeout(ok, 300));
  const { last, dcl } = await news.evaluate(() => ({
    last: (window as unknown as { lastHighlight: number }).lastHighlight,
    dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
  const verdicts = new Map<string, number>();
  for (const c of scan.claims) countIn(verdicts, c.verdict);
  console.log(
    `check (${label}): a page of ${scan.claims.length} claims fully highlighted ${n(last - dcl)} ms after DOMContentLoaded ` +
      `(status ${scan.status}; ${[...verdicts].map(([v, k]) => `${k} ${v}`).join(', ')})`,
  );
  await news.close();
}

/**
 * One check of the whole page as one message to the background, from the options page: the lookups'
 * cost without the content script's batches. First with the background's remembered lookups forgotten,
 * as after an import; then three more (median), which find every key's answer kept.
 */
async function timeOneCheck(options: Page, text: string, label: string) {
  const runs = await options.evaluate(
    async ([blocks, forget]) => {
      await chrome.runtime.sendMessage(forget);
      const times: number[] = [];
      for (let i = 0; i < 4; i++) {
        const t = performance.now();
        await chrome.runtime.sendMessage({ type: 'check', url: 'https://bench.example/page', blocks });
        times.push(performance.now() - t);
      }
      return times;
    },
    [[text], CORPUS_CHANGED] as const,
  );
  const warm = runs.slice(1).sort((a, b) => a - b);
  console.log(
    `check (${label}): the page's text as one message to the background: ${n(runs[0]!)} ms with nothing remembered, then median ${n(warm[1]!)} ms`,
  );
}

/** Rows of each object store and entries of each index, per imported article: what the import wrote. */
async function census(options: Page, articles: number): Promise<string> {
  const counts = await options.evaluate(
    () =>
      new Promise<[string, number][]>((resolve, reject) => {
        const open = indexedDB.open('crosscheck');
        open.onerror = () => reject(open.error ?? new Error('no corpus'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...db.objectStoreNames], 'readonly');
          const found: [string, number][] = [];
          for (const name of db.objectStoreNames) {
            const store = tx.objectStore(name);
            const rows = store.count();
            rows.onsuccess = () => found.push([name, rows.result]);
            for (const index of store.indexNames) {
              const entries = store.index(index).count();
              entries.onsuccess = () => found.push([`${name}.${index}`, entries.result]);
            }
          }
          tx.oncomplete = () => resolve(found.sort());
        };
      }),
  );
  return `stored: ${counts.map(([name, k]) => `${name} ${n(k)} (${(k / articles).toFixed(1)}/article)`).join(', ')}`;
}

async function importFiles(options: Page, paths: string[], cdp: CDPSession, articles: number) {
  const sampler = await heapSampler(cdp);
  const cpu = threadCpu();
  const ticking = setInterval(cpu.tick, 250);
  const load = loadavg()[0]!;
  if (PROFILE_DIR) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const start = performance.now();
  await options.getByTestId('import-input').setInputFiles(paths);
  // When the first file's last transaction starts: Cancel is disabled then.
  const committing = options
    .waitForFunction(() => document.querySelector('[data-testid=import-cancel]')?.hasAttribute('disabled'), null, {
      timeout: 60 * 60_000,
      polling: 20,
    })
    .then(
      () => performance.now(),
      () => undefined,
    );
  if (PROFILE_DIR) {
    await committing;
    await sampler.profiled();
  }
  await options.getByTestId('import-outcomes').waitFor({ timeout: 60 * 60_000 });
  await options.getByTestId('import-busy').waitFor({ state: 'detached', timeout: 60 * 60_000 });
  const end = performance.now();
  const seconds = (end - start) / 1000;
  if (PROFILE_DIR)
    writeFileSync(
      join(PROFILE_DIR, 'options-page.cpuprofile'),
      JSON.stringify((await cdp.send('Profiler.stop')).profile),
    );
  const heaps = await sampler.stop();
  clearInterval(ticking);
  const threads = cpu.spent();
  const all = threads.reduce((s, [, t]) => s + t, 0);
  // On 2 cores, 1,000 articles/s leaves each article 2 ms of CPU in all threads together.
  console.log(
    `CPU in all: ${all.toFixed(1)} s, ${((1000 * all) / articles).toFixed(2)} ms per article, ` +
      `at most ${n((cpus().length * articles) / all)} articles/s on ${cpus().length} cores with nothing else running`,
  );
  console.log(
    `CPU by thread (s): ${threads
      .slice(0, 14)
      .map(([label, s]) => `\n  ${label.padEnd(60)} ${s.toFixed(1)}`)
      .join('')}`,
  );
  const outcome = await options.getByTestId('import-outcomes').textContent();
  console.log(`import: ${outcome?.replace(/Dismiss$/, '')}`);
  console.log(
    `import: ${seconds.toFixed(1)} s, ${n(articles / seconds)} articles/s (load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, on ${cpus().length} cores)`,
  );
  // The last transaction writes every source row and the last posting runs, with the analysis done. An
  // import refused or cancelled never gets there.
  const committed = await Promise.race([committing, Promise.resolve(undefined)]);
  if (paths.length === 1 && committed !== undefined)
    console.log(
      `import: the last transaction (sources, last postings) took ${((end - committed) / 1000).toFixed(1)} s of it`,
    );
  console.log(
    `peak JS heap: options page ${mb(heaps.page)}, import worker ${mb(heaps.worker)}, ` +
      `${heaps.analysers} analysis workers ${mb(heaps.analyser)} each at most`,
  );
  await options.getByTestId('import-dismiss').click();
}

console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const sample: NewArticle[] = [];
for (const a of bundleArticles(0, PER_BUNDLE)) {
  if (sample.length === BREAKDOWN_ARTICLES) break;
  sample.push({ ...a, origin: a.url! });
}
if (!QUICK) console.log(await analysisBreakdown(sample));

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
const first = await writeBundle(dir, 0, PER_BUNDLE);
const size = first.reduce((total, path) => total + statSync(path).size, 0);
console.log(`bundle: ${n(PER_BUNDLE)} articles, ${mb(size)} of JSON Lines in ${first.length} file(s)`);

const session = await launchExtension();
const page = newsPage();
const server = await servePages((path) => (path === '/news' ? page.html : undefined));
try {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByText('shipped with Crosscheck', { exact: false }).waitFor({ timeout: 30_000 });
  const cdp = await session.context.newCDPSession(options);
  const disk = async () =>
    mb(await options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0).catch(() => 0));

  await importFiles(options, first, cdp, PER_BUNDLE);
  console.log(`corpus on disk: ${await disk()}`);
  console.log(await census(options, PER_BUNDLE));
  if (!QUICK) {
    await timeHighlights(session, server.url('/news'), `${n(PER_BUNDLE)} articles`);
    await timeOneCheck(options, page.text, `${n(PER_BUNDLE)} articles`);

    if (BUNDLES > 1) {
      const rest: string[] = [];
      for (let i = 1; i < BUNDLES; i++) rest.push(...(await writeBundle(dir, i, PER_BUNDLE)));
      console.log(`${BUNDLES - 1} more bundles of ${n(PER_BUNDLE)} articles`);
      await importFiles(options, rest, cdp, PER_BUNDLE * (BUNDLES - 1));
      console.log(`corpus on disk: ${await disk()}`);
      await timeHighlights(session, server.url('/news'), `${n(PER_BUNDLE * BUNDLES)} articles`);
      await timeOneCheck(options, page.text, `${n(PER_BUNDLE * BUNDLES)} articles`);
    }
  }
} finally {
  await session.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
