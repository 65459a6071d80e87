/**
 * Where an imported article's analysis time goes, step by step, measured in Node on the code the import's
 * analysis workers run (lib/corpus/prepare.ts), after a warm-up: the browser runs the same JavaScript in
 * the same engine, so the shares carry over; IndexedDB's own cost is measured in the browser. Run alone
 * (`npx tsx scripts/bench/analysis-breakdown.ts`), it times the first 500 articles of the import bench's
 * bundle; times are wall times, so on a loaded machine compare steps with each other rather than runs.
 */
import { pathToFileURL } from 'node:url';
import type { NewArticle } from '../../lib/bundle/types';
import { extractClaims } from '../../lib/claims/extract';
import { sentenceFingerprints } from '../../lib/claims/fingerprint';
import { splitSentences } from '../../lib/claims/sentences';
import { topicsOf } from '../../lib/claims/topics';
import { figureCountOf } from '../../lib/compare/stories';
import { corpusClaimsOf } from '../../lib/corpus/article-claims';
import { packClaims } from '../../lib/corpus/pack';
import { keysOfPack } from '../../lib/corpus/postings';
import { hashArticles, prepareArticle } from '../../lib/corpus/prepare';
import { selfPrintsOf } from '../../lib/corpus/self-prints';
import { bundleArticles } from './generated-corpus';

const WARM_UP = 50;

/** Milliseconds per article of `step` over the articles, after running it on the first few. */
function perArticle<T>(items: T[], step: (item: T) => unknown): number {
  for (const item of items.slice(0, WARM_UP)) step(item);
  const start = performance.now();
  for (const item of items) step(item);
  return (performance.now() - start) / items.length;
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
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sample: NewArticle[] = [];
  for (const a of bundleArticles(0, 500)) sample.push({ ...a, origin: a.url! });
  console.log(await analysisBreakdown(sample));
}
