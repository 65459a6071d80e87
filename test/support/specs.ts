/**
 * Scores the claim extractor on the spec files (test/fixtures/specs/*.json): sentences of real reporting,
 * each number mention in them annotated with what a careful reader takes it to claim, or that it is no claim
 * (a year, a name, a score). See test/fixtures/specs/README.md for the format and the conventions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../lib/claims/extract';
import { KINDS, QUALIFIERS, type Claim, type Kind, type Qualifier } from '../../lib/claims/types';

export interface FigureCase {
  /** The mention as written: an exact substring of the sentence. */
  find: string;
  /** Which occurrence of `find` in the sentence, from 1 (default 1). */
  occurrence?: number;
  /** false: the mention is not a claim (a year, a name, a clock time, a score). */
  claim?: false;
  value?: number;
  qualifier?: Qualifier;
  kind?: Kind;
  low?: number | null;
  high?: number | null;
  /** Why the case is annotated as it is, where that is not obvious. */
  note?: string;
}

export interface SpecSentence {
  text: string;
  /** Where a sentence of real reporting was copied from; a written sentence has none of these three. */
  outlet?: string;
  url?: string;
  /** When the report was published, as precisely as its page tells: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
  /** A sentence written for the grammar, not copied: the rule of the engine it exercises. */
  written?: string;
  figures: FigureCase[];
}

export interface SpecFile {
  topic: string;
  /** Kept out of all tuning: its failures are never listed, and its figures are reported apart. */
  holdout?: true;
  sentences: SpecSentence[];
}

/** What the engine returned for a case, in the fields a case can state. */
export type Found = Pick<Claim, 'text' | 'value' | 'qualifier' | 'low' | 'high' | 'kind'>;

export interface Failure {
  topic: string;
  text: string;
  case: FigureCase;
  /** The claims that overlap the case's span (none: the engine missed it). */
  found: Found[];
  /** What went wrong, for counting failures by kind. */
  reason: FailureReason;
}

export type FailureReason =
  'missed' | 'false claim' | 'value' | 'range bounds' | 'qualifier' | 'kind' | 'low/high' | 'split or merged';

/** Value precision, recall and F1 over a set of sentences, as `scoreSpecs` counts them. */
export interface ValueScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface TopicScore extends ValueScore {
  topic: string;
  holdout: boolean;
  cases: number;
  passed: number;
  rate: number;
}

/** The value figures are over every file: a claim is right when it overlaps a gold claim span with the gold value. */
export interface SpecScore extends ValueScore {
  topics: TopicScore[];
  failures: Failure[];
  cases: number;
  passed: number;
}

export const SPECS_DIR = 'test/fixtures/specs';

export function loadSpecs(root: string): SpecFile[] {
  const dir = join(root, SPECS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SpecFile);
}

/** Where a case's mention stands in its sentence; -1 when it is not there. */
export function spanOf(text: string, c: FigureCase): [number, number] {
  let at = -1;
  for (let n = 0; n < (c.occurrence ?? 1); n++) {
    at = text.indexOf(c.find, at + 1);
    if (at < 0) return [-1, -1];
  }
  return [at, at + c.find.length];
}

const overlaps = (c: Claim, [start, end]: [number, number]) => c.start < end && start < c.end;
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** A case's figure: its value, or for a range or a vague amount ("dozens of") its two bounds. */
function hasGoldValue(c: FigureCase, claim: Claim): boolean {
  if (c.value !== undefined) return close(claim.value, c.value);
  return close(claim.low, c.low ?? null) && close(claim.high, c.high ?? null);
}

function matches(c: FigureCase, claim: Claim): boolean {
  return (
    hasGoldValue(c, claim) &&
    (c.qualifier === undefined || claim.qualifier === c.qualifier) &&
    (c.kind === undefined || claim.kind === c.kind) &&
    (c.low === undefined || close(claim.low, c.low)) &&
    (c.high === undefined || close(claim.high, c.high))
  );
}

/** The first field that keeps the closest overlapping claim from matching a claim case. */
function reasonFor(c: FigureCase, found: Claim[], span: [number, number]): FailureReason {
  if (c.claim === false) return 'false claim';
  if (!found.length) return 'missed';
  const valued = found.filter((f) => hasGoldValue(c, f));
  if (!valued.length) {
    const whole = found.some((f) => f.start <= span[0] && f.end >= span[1]);
    if (!whole || found.length > 1) return 'split or merged';
    return c.value === undefined ? 'range bounds' : 'value';
  }
  const best = valued[0]!;
  if (c.qualifier !== undefined && best.qualifier !== c.qualifier) return 'qualifier';
  if (c.kind !== undefined && best.kind !== c.kind) return 'kind';
  return 'low/high';
}

const found = (c: Claim): Found => ({
  text: c.text,
  value: c.value,
  qualifier: c.qualifier,
  low: c.low,
  high: c.high,
  kind: c.kind,
});

/** Claims returned and right, gold claims and found: what value precision and recall are counted from. */
interface ValueCounts {
  returned: number;
  right: number;
  gold: number;
  found: number;
}

function valueScore(counts: ValueCounts[]): ValueScore {
  const sum = (k: keyof ValueCounts) => counts.reduce((n, c) => n + c[k], 0);
  const precision = sum('returned') ? sum('right') / sum('returned') : 1;
  const recall = sum('gold') ? sum('found') / sum('gold') : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function scoreSpecs(files: SpecFile[]): SpecScore {
  const topics: TopicScore[] = [];
  const failures: Failure[] = [];
  const counted: ValueCounts[] = [];
  for (const file of files) {
    let cases = 0;
    let passed = 0;
    const counts: ValueCounts = { returned: 0, right: 0, gold: 0, found: 0 };
    for (const sentence of file.sentences) {
      const claims = extractClaims(sentence.text);
      const right = new Set<Claim>();
      for (const c of sentence.figures) {
        const span = spanOf(sentence.text, c);
        const over = claims.filter((claim) => overlaps(claim, span));
        cases++;
        let ok: boolean;
        if (c.claim === false) {
          ok = over.length === 0;
        } else {
          counts.gold++;
          const valued = over.filter((claim) => hasGoldValue(c, claim));
          for (const claim of valued) right.add(claim);
          if (valued.length) counts.found++;
          ok = over.some((claim) => matches(c, claim));
        }
        if (ok) passed++;
        else
          failures.push({
            topic: file.topic,
            text: sentence.text,
            case: c,
            found: over.map(found),
            reason: reasonFor(c, over, span),
          });
      }
      counts.returned += claims.length;
      counts.right += right.size;
    }
    counted.push(counts);
    topics.push({
      topic: file.topic,
      holdout: file.holdout === true,
      cases,
      passed,
      rate: cases ? passed / cases : 1,
      ...valueScore([counts]),
    });
  }
  const cases = topics.reduce((n, t) => n + t.cases, 0);
  const passed = topics.reduce((n, t) => n + t.passed, 0);
  return { topics, failures, ...valueScore(counted), cases, passed };
}

/** The reasons a spec file can be malformed; empty when it is well formed. */
export function specProblems(file: SpecFile): string[] {
  const problems: string[] = [];
  if (typeof file.topic !== 'string' || !file.topic) problems.push('no topic');
  if (!Array.isArray(file.sentences) || !file.sentences.length) return [...problems, 'no sentences'];
  const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const isBound = (v: unknown) => v === null || isNumber(v);
  for (const s of file.sentences) {
    const where = `${file.topic}: "${s.text?.slice(0, 60)}"`;
    if (typeof s.text !== 'string' || !s.text.trim()) problems.push(`${where}: no text`);
    if (s.written !== undefined) {
      if (typeof s.written !== 'string' || !s.written.trim()) problems.push(`${where}: written names no rule`);
      if (s.outlet !== undefined || s.url !== undefined || s.date !== undefined)
        problems.push(`${where}: a written sentence has no source`);
    } else {
      if (typeof s.outlet !== 'string' || !s.outlet.trim()) problems.push(`${where}: no outlet`);
      if (typeof s.url !== 'string' || !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(s.url)) problems.push(`${where}: bad url`);
      if (typeof s.date !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s.date))
        problems.push(`${where}: bad date`);
    }
    if (!Array.isArray(s.figures) || !s.figures.length) problems.push(`${where}: no figures`);
    const spans = new Set<string>();
    for (const c of s.figures ?? []) {
      const span = typeof c.find === 'string' ? spanOf(s.text, c).join('-') : '';
      if (spans.has(span)) problems.push(`${where}: "${c.find}" is annotated twice`);
      spans.add(span);
      const what = `${where}: "${c.find}"`;
      const allowed = ['find', 'occurrence', 'claim', 'value', 'qualifier', 'kind', 'low', 'high', 'note'];
      for (const key of Object.keys(c)) if (!allowed.includes(key)) problems.push(`${what}: unknown field ${key}`);
      if (typeof c.find !== 'string' || !c.find) problems.push(`${what}: no find`);
      else {
        const [start, end] = spanOf(s.text, c);
        if (start < 0) problems.push(`${what}: not in the text`);
        // "2" found inside "21st": the case would score another figure.
        // "150" inside "150,000" or "2" inside "2.5": a separator and a digit go on with the number.
        else if (
          /\d/.test(s.text[start - 1] ?? '') ||
          /\d/.test(s.text[end] ?? '') ||
          (/\d/.test(c.find[c.find.length - 1] ?? '') && /^[,.]\d/.test(s.text.slice(end, end + 2)))
        )
          problems.push(`${what}: the span cuts a number (give an occurrence or a longer find)`);
      }
      if (c.occurrence !== undefined && !(Number.isInteger(c.occurrence) && c.occurrence >= 2))
        problems.push(`${what}: occurrence must be 2 or more`);
      if (c.claim !== undefined && c.claim !== false) problems.push(`${what}: claim must be false or absent`);
      if (c.claim === false) {
        if (['value', 'qualifier', 'kind', 'low', 'high'].some((k) => k in c))
          problems.push(`${what}: a non-claim has no figure`);
        continue;
      }
      if (c.value !== undefined && !isNumber(c.value)) problems.push(`${what}: value is not a number`);
      if (c.value === undefined && !(isNumber(c.low) && isNumber(c.high)))
        problems.push(`${what}: a claim needs a value, or a low and a high`);
      if (c.low !== undefined && !isBound(c.low)) problems.push(`${what}: bad low`);
      if (c.high !== undefined && !isBound(c.high)) problems.push(`${what}: bad high`);
      if (isNumber(c.low) && isNumber(c.high) && c.low! > c.high!) problems.push(`${what}: low above high`);
      if (c.qualifier === 'range' && !(isNumber(c.low) && isNumber(c.high)))
        problems.push(`${what}: a range needs low and high`);
      if (c.qualifier !== undefined && !QUALIFIERS.includes(c.qualifier)) problems.push(`${what}: bad qualifier`);
      if (c.kind !== undefined && !KINDS.includes(c.kind)) problems.push(`${what}: bad kind`);
    }
  }
  return problems;
}
