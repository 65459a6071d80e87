/**
 * `npm run bench:check`: a 200-claim page checked in Chromium against a big imported corpus, cold (the
 * background's remembered lookups forgotten, as after an import) and warm, with where the time goes.
 * The corpus is imported once through the options page into a kept profile (BENCH_PROFILE, by default
 * in the temp folder, named by its size), so the check can be measured again after each change without
 * importing again; `-- --fresh` imports anew. For each load of the page: DOMContentLoaded to the first
 * and the last highlight, and per message to the background: sent, the background's phases (its
 * `crosscheck:` measures: extraction, index reads, pack reads, decoding, comparing), answered, placed.
 * `-- --restart` stops the service worker before each cold load, as the browser does after 30 s idle.
 * `-- --profile FILE` writes the service worker's CPU profile over the cold loads (a build's names are
 * minified: a function is found by its line and column in .output/chrome-mv3/background.js).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CORPUS_CHANGED } from '../../lib/messages';
import { launchExtension, waitForScan, type ExtensionSession } from '../../test/e2e/harness';
import { servePages } from '../../test/support/demo-pages';
import { newsPage, writeBundle } from './generated-corpus';
import { median } from './median';
import { threadCpu } from './thread-cpu';
import { profileServiceWorker } from './worker-profile';

/** The extension API as the options page and the service worker see it. */
declare const chrome: typeof import('wxt/browser').browser;

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RESTART = process.argv.includes('--restart');
const PROFILE = process.env.BENCH_PROFILE ?? join(tmpdir(), `crosscheck-bench-corpus-${ARTICLES}`);
const IMPORTED = join(PROFILE, 'crosscheck-imported');
const n = (x: number) => Math.round(x).toLocaleString('en-US');
const load = () => loadavg()[0]!.toFixed(1);
const PROFILE_OUT = process.argv.includes('--profile')
  ? process.argv[process.argv.indexOf('--profile') + 1]
  : undefined;

/** A timeline entry with its time since the epoch, so the page's and the service worker's line up. */
interface Entry {
  name: string;
  at: number;
  duration: number;
  detail: unknown;
}

async function importCorpus(session: ExtensionSession, options: Page) {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    const paths = await writeBundle(dir, 0, ARTICLES);
    const start = performance.now();
    await options.getByTestId('import-input').setInputFiles(paths);
    await options.getByTestId('import-outcomes').waitFor({ timeout: 60 * 60_000 });
    await options.getByTestId('import-busy').waitFor({ state: 'detached', timeout: 60 * 60_000 });
    const outcome = await options.getByTestId('import-outcomes').textContent();
    console.log(`import: ${outcome?.replace(/Dismiss$/, '')} in ${((performance.now() - start) / 1000).toFixed(0)} s`);
    await options.getByTestId('import-dismiss').click();
    writeFileSync(IMPORTED, String(ARTICLES));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The service worker's crosscheck measures since the last call, cleared. */
async function backgroundEntries(session: ExtensionSession): Promise<Entry[]> {
  const worker = await session.worker();
  return worker.evaluate(() => {
    const entries = performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('crosscheck:'))
      .map((e) => ({
        name: e.name,
        at: performance.timeOrigin + e.startTime,
        duration: e.duration,
        detail: (e as PerformanceMeasure).detail as unknown,
      }));
    performance.clearMeasures();
    performance.clearMarks();
    return entries;
  });
}

interface Load {
  first: number;
  last: number;
  lines: string[];
  /** Each phase's wall time (ms): the page's own, then the background's measures by name. */
  phases: Map<string, number>;
}

/**
 * Where a load's time went, in the order a check takes it: DOMContentLoaded to the first message sent
 * (the content script's start and its reading of the page), the message's way to the background, the
 * background's phases (self detection runs beside the reading), and from its answer to the last placed
 * highlight (the answer's way back and the painting).
 */
function phasesOf(dcl: number, marks: Entry[], background: Entry[]): Map<string, number> {
  const phases = new Map<string, number>();
  const sent = marks.find((m) => m.name === 'crosscheck:sent');
  const check = background.find((e) => e.name === 'crosscheck:check');
  const placed = marks.filter((m) => m.name === 'crosscheck:placed').at(-1);
  if (sent) phases.set('to sent', sent.at - dcl);
  if (sent && check) phases.set('to background', check.at - sent.at);
  for (const e of background) {
    const name = e.name.replace('crosscheck:', '');
    // The check and the lookup span the phases below them.
    if (name !== 'check' && name !== 'lookup') phases.set(name, (phases.get(name) ?? 0) + e.duration);
  }
  if (check && placed) phases.set('answer to placed', placed.at - (check.at + check.duration));
  return phases;
}

/** Loads the page once: its highlights' times after DOMContentLoaded, and each message's course. */
async function loadPage(session: ExtensionSession, url: string, before?: () => Promise<void>): Promise<Load> {
  await backgroundEntries(session);
  await before?.();
  const news = await session.context.newPage();
  await news.goto(url);
  await waitForScan(session, news, 300_000);
  await new Promise((ok) => setTimeout(ok, 300));
  const page = await news.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      dcl: performance.timeOrigin + nav.domContentLoadedEventEnd,
      marks: performance
        .getEntriesByType('mark')
        .filter((e) => e.name.startsWith('crosscheck:'))
        .map((e) => ({ name: e.name, at: performance.timeOrigin + e.startTime, duration: 0, detail: null })),
    };
  });
  await news.close();
  const background = await backgroundEntries(session);
  const since = (at: number) => `${n(at - page.dcl)}`;
  const placed = page.marks.filter((m) => m.name === 'crosscheck:placed');
  const lines = [...page.marks, ...background]
    .sort((a, b) => a.at - b.at)
    .map(
      (e) =>
        `    ${since(e.at).padStart(6)} ms ${e.name.replace('crosscheck:', '').padEnd(12)}` +
        (e.duration ? ` ${n(e.duration).padStart(5)} ms` : '') +
        (e.detail ? ` ${JSON.stringify(e.detail)}` : ''),
    );
  return {
    first: placed[0]!.at - page.dcl,
    last: placed.at(-1)!.at - page.dcl,
    lines,
    phases: phasesOf(page.dcl, page.marks, background),
  };
}

// The kept profile would go on running the service worker registered with the build it last saw.
rmSync(join(PROFILE, 'Default/Service Worker'), { recursive: true, force: true });
const session = await launchExtension({ profile: PROFILE });
const page = newsPage();
const server = await servePages((path) => (path === '/news' ? page.html : undefined));
try {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByText('shipped with Crosscheck', { exact: false }).waitFor({ timeout: 60_000 });
  if (process.argv.includes('--fresh') || !existsSync(IMPORTED)) await importCorpus(session, options);
  const forget = () => options.evaluate((message) => chrome.runtime.sendMessage(message), CORPUS_CHANGED);
  // With `-- --restart`, each cold load finds the service worker stopped, as a browser leaves it after 30 s
  // idle: its start (the seed check, the abandoned imports) is part of the load.
  const devtools = await session.context.newCDPSession(options);
  await devtools.send('ServiceWorker.enable');
  const stopWorker = async () => {
    const worker = await session.worker();
    const gone = new Promise((ok) => worker.once('close', ok));
    await devtools.send('ServiceWorker.stopAllWorkers');
    await Promise.race([gone, new Promise((ok) => setTimeout(ok, 5000))]);
  };
  console.log(`corpus: ${n(ARTICLES)} generated articles (profile ${PROFILE}); page: ${page.claims} claims`);

  const cold: Load[] = [];
  const profiler = PROFILE_OUT ? await profileServiceWorker(options, session.extensionId) : undefined;
  // Wall times follow the shared machine's load; the CPU each thread spent moves less with it.
  const cpu = threadCpu();
  const ticking = setInterval(cpu.tick, 100);
  for (let i = 0; i < RUNS; i++) {
    await forget();
    const loadBefore = load();
    const run = await loadPage(session, server.url('/news'), RESTART ? stopWorker : undefined);
    cold.push(run);
    console.log(
      `cold ${i + 1}: first highlight ${n(run.first)} ms, fully highlighted ${n(run.last)} ms after DOMContentLoaded (load average ${loadBefore})`,
    );
    console.log(run.lines.join('\n'));
  }
  clearInterval(ticking);
  const threads = cpu.spent().filter(([, seconds]) => seconds * 1000 >= RUNS * 5);
  console.log(
    `CPU per cold load by thread (ms, mean of ${RUNS}, each load's page and waits included):` +
      threads.map(([label, seconds]) => `\n  ${label.padEnd(60)} ${n((1000 * seconds) / RUNS).padStart(5)}`).join(''),
  );
  if (profiler) {
    writeFileSync(PROFILE_OUT!, JSON.stringify(await profiler.stop()));
    console.log(`the service worker's CPU profile over the cold loads: ${PROFILE_OUT}`);
  }
  const warm = await loadPage(session, server.url('/news'));
  console.log(
    `warm: first highlight ${n(warm.first)} ms, fully highlighted ${n(warm.last)} ms (load average ${load()})`,
  );
  console.log(warm.lines.join('\n'));
  const names = [...new Set(cold.flatMap((r) => [...r.phases.keys()]))];
  console.log(
    `cold, median of ${RUNS} by phase (ms): ` +
      names.map((name) => `${name} ${n(median(cold.map((r) => r.phases.get(name) ?? null))!)}`).join(', '),
  );
  console.log(
    `cold, median of ${RUNS}: first highlight ${n(median(cold.map((r) => r.first))!)} ms, fully highlighted ${n(median(cold.map((r) => r.last))!)} ms`,
  );
} finally {
  await session.close();
  await server.close();
}
