/**
 * `npm run bench`: how fast the engine is.
 * - extraction throughput on plain news text (the seed articles, repeated to 200 KB), median of runs, and on
 *   the same text with three in four of its paragraphs with figures swapped for paragraphs without;
 * - the import's analysis of one article (a generated article of some 5 KB, as `npm run bench:import` writes
 *   them): its claims alone, then everything the import computes for it (lib/corpus/prepare.ts), in CPU time;
 * - checking a page of 200 claims against a corpus of 100,000 generated articles (test/support/generate.ts),
 *   held in memory and indexed like the extension's Dexie store, so the figure is the engine's own cost;
 *   then with the corpus claims given anew each run, as after a corpus change, when each is framed again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NewArticle } from '../../lib/bundle/types';
import { checkText } from '../../lib/check-text';
import { extractClaims } from '../../lib/claims/extract';
import type { CorpusHit, CorpusLookup } from '../../lib/compare/types';
import { MemoryCorpus, type MemoryArticle } from '../../lib/corpus/memory-corpus';
import { hashArticles, prepareArticle } from '../../lib/corpus/prepare';
import { generator } from '../../test/support/generate';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '../..');
/** Corpus size; BENCH_ARTICLES makes a quicker run. */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);

function time<T>(f: () => T): [number, T] {
  const t = performance.now();
  const out = f();
  return [performance.now() - t, out];
}

async function timeAsync<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await f();
  return [performance.now() - t, out];
}

/** Checks before those timed, and those timed (the figure is their median). */
const WARM_UP_CHECKS = 20;
const CHECK_RUNS = 21;

function newsText(bytes: number): string {
  const dir = join(ROOT, 'test/fixtures/seeds');
  const seeds = readdirSync(dir)
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  let text = seeds;
  while (text.length < bytes) text += '\n\n' + seeds;
  return text.slice(0, bytes);
}

// Number words, so a paragraph can be told apart from one without figures.
const FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozen|half|third|quarter|week|day)/i;

/**
 * The same text at the density of ordinary reporting: of every four paragraphs with figures, three are
 * replaced by the paragraphs without any (the seeds are war reporting, about three claims per KB).
 */
function sparseNewsText(bytes: number): string {
  const paragraphs = newsText(bytes * 4).split('\n\n');
  const plain = paragraphs.filter((p) => !FIGURE.test(p));
  let n = 0;
  const kept = paragraphs.map((p) => (FIGURE.test(p) && n++ % 4 !== 0 ? plain[n % plain.length]! : p));
  return kept.join('\n\n').slice(0, bytes);
}

function benchExtraction(label: string, text: string) {
  const [coldMs, claims] = time(() => extractClaims(text));
  // The optimising compiler and the regular-expression compiler settle after some 60 runs of 200 KB.
  for (let i = 0; i < 60; i++) extractClaims(text);
  // Only the times are kept: holding every run's claims would make the collector's work part of the figure.
  // CPU time beside the wall clock: on a shared machine the wall clock also counts other processes' turns.
  const cpu = process.cpuUsage();
  const runs = Array.from({ length: 21 }, () => time(() => void extractClaims(text))[0]);
  const cpuMs = process.cpuUsage(cpu).user / 1000 / runs.length;
  const ms = median(runs)!;
  const mb = text.length / 1e6;
  console.log(
    `extraction, ${label}: ${claims.length} claims in ${Math.round(text.length / 1000)} KB; median ${ms.toFixed(1)} ms (${(mb / (ms / 1000)).toFixed(1)} MB/s, 21 runs after 60 to warm up; first run ${coldMs.toFixed(1)} ms); CPU ${cpuMs.toFixed(1)} ms per run`,
  );
}

/**
 * CPU time, not wall-clock: the figure is per article, and on a machine shared with other work the wall
 * clock counts their time too. The fastest of five passes over the same articles, after one to warm up.
 */
async function benchArticles() {
  const g = generator(2024);
  const articles: NewArticle[] = Array.from({ length: 400 }, (_, i) => ({
    title: `Generated report ${i}`,
    url: `https://bench.example/${i}`,
    outlet: `Outlet ${i % 60}`,
    published: '2024-01-01',
    text: g.article(78),
    origin: `generated-${i}`,
  }));
  const perArticle = async (f: (a: NewArticle) => unknown) => {
    const passes: number[] = [];
    for (let pass = 0; pass < 6; pass++) {
      const start = process.cpuUsage();
      for (const a of articles) await f(a);
      passes.push(process.cpuUsage(start).user / 1000 / articles.length);
    }
    return Math.min(...passes.slice(1));
  };
  const claimsMs = await perArticle((a) => extractClaims(a.text));
  const prepareMs = await perArticle(async (a) => prepareArticle((await hashArticles([a]))[0]!));
  const kb = articles.reduce((n, a) => n + a.text.length, 0) / articles.length / 1000;
  console.log(
    `import analysis: ${articles.length} generated articles of ${kb.toFixed(1)} KB; CPU time per article ${claimsMs.toFixed(2)} ms for the claims, ${prepareMs.toFixed(2)} ms for all the import computes (best of 5 passes)`,
  );
}

async function benchCheck() {
  const g = generator(7);
  const articles: MemoryArticle[] = Array.from({ length: ARTICLES }, (_, i) => ({
    title: `Generated ${i}`,
    outlet: `Outlet ${i % 50}`,
    published: '2024-01-01',
    url: `https://example.invalid/${i}`,
    origin: `generated-${i}`,
    text: g.article(),
  }));
  const [buildMs, corpus] = time(() => new MemoryCorpus(articles));
  let page = '';
  while (extractClaims(page).length < 200) page += g.sentence() + ' ';
  const [firstMs] = await timeAsync(() => checkText(page, corpus, null));
  // As for extraction, the optimising compiler settles after some runs, and so does the collector, which goes
  // on marking the 100,000 articles just built through the first checks (on other threads, counted as CPU).
  for (let i = 0; i < WARM_UP_CHECKS; i++) await checkText(page, corpus, null);
  const runs: number[] = [];
  // CPU time beside the wall clock: on a shared machine the wall clock also counts other processes' turns.
  const cpuRuns: number[] = [];
  let matches = 0;
  for (let i = 0; i < CHECK_RUNS; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const checked = await checkText(page, corpus, null);
    runs.push(performance.now() - t);
    cpuRuns.push(process.cpuUsage(cpu).user / 1000);
    matches = checked.reduce((n, c) => n + c.matches.length, 0);
  }
  console.log(
    `corpus: ${ARTICLES.toLocaleString('en-US')} generated articles indexed in ${(buildMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `check: a page of ${extractClaims(page).length} claims against it: median ${median(runs)!.toFixed(1)} ms (${CHECK_RUNS} runs after ${WARM_UP_CHECKS} to warm up, ${matches} matches; first run ${firstMs.toFixed(1)} ms); CPU median ${median(cpuRuns)!.toFixed(1)} ms`,
  );
  const fresh = freshlyRead(corpus);
  const freshRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    fresh.hits = 0;
    const t = performance.now();
    await checkText(page, fresh.corpus, null);
    freshRuns.push(performance.now() - t);
  }
  console.log(
    `check with every corpus claim read anew (as the extension's after a corpus change): median ${median(freshRuns)!.toFixed(1)} ms (7 runs, ${fresh.hits} corpus claims framed each)`,
  );
}

/**
 * The corpus answering with copies of its claims, as the extension's store does when its remembered
 * answers were forgotten: the engine frames each claim once (lib/compare/check.ts), so the check above
 * frames none after its first run, and this one frames every claim it is given.
 */
function freshlyRead(corpus: MemoryCorpus): { corpus: CorpusLookup; hits: number } {
  const counted = { corpus: corpus as CorpusLookup, hits: 0 };
  const copies = async (hits: Promise<CorpusHit[]>) =>
    (await hits).map(({ claim, source }) => {
      counted.hits++;
      return { claim: { ...claim, quantity: { ...claim.quantity } }, source };
    });
  counted.corpus = {
    claimsByKeys: (keys, perKey) => copies(corpus.claimsByKeys(keys, perKey)),
    claimsByFigureKeys: (keys, perKey) => copies(corpus.claimsByFigureKeys(keys, perKey)),
    figureKeysOf: (ids) => corpus.figureKeysOf(ids),
    selfArticleIds: (url, fingerprints) => corpus.selfArticleIds(url, fingerprints),
  };
  return counted;
}

benchExtraction('news text (the seeds, repeated)', newsText(200_000));
benchExtraction('at the density of ordinary reporting', sparseNewsText(200_000));
await benchArticles();
await benchCheck();
