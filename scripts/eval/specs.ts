/**
 * The engine on the spec files: pass rate per topic against the issue's 95% target, and value precision,
 * recall and F1 over every figure. `tsx scripts/eval/specs.ts --failures` also lists each failing case, and
 * `--failures --topic sport` those of one topic.
 */
import { resolve } from 'node:path';
import { loadSpecs, scoreSpecs, type Failure, type SpecScore } from '../../test/support/specs';

const SPEC_TARGET = 0.95;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function describe(f: Failure): string {
  const c = f.case;
  const wanted =
    c.claim === false
      ? 'no claim'
      : [
          c.value !== undefined ? `value ${c.value}` : `${c.low}..${c.high}`,
          c.qualifier,
          c.kind,
          c.value !== undefined && (c.low !== undefined || c.high !== undefined) ? `${c.low}..${c.high}` : '',
        ]
          .filter(Boolean)
          .join(' ');
  const got = f.found.length
    ? f.found.map((g) => `"${g.text}" ${g.value} ${g.qualifier} ${g.kind} ${g.low}..${g.high}`).join('; ')
    : 'nothing';
  return `[${f.topic}] ${f.reason}: "${c.find}"${c.occurrence ? ` #${c.occurrence}` : ''} wanted ${wanted}, got ${got}\n    ${f.text}`;
}

/**
 * Scores the engine on the spec files under `root` (only the topics named in `only`, when given: a fresh batch
 * measured alone) and prints the table; true when every topic meets the target.
 */
export function printSpecScores(root: string, failures: boolean | string, only?: string[]): boolean {
  const files = loadSpecs(root).filter((f) => !only || only.includes(f.topic));
  return printSpecScore(scoreSpecs(files), failures);
}

/** `failures`: list every failing case (true), those of one topic (its name), or none (false). */
function printSpecScore(score: SpecScore, failures: boolean | string): boolean {
  console.log(`\nspec files (test/fixtures/specs), target ${pct(SPEC_TARGET)} per topic:`);
  console.log(`     ${'topic'.padEnd(12)} ${'cases'.padStart(6)} ${'passed'.padStart(7)} ${'rate'.padStart(7)}`);
  for (const t of score.topics)
    console.log(
      `${t.rate >= SPEC_TARGET ? 'ok  ' : 'FAIL'} ${t.topic.padEnd(12)} ${String(t.cases).padStart(6)} ${String(t.passed).padStart(7)} ${pct(t.rate).padStart(7)}`,
    );
  console.log(`     ${'all'.padEnd(12)} ${String(score.cases).padStart(6)} ${String(score.passed).padStart(7)}`);
  console.log(
    `     value precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, F1 ${(score.f1 * 100).toFixed(1)}`,
  );
  const reasons = new Map<string, number>();
  for (const f of score.failures) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
  console.log(
    `     failures by kind: ${
      [...reasons]
        .sort((a, b) => b[1] - a[1])
        .map(([r, n]) => `${r} ${n}`)
        .join(', ') || 'none'
    }`,
  );
  if (failures) for (const f of score.failures) if (failures === true || f.topic === failures) console.log(describe(f));
  return score.topics.every((t) => t.rate >= SPEC_TARGET);
}

if (import.meta.filename === process.argv[1]) {
  const topic = process.argv.indexOf('--topic');
  const failures = topic > 0 ? (process.argv[topic + 1] ?? true) : process.argv.includes('--failures');
  const only = process.argv.indexOf('--only');
  printSpecScores(
    resolve(import.meta.dirname, '../..'),
    failures,
    only > 0 ? process.argv[only + 1]?.split(',') : undefined,
  );
}
