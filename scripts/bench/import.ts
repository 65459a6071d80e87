/**
 * `npm run bench:import`: a researcher's big import, in Chromium, through the real options page.
 * - 10,000 generated articles imported with the file input: articles per second and the peak JS heap
 *   of the options page;
 * - then a generated news page of 200 claims checked against that corpus: the time until its
 *   highlights are complete.
 */
import { writeFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '../../lib/claims/extract';
import { countIn } from '../../lib/map-lists';
import { launchExtension, waitForScan } from '../../test/e2e/harness';
import { generator } from '../../test/support/generate';
import { servePages } from '../../test/support/demo-pages';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SENTENCES = 78; // about 5 KB of text per article: some 50 MB of JSON Lines in all
const PAGE_CLAIMS = 200;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function writeBundle(dir: string): string {
  const g = generator(2024);
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    lines.push(
      JSON.stringify({
        title: `Generated report ${i} from ${g.place()}`,
        url: `https://bench.example/${i}`,
        outlet: `Outlet ${i % 60}`,
        published: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        text: g.article(SENTENCES),
      }),
    );
  }
  const path = join(dir, 'bench.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function newsPage(): { html: string; claims: number } {
  const g = generator(2024);
  const sentences: string[] = [];
  while (extractClaims(sentences.join(' ')).length < PAGE_CLAIMS) sentences.push(g.sentence());
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(`<p>${sentences.slice(i, i + 4).join(' ')}</p>`);
  return {
    html: `<!doctype html><html><head><meta charset="utf-8"><title>Bench page</title></head><body><article>${paragraphs.join('\n')}</article></body></html>`,
    claims: extractClaims(sentences.join(' ')).length,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
const bundlePath = writeBundle(dir);
console.log(`bundle: ${ARTICLES.toLocaleString('en-US')} articles, ${mb(statSync(bundlePath).size)} of JSON Lines`);

const session = await launchExtension();
const page = newsPage();
const server = await servePages((path) => (path === '/news' ? page.html : undefined));
try {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByText('shipped with Crosscheck', { exact: false }).waitFor({ timeout: 30_000 });

  // The options page's heap through the DevTools protocol, sampled while the import runs. The import
  // worker's heap is not included: Chromium gives workers no performance.memory, and playwright's CDP
  // sessions attach to pages only.
  const cdp = await session.context.newCDPSession(options);
  await cdp.send('Performance.enable');
  let pagePeak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      pagePeak = Math.max(pagePeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((ok) => setTimeout(ok, 200));
    }
  })();

  const start = performance.now();
  await options.getByTestId('import-input').setInputFiles(bundlePath);
  const outcome = options.locator('[data-testid=import-summary], [data-testid=import-error]');
  await outcome.waitFor({ timeout: 30 * 60_000 });
  const seconds = (performance.now() - start) / 1000;
  sampling = false;
  await sampler;
  console.log(`import: ${await outcome.textContent()}`);
  console.log(`import: ${seconds.toFixed(1)} s, ${Math.round(ARTICLES / seconds).toLocaleString('en-US')} articles/s`);
  console.log(`peak JS heap of the options page (import worker not included): ${mb(pagePeak)}`);

  const news = await session.context.newPage();
  const t0 = performance.now();
  await news.goto(server.url('/news'));
  const scan = await waitForScan(session, news, 120_000);
  const checkMs = performance.now() - t0;
  const verdicts = new Map<string, number>();
  for (const c of scan.claims) countIn(verdicts, c.verdict);
  console.log(
    `check: a page of ${page.claims} claims against ${ARTICLES.toLocaleString('en-US')} imported articles: highlights complete ${(checkMs / 1000).toFixed(2)} s after navigation ` +
      `(status ${scan.status}; ${[...verdicts].map(([v, n]) => `${n} ${v}`).join(', ')})`,
  );
} finally {
  await session.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
