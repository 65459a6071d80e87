import fc from 'fast-check';

/**
 * How hard the property tests push: a fixed seed and a bounded number of runs in `npm test`, so CI is
 * repeatable and quick; `npm run fuzz` sets FUZZ_RUNS (and may set FUZZ_SEED) for a longer, fresh search.
 */
export function fuzzParameters<T>(ciRuns: number): fc.Parameters<T> {
  const runs = Number(process.env.FUZZ_RUNS);
  if (!Number.isFinite(runs) || runs <= 0) return { numRuns: ciRuns, seed: 20231201 };
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs, ...(Number.isFinite(seed) ? { seed } : {}) };
}

/** A vitest timeout that grows with FUZZ_RUNS, for the longer run. */
export function fuzzTimeout(ciRuns: number, msPerRun: number): number {
  const runs = Number(process.env.FUZZ_RUNS) || ciRuns;
  return Math.max(30_000, runs * msPerRun);
}

/** Any UTF-16 code unit, lone surrogates included: what a decoded file or a page's text can hold. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Characters that change how text reads without being seen: bidi overrides and isolates, zero-width marks. */
export const INVISIBLES = [
  '\u202e',
  '\u202d',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u061c',
];
