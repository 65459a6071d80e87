/**
 * Scores the engine against the hand-made gold annotation of the seed articles
 * (test/fixtures/seed-gold.json), each seed checked against the corpus of all five with itself excluded,
 * exactly as the extension and the `check` command line do. The metrics follow the project's scorer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundle } from '../../lib/bundle/parse';
import { checkText } from '../../lib/check-text';
import type { CheckedClaim, Match } from '../../lib/compare/types';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';

interface GoldSpan {
  file: string;
  span: string;
  span_offset: number;
}
interface GoldClaim extends GoldSpan {
  id: string;
  value: number;
  qualifier: string;
  quote: string;
}
interface Gold {
  claims: GoldClaim[];
  not_claims: GoldSpan[];
  optional: GoldSpan[];
  relations: { a: string; b: string; relation: 'agree' | 'conflict' | 'compatible' }[];
  traps: { a: string; b: string }[];
}

export interface SeedScore {
  extract_recall: number;
  extract_value_acc: number;
  extract_qualifier_acc: number;
  false_highlights: number;
  agree_recall: number;
  conflict_recall: number;
  compatible_recall: number;
  conflict_precision: number;
  conflicts_reported: number;
  trap_conflicts: number;
  missed: string[];
  false_highlight_list: string[];
  missed_relations: string[];
  wrong_conflicts: string[];
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;
const round = (x: number) => Math.round(x * 1000) / 1000;
const spanOf = (g: GoldSpan): [number, number] => [g.span_offset, g.span_offset + g.span.length];

export async function scoreSeeds(root: string): Promise<SeedScore> {
  const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/seed-gold.json'), 'utf8')) as Gold;
  const seedsDir = join(root, 'test/fixtures/seeds');
  const bundle = parseBundle(readFileSync(join(root, 'public/seed-bundle.json'), 'utf8'), 'seed-bundle.json');
  if (!bundle.ok) throw new Error(bundle.errors.join('; '));
  const corpus = new MemoryCorpus(bundle.articles);
  const out = new Map<string, CheckedClaim[]>();
  for (const file of readdirSync(seedsDir).sort()) {
    out.set(file, await checkText(readFileSync(join(seedsDir, file), 'utf8'), corpus, null));
  }
  const find = (g: GoldSpan) => out.get(g.file)?.find((c) => overlaps(c.start, c.end, ...spanOf(g)));
  const ids = new Map(gold.claims.map((g) => [g.id, g]));

  // A match points at a gold claim when it comes from that seed, has its value and quotes its sentence.
  const pointsAt = (m: Match, target: GoldClaim) => {
    if (!m.source.origin.startsWith(target.file.slice(0, 3)) || m.claim.value !== target.value) return false;
    const i = target.quote.indexOf(target.span);
    const around = target.quote.slice(Math.max(0, i - 6), i + target.span.length + 6);
    return (
      m.claim.sentence.includes(around) ||
      m.claim.sentence.includes(target.quote) ||
      target.quote.includes(m.claim.sentence)
    );
  };

  let found = 0;
  let valueOk = 0;
  let qualifierOk = 0;
  const missed: string[] = [];
  for (const g of gold.claims) {
    const c = find(g);
    if (!c) {
      missed.push(`${g.id}:${g.span}`);
      continue;
    }
    found++;
    if (c.value === g.value) valueOk++;
    if (c.qualifier === g.qualifier) qualifierOk++;
  }
  const falseHighlights = gold.not_claims.filter((g) => find(g)).map((g) => `${g.file.slice(0, 3)}:${g.span}`);
  const annotated = [...gold.claims, ...gold.not_claims, ...gold.optional];
  for (const [file, claims] of out) {
    for (const c of claims) {
      if (!annotated.some((g) => g.file === file && overlaps(c.start, c.end, ...spanOf(g))))
        falseHighlights.push(`${file.slice(0, 3)}:${c.text}`);
    }
  }

  const total = { agree: 0, conflict: 0, compatible: 0 };
  const hit = { agree: 0, conflict: 0, compatible: 0 };
  const missedRelations: string[] = [];
  for (const r of gold.relations) {
    total[r.relation]++;
    const [a, b] = [ids.get(r.a)!, ids.get(r.b)!];
    const linked = [
      [a, b],
      [b, a],
    ].some(([x, y]) => find(x!)?.matches.some((m) => pointsAt(m, y!)));
    if (linked) hit[r.relation]++;
    else missedRelations.push(`${r.relation} ${r.a}~${r.b}`);
  }
  const goldConflicts = new Set(
    gold.relations.filter((r) => r.relation === 'conflict').map((r) => [r.a, r.b].sort().join()),
  );
  let conflicts = 0;
  let rightConflicts = 0;
  const wrongConflicts: string[] = [];
  for (const g of gold.claims) {
    for (const m of find(g)?.matches ?? []) {
      if (m.relation !== 'conflict') continue;
      conflicts++;
      const target = gold.claims.find((h) => h.file !== g.file && pointsAt(m, h));
      if (target && goldConflicts.has([g.id, target.id].sort().join())) rightConflicts++;
      else wrongConflicts.push(`${g.id} ${g.span} vs ${m.source.origin.slice(0, 3)} ${m.claim.text}`);
    }
  }
  const trapConflicts = gold.traps.filter((t) => {
    const [a, b] = [ids.get(t.a), ids.get(t.b)];
    return a && b && a.file !== b.file && find(a)?.matches.some((m) => m.relation === 'conflict' && pointsAt(m, b));
  }).length;

  const n = gold.claims.length;
  return {
    extract_recall: round(found / n),
    extract_value_acc: round(valueOk / n),
    extract_qualifier_acc: round(qualifierOk / n),
    false_highlights: falseHighlights.length,
    agree_recall: round(hit.agree / total.agree),
    conflict_recall: round(hit.conflict / total.conflict),
    compatible_recall: round(hit.compatible / total.compatible),
    conflict_precision: conflicts ? round(rightConflicts / conflicts) : 1,
    conflicts_reported: conflicts,
    trap_conflicts: trapConflicts,
    missed,
    false_highlight_list: falseHighlights,
    missed_relations: missedRelations,
    wrong_conflicts: wrongConflicts,
  };
}

/** The targets on the seeds. */
export const SEED_TARGETS = {
  extract_recall: { min: 0.97 },
  extract_value_acc: { min: 0.95 },
  extract_qualifier_acc: { min: 0.9 },
  false_highlights: { max: 4 },
  agree_recall: { min: 0.9 },
  conflict_recall: { min: 0.85 },
  conflict_precision: { min: 0.9 },
  trap_conflicts: { max: 0 },
} as const;
