/**
 * The engine on the spec files: pass rate per topic against the issue's 95% target, and value precision,
 * recall and F1 over every figure. `tsx scripts/eval/specs.ts --failures` also lists each failing case, and
 * `--failures --topic sport` those of one topic.
 */
import { resolve } from 'node:path';
import {
  loadSpecs,
  scoreSpecs,
  type Failure,
  type SpecScore,
  type TopicScore,
  type ValueScore,
} from '../../test/support/specs';

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
 * measured alone) and prints the table; true when every topic meets the target. A holdout file is scored apart
 * and its failures are never listed, so that nothing is tuned on it.
 */
export function printSpecScores(root: string, failures: boolean | string, only?: string[]): boolean {
  const files = loadSpecs(root).filter((f) => !only || only.includes(f.topic));
  const tuning = printSpecScore(scoreSpecs(files.filter((f) => !f.holdout)), failures);
  const held = files.filter((f) => f.holdout);
  return held.length ? printHoldout(scoreSpecs(held)) && tuning : tuning;
}

const row = (t: TopicScore) =>
  `${t.rate >= SPEC_TARGET ? 'ok  ' : 'FAIL'} ${t.topic.padEnd(16)} ${String(t.cases).padStart(6)} ${String(t.passed).padStart(7)} ${pct(t.rate).padStart(7)} ${(t.f1 * 100).toFixed(1).padStart(6)}`;
const header = `     ${'topic'.padEnd(16)} ${'cases'.padStart(6)} ${'passed'.padStart(7)} ${'rate'.padStart(7)} ${'F1'.padStart(6)}`;
const values = (s: ValueScore) =>
  `value precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, F1 ${(s.f1 * 100).toFixed(1)}`;

/** `failures`: list every failing case (true), those of one topic (its name), or none (false). */
function printSpecScore(score: SpecScore, failures: boolean | string): boolean {
  console.log(`\nspec files (test/fixtures/specs), target ${pct(SPEC_TARGET)} per topic:`);
  console.log(header);
  for (const t of score.topics) console.log(row(t));
  console.log(`     ${'all'.padEnd(16)} ${String(score.cases).padStart(6)} ${String(score.passed).padStart(7)}`);
  console.log(`     ${values(score)}`);
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

function printHoldout(score: SpecScore): boolean {
  console.log('\nholdout spec files (never tuned on; their failures are not listed):');
  console.log(header);
  for (const t of score.topics) console.log(`${row(t)}  (${values(t)})`);
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
