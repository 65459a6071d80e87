/**
 * `npm run bench:page`: what the built extension costs a page, in Chromium, on generated pages served on
 * loopback: an ordinary article, a 4,000-paragraph live blog (~1 MB, thousands of figures) and an article
 * without figures. For each, with and without the extension (median of runs): time from DOMContentLoaded
 * to the first and the last highlight, the longest main-thread task after DOMContentLoaded (when the
 * content script works), the page's load time, the renderer's script time, and the main-thread time spent
 * in the content script itself (CPU profile samples whose stack holds one of its frames).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, findBrowser, launchWithExtension } from '../../test/support/browser';
import { generator } from '../../test/support/generate';
import { median } from './median';
import { servePages } from '../../test/support/demo-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The page without figures costs the extension little against the machine's noise, so it is loaded more often. */
const runsFor = (path: string) => (path === '/no-figures' ? 3 * RUNS : RUNS);
const SETTLE_MS = 1500;
const TIMEOUT_MS = 30_000;

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>body{font:17px/1.5 Georgia,serif;max-width:700px;margin:0 auto}</style></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>${body}<footer>Example News</footer></body></html>`;

function pages(): Record<string, string> {
  const g = generator(11);
  const article = Array.from({ length: 20 }, () => `<p>${g.article(3)}</p>`).join('');
  const posts = Array.from(
    { length: 4000 },
    (_, i) => `<article class="post" id="post-${i}"><p>${g.article(3)}</p></article>`,
  ).join('');
  const quiet = Array.from(
    { length: 20 },
    () =>
      '<p>Residents said the situation remained tense as talks continued through the night, and neighbours gathered outside.</p>',
  ).join('');
  return {
    '/article': page('Article', `<main><article><h1>Talks continue</h1>${article}</article></main>`),
    '/live-blog': page('Live blog', `<main id="feed"><h1>Live updates</h1>${posts}</main>`),
    '/no-figures': page('Quiet', `<main><article><h1>A quiet day</h1>${quiet}</article></main>`),
  };
}

/** Runs in the page's main world before its own scripts: long tasks, DOMContentLoaded, and highlights as they appear. */
const PROBE = `(() => {
  const b = (window.__bench = { dcl: null, first: null, last: null, count: 0, longestAfterDcl: 0, longestFrameAfterDcl: 0, longest: 0, longTasks: 0 });
  // Long animation frames also count the style, layout and paint work a task causes (highlights are painted there).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (b.dcl !== null && e.startTime >= b.dcl) b.longestFrameAfterDcl = Math.max(b.longestFrameAfterDcl, e.duration);
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.longest = Math.max(b.longest, e.duration);
      if (b.dcl !== null && e.startTime >= b.dcl) { b.longestAfterDcl = Math.max(b.longestAfterDcl, e.duration); b.longTasks++; }
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { b.dcl = performance.now(); });
  // A highlight is seen in the first frame that has it: frames are watched as well as a timer, since the
  // extension's slices (scheduler.yield) run before the page's timers and would make a timer see it late.
  const highlighted = () => { for (const [name, h] of CSS.highlights) if (name.startsWith('crosscheck-') && h.size > 0) return true; return false; };
  const seen = () => { b.first ??= performance.now(); };
  const poll = setInterval(() => { if (highlighted()) { seen(); clearInterval(poll); } }, 5);
  const frame = () => (highlighted() ? seen() : requestAnimationFrame(frame));
  requestAnimationFrame(frame);
  // The content script marks each batch of figures it has placed (most are painted only near the viewport).
  new PerformanceObserver((list) => {
    for (const m of list.getEntries()) if (m.name === 'crosscheck:placed') b.last = m.startTime, b.count = m.detail;
  }).observe({ type: 'mark', buffered: true });
})();`;

interface Probe {
  dcl: number;
  first: number | null;
  last: number | null;
  count: number;
  longestAfterDcl: number;
  longestFrameAfterDcl: number;
  longest: number;
  longTasks: number;
}

interface Run {
  /** DOMContentLoaded, from navigation start: the times below count from it. */
  dcl: number;
  firstPaint: number | null;
  first: number | null;
  /** The first highlight from navigation start, which does not move with DOMContentLoaded. */
  firstFromStart: number | null;
  last: number | null;
  count: number;
  longestAfterDcl: number;
  longestFrameAfterDcl: number;
  load: number;
  scriptMs: number;
  /** Main-thread time sampled inside the extension's content script (and what it calls). */
  extensionMs: number;
  /** The same, summing each sample's time since the one before. */
  extensionRawMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/**
 * Time of the samples whose stack holds a frame of the extension: the content script's own cost. Each
 * such sample counts for the profile's median sampling interval, not for the time since the sample
 * before: on a busy machine the sampler is sometimes held up for milliseconds, and the sample after such
 * a wait would otherwise count all of it to whatever was running then (that sum is `rawMs`).
 */
function extensionTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): {
  ms: number;
  rawMs: number;
} {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inExtension = new Map<number, boolean>();
  const check = (id: number | undefined): boolean => {
    if (id === undefined) return false;
    if (!inExtension.has(id))
      inExtension.set(id, byId.get(id)!.callFrame.url.startsWith('chrome-extension://') || check(parent.get(id)));
    return inExtension.get(id)!;
  };
  const interval = median(profile.timeDeltas) ?? 0;
  let samples = 0;
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (!check(id)) return;
    samples++;
    micros += profile.timeDeltas[i] ?? 0;
  });
  return { ms: (samples * interval) / 1000, rawMs: micros / 1000 };
}

/**
 * One load of a page. A profiled load also samples the main thread every 0.1 ms for the extension's own
 * time; sampling slows the page, so the timings come from loads without it.
 */
async function measure(
  context: BrowserContext,
  url: string,
  expectHighlights: boolean,
  profiled: boolean,
): Promise<Run> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await tab.goto(url, { waitUntil: 'load' });
  const deadline = Date.now() + TIMEOUT_MS;
  let probe: Probe;
  for (;;) {
    await tab.waitForTimeout(250);
    probe = await tab.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
    const now = await tab.evaluate(() => performance.now());
    if (now - (probe.last ?? probe.dcl) > SETTLE_MS || Date.now() > deadline) break;
  }
  probe = await tab.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
  const load = await tab.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const paint = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const extension = profiled
    ? extensionTime((await cdp.send('Profiler.stop')).profile as unknown as Parameters<typeof extensionTime>[0])
    : { ms: 0, rawMs: 0 };
  await tab.close();
  return {
    dcl: probe.dcl,
    firstPaint: paint === null ? null : paint - probe.dcl,
    first: probe.first === null ? null : probe.first - probe.dcl,
    firstFromStart: probe.first,
    last: probe.last === null ? null : probe.last - probe.dcl,
    count: probe.count,
    longestAfterDcl: probe.longestAfterDcl,
    longestFrameAfterDcl: probe.longestFrameAfterDcl,
    load,
    scriptMs: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000,
    extensionMs: extension.ms,
    extensionRawMs: extension.rawMs,
  };
}

const ms = (x: number | null) => (x === null ? '-' : `${Math.round(x)} ms`);

async function main() {
  const executable = findBrowser();
  if (!executable) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
  const routes = pages();
  const server = await servePages((path) => routes[path]);
  const withExtension = await launchWithExtension(executable, { headless: true });
  if (!withExtension.context.serviceWorkers().length) await withExtension.context.waitForEvent('serviceworker');
  const plainBrowser = await chromium.launch({
    executablePath: executable,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const plain = await plainBrowser.newContext();
  await Promise.all([withExtension.context.addInitScript(PROBE), plain.addInitScript(PROBE)]);

  const kb = (file: string) =>
    existsSync(join(EXTENSION_DIR, file)) ? (statSync(join(EXTENSION_DIR, file)).size / 1024).toFixed(1) : '-';
  console.log(
    `content script: ${kb('crosscheck.js')} KB; it imports the reader (${kb('reader.js')} KB) on a sign of a figure, the page UI (${kb('page-ui.js')} KB) with the first claim`,
  );
  console.log(`${RUNS} runs per page (${runsFor('/no-figures')} without figures), medians`);
  try {
    for (const [path, label] of [
      ['/article', 'article (20 paragraphs)'],
      ['/live-blog', 'live blog (4,000 paragraphs)'],
      ['/no-figures', 'article without figures'],
    ] as const) {
      const pageKb = Math.round(routes[path]!.length / 1024);
      const figures = path !== '/no-figures';
      const runs: Run[] = [];
      const bare: Run[] = [];
      const profiled: Run[] = [];
      for (let i = 0; i < runsFor(path); i++) {
        runs.push(await measure(withExtension.context, server.url(path), figures, false));
        bare.push(await measure(plain, server.url(path), false, false));
        profiled.push(await measure(withExtension.context, server.url(path), figures, true));
      }
      const pick = (rs: Run[], key: keyof Run) => median(rs.map((r) => r[key]));
      console.log(`\n${label}, ${pageKb} KB of HTML`);
      if (figures) {
        console.log(
          `  figures placed: ${pick(runs, 'count')}; first highlight ${ms(pick(runs, 'first'))}, last figure placed ${ms(pick(runs, 'last'))} after DOMContentLoaded`,
        );
        console.log(`  first paint without the extension: ${ms(pick(bare, 'firstPaint'))} after DOMContentLoaded`);
        console.log(
          `  DOMContentLoaded ${ms(pick(runs, 'dcl'))} after navigation start with the extension, ${ms(pick(bare, 'dcl'))} without; first highlight ${ms(pick(runs, 'firstFromStart'))} after navigation start`,
        );
      }
      console.log(
        `  longest main-thread task after DOMContentLoaded: ${ms(pick(runs, 'longestAfterDcl'))} with the extension, ${ms(pick(bare, 'longestAfterDcl'))} without`,
      );
      console.log(
        `  longest animation frame (task + style, layout, paint) after DOMContentLoaded: ${ms(pick(runs, 'longestFrameAfterDcl'))} with, ${ms(pick(bare, 'longestFrameAfterDcl'))} without`,
      );
      console.log(`  load event: ${ms(pick(runs, 'load'))} with the extension, ${ms(pick(bare, 'load'))} without`);
      console.log(
        `  renderer script time: ${pick(runs, 'scriptMs')!.toFixed(1)} ms with the extension, ${pick(bare, 'scriptMs')!.toFixed(1)} ms without`,
      );
      console.log(
        `  the content script's own main-thread time (CPU profile, in loads of their own): ${pick(profiled, 'extensionMs')!.toFixed(1)} ms (${pick(profiled, 'extensionRawMs')!.toFixed(1)} ms counting the sampler's waits)`,
      );
    }
  } finally {
    await withExtension.close();
    await plainBrowser.close();
    await server.close();
  }
}

await main();
