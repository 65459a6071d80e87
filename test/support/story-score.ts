/**
 * Scores the engine on the development stories (test/fixtures/stories): real outlets' reporting of one
 * story, part of it the corpus and the rest checked against it, every figure of the checked articles
 * annotated with the verdict a careful reader would give. The corpus is built as the command line builds
 * one from a bundle, and each checked article goes through checkText as the extension checks a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBundleValue } from '../../lib/bundle/parse';
import { checkText } from '../../lib/check-text';
import type { CheckedClaim, Verdict } from '../../lib/compare/types';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';

export interface StoryArticle {
  outlet: string;
  url: string;
  /** ISO date, with the time after a T when the page gives it. */
  published: string;
  title: string;
  /** The article's figure-bearing sentences, verbatim, joined by blank lines. */
  text: string;
}

export interface StoryFigure {
  /** The figure as written in the checked text. */
  find: string;
  /** Which occurrence of `find` (counted from 1, whole figures only) is meant. */
  occurrence: number;
  verdict: Verdict;
  /** A figure a naive reader could take for a contradiction: an earlier count, another quantity. */
  trap: boolean;
  /** Why, naming the corpus sentence it relates to. */
  note: string;
}

export type AnnotatedArticle = StoryArticle & { figures: StoryFigure[] };

export interface Story {
  story: string;
  field: string;
  /** Never used for tuning; reported apart. */
  holdout: boolean;
  /** The corpus; an article of it with figures is also checked against the others (leave-one-out). */
  corpus: (StoryArticle & { figures?: StoryFigure[] })[];
  checked: AnnotatedArticle[];
}

export interface StoryFailure {
  outlet: string;
  find: string;
  expected: Verdict;
  /** The engine's verdict, or null when it found no claim at the figure. */
  got: Verdict | null;
  trap: boolean;
  note: string;
  /** The matches the engine gave: relation, figure, outlet and date, sentence. */
  matches: string[];
}

export interface StoryScore {
  id: string;
  holdout: boolean;
  articles: number;
  figures: number;
  found: number;
  right: number;
  /** Annotated figures the engine found a claim at. */
  extraction_recall: number;
  /** Right verdicts over all annotated figures: a figure not found has no verdict and counts as wrong. */
  verdict_accuracy: number;
  /** Figures called conflict or mixed where the annotation has neither. */
  false_alarms: number;
  /** Annotated conflicts and mixed figures called conflict or mixed. */
  conflict_recall: number;
  conflicts_annotated: number;
  conflicts_caught: number;
  /** Traps called conflict or mixed. */
  trap_conflicts: number;
  traps: number;
  failures: StoryFailure[];
}

/**
 * Holdouts whose wrong verdicts a helper once read while tuning: still never tuned on and kept out of the
 * total, but no longer news nobody tuned to, so they are labelled apart from the clean holdout.
 */
export const SEEN_HOLDOUTS: ReadonlySet<string> = new Set(['uk-general-election-2024']);

/** How a story's role is printed beside its name: nothing for a tuning story. */
export function holdoutLabel(id: string, holdout: boolean): string {
  if (!holdout) return '';
  return SEEN_HOLDOUTS.has(id) ? 'holdout, seen' : 'holdout';
}

const CONTRADICTS: ReadonlySet<Verdict | null> = new Set(['conflict', 'mixed']);
const round = (x: number) => Math.round(x * 1000) / 1000;

/** The story files, by id (the file name without .json), in name order. */
export function loadStories(root: string): { id: string; story: Story }[] {
  const dir = join(root, 'test/fixtures/stories');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.slice(0, -'.json'.length), story: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Story }));
}

/**
 * Where the given occurrence of a figure starts, counting only whole figures and words: "12" is not
 * found inside "2,012" or "12.5", nor "0.2 percent" inside "0.2 percentage", nor "one" inside "someone".
 * Null when the text has fewer.
 */
export function locate(text: string, find: string, occurrence: number): number | null {
  let seen = 0;
  for (let i = text.indexOf(find); i !== -1; i = text.indexOf(find, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + find.length, i + find.length + 2);
    if (/\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after)) continue;
    if ((/^\p{L}/u.test(find) && /\p{L}$/u.test(before)) || (/\p{L}$/u.test(find) && /^\p{L}/u.test(after))) continue;
    if (++seen === occurrence) return i;
  }
  return null;
}

/** Every annotated article: the checked ones, then the corpus articles checked against the rest. */
export const annotatedArticles = (story: Story): AnnotatedArticle[] => [
  ...story.checked,
  ...story.corpus.filter((a): a is AnnotatedArticle => a.figures !== undefined),
];

export function corpusOf(story: Story): MemoryCorpus {
  const articles = story.corpus.map(({ outlet, url, published, title, text }) => ({
    outlet,
    url,
    published,
    title,
    text,
  }));
  const parsed = parseBundleValue({ articles }, 'story');
  if (!parsed.ok) throw new Error(`story corpus is not a valid bundle: ${parsed.errors.join('; ')}`);
  return new MemoryCorpus(parsed.articles);
}

const describeMatches = (claim: CheckedClaim | undefined) =>
  (claim?.matches ?? []).map(
    (m) =>
      `${m.relation} "${m.claim.text}" (${m.source.outlet}, ${m.source.published ?? 'undated'}): ${m.claim.sentence}`,
  );

export async function scoreStory(id: string, story: Story): Promise<StoryScore> {
  const corpus = corpusOf(story);
  let figures = 0;
  let found = 0;
  let right = 0;
  let falseAlarms = 0;
  let conflicts = 0;
  let conflictsCaught = 0;
  let traps = 0;
  let trapConflicts = 0;
  const failures: StoryFailure[] = [];
  for (const article of annotatedArticles(story)) {
    // A corpus article is recognised as the checked text by its URL, so it is never its own source. The
    // page's date, as the extension reads it from the page and the command line from the text.
    const claims = await checkText(article.text, corpus, article.url, undefined, {
      published: article.published,
      title: article.title,
    });
    for (const figure of article.figures) {
      const start = locate(article.text, figure.find, figure.occurrence);
      if (start === null) throw new Error(`${id}: "${figure.find}" #${figure.occurrence} is not in ${article.url}`);
      const end = start + figure.find.length;
      const claim = claims.find((c) => c.start < end && start < c.end);
      const got = claim?.verdict ?? null;
      figures++;
      if (claim) found++;
      if (got === figure.verdict) right++;
      else
        failures.push({
          outlet: article.outlet,
          find: figure.find,
          expected: figure.verdict,
          got,
          trap: figure.trap,
          note: figure.note,
          matches: describeMatches(claim),
        });
      const contradicts = CONTRADICTS.has(got);
      if (CONTRADICTS.has(figure.verdict)) {
        conflicts++;
        if (contradicts) conflictsCaught++;
      } else if (contradicts) falseAlarms++;
      if (figure.trap) {
        traps++;
        if (contradicts) trapConflicts++;
      }
    }
  }
  return {
    id,
    holdout: story.holdout,
    articles: story.corpus.length + story.checked.length,
    figures,
    found,
    right,
    extraction_recall: round(found / figures),
    verdict_accuracy: round(right / figures),
    false_alarms: falseAlarms,
    conflict_recall: conflicts ? round(conflictsCaught / conflicts) : 1,
    conflicts_annotated: conflicts,
    conflicts_caught: conflictsCaught,
    trap_conflicts: trapConflicts,
    traps,
    failures,
  };
}

/** The sum over several stories' scores, each figure weighing the same. */
export function totalOf(scores: StoryScore[]): Omit<StoryScore, 'id' | 'holdout' | 'failures'> {
  const sum = (f: (s: StoryScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const [figures, found, right] = [sum((s) => s.figures), sum((s) => s.found), sum((s) => s.right)];
  const [conflicts, caught] = [sum((s) => s.conflicts_annotated), sum((s) => s.conflicts_caught)];
  return {
    articles: sum((s) => s.articles),
    figures,
    found,
    right,
    extraction_recall: round(found / figures),
    verdict_accuracy: round(right / figures),
    false_alarms: sum((s) => s.false_alarms),
    conflict_recall: conflicts ? round(caught / conflicts) : 1,
    conflicts_annotated: conflicts,
    conflicts_caught: caught,
    trap_conflicts: sum((s) => s.trap_conflicts),
    traps: sum((s) => s.traps),
  };
}
