/**
 * Where an imported article's analysis time goes, step by step, measured in Node on the code the import's
 * analysis workers run (lib/corpus/prepare.ts), after a warm-up: the browser runs the same JavaScript in
 * the same engine, so the shares carry over; IndexedDB's own cost is measured in the browser. Run alone
 * (`npx tsx scripts/bench/analysis-breakdown.ts`), it times the first 500 articles of the import bench's
 * bundle; times are wall times, so on a loaded machine compare steps with each other rather than runs.
 */
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import type { NewArticle } from '../../lib/bundle/types';
import { extractClaims } from '../../lib/claims/extract';
import { sentenceFingerprints } from '../../lib/claims/fingerprint';
import { splitSentences } from '../../lib/claims/sentences';
import { topicsOf } from '../../lib/claims/topics';
import { figureCountOf } from '../../lib/compare/stories';
import { corpusClaimsOf } from '../../lib/corpus/article-claims';
import { figureKeyOf } from '../../lib/corpus/filed-keys';
import { packClaims } from '../../lib/corpus/pack';
import { keysOfPack, postingRowsOf } from '../../lib/corpus/postings';
import { hashArticles, prepareArticle } from '../../lib/corpus/prepare';
import { selfPrintsOf } from '../../lib/corpus/self-prints';
import { filedAs } from '../../lib/corpus/write-bundle';
import { bundleArticles } from './generated-corpus';

const WARM_UP = 50;

/** Milliseconds per article of `step` over the articles, after running it on the first few. */
function perArticle<T>(items: T[], step: (item: T) => unknown): number {
  for (const item of items.slice(0, WARM_UP)) step(item);
  const start = performance.now();
  for (const item of items) step(item);
  return (performance.now() - start) / items.length;
}

/**
 * What an article's rows take as IndexedDB stores them (V8's serialization, as Chromium's structured clone):
 * unlike CPU time on a shared machine, these bytes are the same from run to run. IndexedDB's CPU follows
 * them (about 22 ns a byte in Chromium, lib/corpus/README.md) beside its index entries.
 */
function bytesWritten(prepared: ReturnType<typeof prepareArticle>[]): string {
  const bundleId = crypto.randomUUID();
  const filed = prepared.map((p, i) => filedAs(p, bundleId, i + 1));
  const per = (bytes: number) => Math.round(bytes / filed.length).toLocaleString('en-US');
  const sum = (of: (f: (typeof filed)[number]) => unknown) => filed.reduce((n, f) => n + serialize(of(f)).length, 0);
  const rows = postingRowsOf(
    bundleId,
    filed.map((f) => f.pack),
  );
  const postings = rows.reduce((n, row) => n + serialize(row).length, 0);
  // Figure keys name a figure's value, so they seldom recur within a run as claim keys do.
  const entries = rows.flatMap((row) => row.postings);
  const figureEntries = entries.filter(([key]) => figureKeyOf(key) !== null).length;
  const [row, pack, source] = [sum((f) => f.row), sum((f) => f.pack), sum((f) => f.source)];
  const parts = (['claims', 'sentences', 'claimKeys', 'figureKeys'] as const).map(
    (k) => `${k} ${per(sum((f) => f.pack[k]))}`,
  );
  return (
    `bytes written per article (V8 serialization): ${per(row + pack + source + postings)} in all: article row ${per(row)} ` +
    `(text ${per(sum((f) => f.row.text))}), pack ${per(pack)} (${parts.join(', ')}), source ${per(source)}, postings ${per(postings)}\n` +
    `posting index entries per article in runs of ${filed.length}: ${(entries.length / filed.length).toFixed(1)}, ` +
    `of which figure keys ${(figureEntries / filed.length).toFixed(1)}`
  );
}

export async function analysisBreakdown(articles: NewArticle[]): Promise<string> {
  const texts = articles.map((a) => a.text);
  const claims = texts.map((t) => corpusClaimsOf(-1, t));
  const fingerprints = texts.map((t) => sentenceFingerprints(t));
  const packs = claims.map((c) => packClaims(-1, c));
  const hashStart = performance.now();
  const hashed = await hashArticles(articles);
  const hash = (performance.now() - hashStart) / articles.length;
  const prepared = hashed.map(prepareArticle);
  let i = 0;
  const next = () => i++ % articles.length;
  const steps: [string, number][] = [
    ['sentence split', perArticle(texts, splitSentences)],
    ['claim extraction (with its sentence split)', perArticle(texts, extractClaims)],
    ['claims as stored (extraction + sentences)', perArticle(texts, (t) => corpusClaimsOf(-1, t))],
    ['sentence fingerprints', perArticle(texts, sentenceFingerprints)],
    ['fingerprints indexed (self prints)', perArticle(fingerprints, selfPrintsOf)],
    ['packing the claims', perArticle(claims, (c) => packClaims(-1, c))],
    ['figure count', perArticle(claims, figureCountOf)],
    ['topics (for the source row)', perArticle(texts, topicsOf)],
    ['text hash (SHA-256, in the import worker)', hash],
    ['structured clone of article row and pack', perArticle(prepared, (p) => structuredClone(p))],
  ];
  i = 0;
  const whole = perArticle(hashed, () => prepareArticle(hashed[next()]!));
  const chars = packs.reduce((n, p) => n + JSON.stringify(p).length, 0) / packs.length;
  const keys = packs.reduce((n, p) => n + keysOfPack(p).length, 0) / packs.length;
  const claimCount = claims.reduce((n, c) => n + c.length, 0) / claims.length;
  return [
    `analysis per article (Node, ${articles.length} of the bundle's articles, ${claimCount.toFixed(0)} claims and ${keys.toFixed(0)} index keys each, packs of ${Math.round(chars).toLocaleString('en-US')} characters):`,
    ...steps.map(([name, ms]) => `  ${name.padEnd(45)} ${ms.toFixed(2)} ms`),
    `  ${'prepareArticle, all of the above but the hash'.padEnd(45)} ${whole.toFixed(2)} ms: at most ${Math.round(1000 / whole)} articles/s per core`,
    bytesWritten(prepared),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sample: NewArticle[] = [];
  for (const a of bundleArticles(0, 500)) sample.push({ ...a, origin: a.url! });
  console.log(await analysisBreakdown(sample));
}
