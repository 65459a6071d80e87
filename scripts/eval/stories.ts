/**
 * The engine's scores on the development stories (test/fixtures/stories): one row per story, the holdouts
 * marked (the clean one, and those once read while tuning as "seen"), and a total over the stories used
 * for tuning. With `--failures`, every wrong verdict on the tuning stories with the matches the engine gave;
 * the holdouts' only with `--holdout-failures`, since reading them while tuning would make them more tuning
 * stories. With `--diagnose`, each tuning story's confusion matrix and where each wrong verdict's corpus
 * claims were lost (test/support/story-diagnosis.ts); the holdouts' only with `--holdout-diagnose`.
 */
import { countIn } from '../../lib/map-lists';
import { diagnoseStory } from '../../test/support/story-diagnosis';
import {
  holdoutLabel,
  loadStories,
  scoreStory,
  totalOf,
  type StoryScore,
  type Story,
} from '../../test/support/story-score';

type Row = Omit<StoryScore, 'id' | 'holdout' | 'failures'>;

const COLUMNS: [string, (r: Row) => string][] = [
  ['articles', (r) => String(r.articles)],
  ['figures', (r) => String(r.figures)],
  ['extraction', (r) => r.extraction_recall.toFixed(3)],
  ['accuracy', (r) => r.verdict_accuracy.toFixed(3)],
  ['false alarms', (r) => String(r.false_alarms)],
  ['conflict recall', (r) => `${r.conflict_recall.toFixed(3)} (${r.conflicts_caught}/${r.conflicts_annotated})`],
  ['trap conflicts', (r) => `${r.trap_conflicts}/${r.traps}`],
];

/** The story's name with its role when it is a holdout: "uk-general-election-2024 (HOLDOUT, SEEN)". */
function nameOf({ id, holdout }: { id: string; holdout: boolean }): string {
  const label = holdoutLabel(id, holdout);
  return label ? `${id} (${label.toUpperCase()})` : id;
}

function line(name: string, row: Row): string {
  return [name.padEnd(40), ...COLUMNS.map(([title, cell]) => cell(row).padStart(title.length))].join('  ');
}

export async function printStories(root: string, flags: readonly string[]): Promise<void> {
  const scores = await Promise.all(loadStories(root).map(({ id, story }) => scoreStory(id, story)));
  console.log(`\ndevelopment stories\n${['story'.padEnd(40), ...COLUMNS.map(([title]) => title)].join('  ')}`);
  for (const s of scores) console.log(line(nameOf(s), s));
  const tuned = scores.filter((s) => !s.holdout);
  if (tuned.length) console.log(line('total (without the holdouts)', totalOf(tuned)));
  for (const { id, story } of loadStories(root)) {
    if (flags.includes(story.holdout ? '--holdout-diagnose' : '--diagnose')) await printDiagnosis(id, story);
  }
  for (const s of scores) {
    if (!s.failures.length || !flags.includes(s.holdout ? '--holdout-failures' : '--failures')) continue;
    console.log(`\n${nameOf(s)}: ${s.failures.length} wrong verdicts`);
    for (const f of s.failures) {
      console.log(
        `  ${f.outlet}: "${f.find}" expected ${f.expected}${f.trap ? ' (trap)' : ''}, got ${f.got ?? 'no claim'}`,
      );
      console.log(`      gold: ${f.note}`);
      for (const m of f.matches) console.log(`      ${m}`);
    }
  }
}

const SHORT: Record<string, string> = {
  agree: 'agr',
  conflict: 'cnf',
  mixed: 'mix',
  compatible: 'cmp',
  unverified: 'unv',
  none: '-',
};

async function printDiagnosis(id: string, story: Story): Promise<void> {
  const { confusion, wrong } = await diagnoseStory(story);
  const columns = Object.keys(confusion.agree!);
  console.log(`\n${id}: annotated (rows) against the engine (columns)`);
  console.log(['', ...columns].map((c) => (SHORT[c] ?? c).padStart(5)).join(''));
  for (const [gold, row] of Object.entries(confusion))
    console.log([SHORT[gold]!, ...columns.map((c) => String(row[c] || '.'))].map((c) => c.padStart(5)).join(''));
  const tally = new Map<string, number>();
  for (const { got, loss } of wrong) if (got === 'unverified') countIn(tally, loss);
  console.log(`wrong "unverified", where the quoted corpus claim was lost:`);
  for (const [loss, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(3)}  ${loss}`);
  for (const w of wrong) {
    console.log(`  "${w.find}" (${w.outlet}) expected ${w.expected}, got ${w.got}: ${w.loss}`);
    for (const l of w.losses) console.log(`      ${l}`);
  }
}
