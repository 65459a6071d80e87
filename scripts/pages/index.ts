/**
 * npm run test:pages [-- [--verbose] [--json FILE] [page ...]], or tsx scripts/pages/index.ts --judge FILE: loads each Readability test page
 * (test/fixtures/readability) from a loopback server in Chromium with the built extension and without it,
 * and prints per page what was highlighted against Readability's article, then the totals against the
 * targets. Requests to other hosts are refused, so a run reads only the saved pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker as PlaywrightWorker } from 'playwright-core';
import { extractClaims } from '../../lib/claims/extract';
import { claimsReadIn, ENGLISH } from '../../lib/languages/readable-claims';
import type { PageClaimsResponse } from '../../lib/messages';
import { findBrowser, launchWithExtension } from '../../test/support/browser';
import { servePages } from '../../test/support/demo-pages';
import { fixtures, type Fixture } from '../../test/support/readability-fixtures';
import {
  inArticle,
  isDateOrTime,
  normalize,
  notHighlighted,
  around,
  type SeenFigure,
} from '../../test/support/article-judge';
import { PROBE, type Probe } from './probe';

declare const chrome: typeof import('wxt/browser').browser;

/** The page is given this long to settle after its load event (the probe reveals late pages after one second). */
const SETTLE_MS = 1_800;
const LOAD_TIMEOUT_MS = 20_000;
const SCAN_TIMEOUT_MS = 30_000;

/** What one page load gave, saved with --json and judged again with --judge. */
interface PageRun {
  name: string;
  language: string | null;
  seen: SeenFigure[];
  addedErrors: string[];
  firstMs: number | null;
}

interface PageResult {
  name: string;
  language: string | null;
  highlights: number;
  outside: SeenFigure[];
  dates: SeenFigure[];
  articleFigures: number;
  missed: SeenFigure[];
  addedErrors: string[];
  firstMs: number | null;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function refuseOtherHosts(context: BrowserContext, origin: string) {
  await context.route('**/*', (route) =>
    /^(?:chrome-extension|data|blob):/.test(route.request().url()) || route.request().url().startsWith(origin)
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
}

/** Loads a page and returns it with the uncaught errors it threw. */
async function load(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
  await sleep(SETTLE_MS);
  return { page, errors };
}

/** The claims the content script holds once it has read the page and the count stops changing. */
async function claimsOf(worker: () => Promise<PlaywrightWorker>, page: Page): Promise<PageClaimsResponse | null> {
  await page.bringToFront();
  const [tab] = await (await worker()).evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  const tabId = tab?.id;
  if (tabId === undefined) return null;
  const deadline = Date.now() + SCAN_TIMEOUT_MS;
  let last: PageClaimsResponse | null = null;
  while (Date.now() < deadline) {
    const answer = (await (
      await worker()
    )
      .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-claims' }, { frameId: 0 }), tabId)
      .catch((e: unknown) => ({ error: String(e) }))) as PageClaimsResponse | { error: string } | null;
    if (!answer || !('claims' in answer)) {
      if (Date.now() + 1000 > deadline) console.error(`${page.url()}: ${JSON.stringify(answer)}`);
      await sleep(500);
      continue;
    }
    if (
      answer.status !== 'scanning' &&
      last &&
      last.status === answer.status &&
      last.claims.length === answer.claims.length
    )
      return answer;
    last = answer;
    await sleep(500);
  }
  return last;
}

/** What was left: each error thrown with the extension that was not thrown, as often, without it. */
function added(withIt: string[], without: string[]): string[] {
  const rest = [...without];
  return withIt.filter((error) => {
    const at = rest.indexOf(error);
    if (at < 0) return true;
    rest.splice(at, 1);
    return false;
  });
}

async function measure(
  fixture: Fixture,
  url: string,
  withExtension: BrowserContext,
  worker: () => Promise<PlaywrightWorker>,
  plain: BrowserContext,
): Promise<PageRun> {
  const without = await load(plain, url);
  await without.page.close();
  const withIt = await load(withExtension, url);
  const response = await claimsOf(worker, withIt.page);
  const probe = await withIt.page.evaluate(() => (window as unknown as { __pages: Probe }).__pages);
  await withIt.page.close();
  const seen = (response?.claims ?? []).map(({ text, sentence, offsetInSentence }) => ({
    text,
    sentence,
    offsetInSentence,
  }));
  return {
    name: fixture.name,
    language: response?.language ?? null,
    seen,
    addedErrors: added(withIt.errors, without.errors),
    firstMs: probe.first === null || probe.dcl === null ? null : Math.round(probe.first - probe.dcl),
  };
}

/** A page's run against Readability's article. */
function judge(run: PageRun, fixture: Fixture): PageResult {
  const article = normalize(fixture.article);
  // What the engine would show in the article, in the language the page was read in.
  const claims = extractClaims(fixture.article);
  const expected = claimsReadIn(claims, fixture.article, run.language ?? ENGLISH).map((claim) => ({
    text: claim.text,
    sentence: fixture.article.slice(claim.sentenceStart, claim.sentenceEnd),
    offsetInSentence: claim.start - claim.sentenceStart,
  }));
  return {
    name: run.name,
    language: run.language,
    highlights: run.seen.length,
    outside: run.seen.filter((figure) => !inArticle(figure, article)),
    dates: run.seen.filter(isDateOrTime),
    articleFigures: expected.length,
    missed: notHighlighted(expected, run.seen),
    addedErrors: run.addedErrors,
    firstMs: run.firstMs,
  };
}

const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`);
const quote = (figure: SeenFigure) => `"${figure.text}" in "…${around(figure, 30)}…"`;

function report(results: PageResult[], verbose: boolean) {
  console.log('page                 lang   highlights  outside  dates  missed/article  errors+  first');
  for (const r of results) {
    console.log(
      [
        r.name.padEnd(20),
        (r.language ?? '-').padEnd(6),
        String(r.highlights).padStart(10),
        String(r.outside.length).padStart(8),
        String(r.dates.length).padStart(6),
        `${r.missed.length}/${r.articleFigures}`.padStart(15),
        String(r.addedErrors.length).padStart(8),
        (r.firstMs === null ? '-' : `${r.firstMs} ms`).padStart(8),
      ].join(' '),
    );
    if (!verbose) continue;
    for (const figure of r.outside) console.log(`    outside: ${quote(figure)}`);
    for (const figure of r.dates) console.log(`    date:    ${quote(figure)}`);
    for (const figure of r.missed) console.log(`    missed:  ${quote(figure)}`);
    for (const error of r.addedErrors) console.log(`    error:   ${error}`);
  }
  const sum = (pick: (r: PageResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const highlights = sum((r) => r.highlights);
  const outside = sum((r) => r.outside.length);
  const dates = sum((r) => r.dates.length);
  const silent = results.filter((r) => r.articleFigures > 0 && r.highlights - r.outside.length === 0);
  const errors = results.filter((r) => r.addedErrors.length > 0);
  const firsts = results
    .map((r) => r.firstMs)
    .filter((ms): ms is number => ms !== null)
    .sort((a, b) => a - b);
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  console.log('');
  console.log(
    `${mark(silent.length === 0)} pages with figures in the article and no highlight in it: ${silent.length}${silent.length ? ` (${silent.map((r) => r.name).join(', ')})` : ''}`,
  );
  console.log(
    `${mark(outside <= 0.05 * highlights)} highlights outside the article: ${outside} of ${highlights} (${pct(outside, highlights)}; target <= 5%)`,
  );
  console.log(
    `${mark(dates <= 0.01 * highlights)} highlights that are dates or times: ${dates} of ${highlights} (${pct(dates, highlights)}; target <= 1%)`,
  );
  console.log(
    `${mark(errors.length === 0)} pages with errors added by the extension: ${errors.length}${errors.length ? ` (${errors.map((r) => r.name).join(', ')})` : ''}`,
  );
  console.log(
    `     article figures not highlighted: ${sum((r) => r.missed.length)} of ${sum((r) => r.articleFigures)} (${pct(
      sum((r) => r.missed.length),
      sum((r) => r.articleFigures),
    )})`,
  );
  if (firsts.length)
    console.log(
      `     first highlight after DOMContentLoaded: median ${firsts[firsts.length >> 1]} ms, range ${firsts[0]}-${firsts.at(-1)} ms`,
    );
}

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const judgeAt = args.indexOf('--judge');
  const options = new Set([jsonAt + 1, judgeAt + 1].filter((i) => i > 0));
  const names = args.filter((a, i) => !a.startsWith('--') && !options.has(i));
  const pages = fixtures(names);
  if (judgeAt >= 0) {
    const runs = JSON.parse(readFileSync(args[judgeAt + 1]!, 'utf8')) as PageRun[];
    const byName = new Map(pages.map((f) => [f.name, f]));
    return report(
      runs.filter((r) => byName.has(r.name)).map((r) => judge(r, byName.get(r.name)!)),
      verbose,
    );
  }
  const executable = findBrowser();
  if (!executable) throw new Error('Chromium not found: install it or set CHROMIUM_PATH');
  const byPath = new Map(pages.map((f) => [`/${f.name}/`, f.source]));
  const server = await servePages((path) => byPath.get(path));
  const session = await launchWithExtension(executable, { headless: true });
  const plainBrowser = await chromium.launch({
    executablePath: executable,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const plain = await plainBrowser.newContext();
  const firstWorker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  const extensionId = new URL(firstWorker.url()).host;
  const worker = async () =>
    session.context.serviceWorkers().find((w) => w.url().includes(extensionId)) ??
    session.context.waitForEvent('serviceworker');
  await Promise.all([session.context.addInitScript(PROBE), plain.addInitScript(PROBE)]);
  await Promise.all([refuseOtherHosts(session.context, server.origin), refuseOtherHosts(plain, server.origin)]);
  const runs: PageRun[] = [];
  try {
    for (const fixture of pages) {
      process.stderr.write(`${fixture.name} `);
      runs.push(await measure(fixture, server.url(`/${fixture.name}/`), session.context, worker, plain));
    }
    process.stderr.write('\n');
    report(
      runs.map((run, i) => judge(run, pages[i]!)),
      verbose,
    );
    if (jsonFile) writeFileSync(jsonFile, JSON.stringify(runs, null, 2));
  } finally {
    await session.close();
    await plainBrowser.close();
    await server.close();
  }
}

await main();
