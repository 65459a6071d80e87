/** `npm run eval`: the engine's scores on the seed gold annotation, against the targets. */
import { resolve } from 'node:path';
import { scoreSeeds, SEED_TARGETS } from '../../test/support/seed-score';
import { printSpecScores } from './specs';
import { printStories } from './stories';

const score = await scoreSeeds(resolve(import.meta.dirname, '../..'));
const rows = Object.entries(SEED_TARGETS).map(([name, target]) => {
  const value = score[name as keyof typeof SEED_TARGETS];
  const ok = 'min' in target ? value >= target.min : value <= target.max;
  const goal = 'min' in target ? `>= ${target.min}` : `<= ${target.max}`;
  return { name, value, goal, ok };
});
for (const r of rows)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(22)} ${String(r.value).padStart(6)}  (target ${r.goal})`);
console.log(`     ${'compatible_recall'.padEnd(22)} ${String(score.compatible_recall).padStart(6)}`);
console.log(`     ${'conflicts_reported'.padEnd(22)} ${String(score.conflicts_reported).padStart(6)}`);
for (const [label, list] of [
  ['missed claims', score.missed],
  ['false highlights', score.false_highlight_list],
  ['missed relations', score.missed_relations],
  ['conflicts not in the gold', score.wrong_conflicts],
] as const) {
  if (list.length) console.log(`\n${label}:\n  ${list.join('\n  ')}`);
}
printSpecScores(resolve(import.meta.dirname, '../..'), process.argv.includes('--failures'));
await printStories(resolve(import.meta.dirname, '../..'), process.argv);
process.exit(rows.every((r) => r.ok) ? 0 : 1);
