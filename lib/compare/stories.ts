import { appendTo, countIn } from '../map-lists';
import { isCommonCount } from './common-count';

/**
 * Versions of one story: articles that copy or update each other (a wire story and its rewrites, two
 * editions of one report) are not independent sources. Their figures give them away: a rewrite keeps the
 * figures of what it rewrites, so two texts that share most of their figures (the same figure for the
 * same thing, lib/claims/key.ts figureKey) are taken as one story, even when every sentence is reworded.
 */

/** How many different figures of a text could tell of copying (copyTellingCount): what the share of shared figures is taken of. */
export function figureCountOf(claims: readonly { figureKey: string }[]): number {
  return copyTellingCount(claims.map((c) => c.figureKey));
}

/**
 * Whether a shared figure (its figure key, lib/claims/key.ts) is a sign of one text copying another: small
 * counts ("six Palestinians", "two children", "twice", common-count.ts) are not counted among the figures
 * two texts share.
 */
export function tellsOfCopy(figureKey: string): boolean {
  // The kind and the value as split('|') gives them, without making its array: this is asked of every figure
  // of every imported article, and split was half of the figure count's time (3.5% of an analysis worker's).
  const bar = figureKey.indexOf('|');
  if (bar === -1) return true;
  const end = figureKey.indexOf('|', bar + 1);
  return !isCommonCount(figureKey.slice(0, bar), Number(figureKey.slice(bar + 1, end === -1 ? undefined : end)));
}

/**
 * How many distinct figures of a text could tell of copying: the share of figures two texts have in
 * common is taken of these, as the shared ones are, so a rewrite rich in small counts still counts.
 */
export function copyTellingCount(figureKeys: Iterable<string>): number {
  let n = 0;
  for (const k of new Set(figureKeys)) if (tellsOfCopy(k)) n++;
  return n;
}

/** Whether a text is a version of another, from the figures they share and how many each gives. */
export function versionsOfOneStory(shared: number, figuresA: number, figuresB: number): boolean {
  return shared >= MIN_SHARED_FIGURES && shared / Math.min(figuresA, figuresB) >= MIN_SHARED_SHARE;
}

/**
 * Figures shared, at the least, before two texts count as one story: a few shared figures are news. Four,
 * since figure keys name no noun (lib/claims/key.ts): with three, independent reports of one disaster's
 * tolls (its dead, its missing, its displaced) were taken for one story on the development stories.
 */
export const MIN_SHARED_FIGURES = 4;
/**
 * Share of the smaller text's figures found in the other: a rewrite keeps nearly all of its source's.
 * At 60%, independent reports of one release (a jobs report's payrolls, rate, unemployed, wages) were
 * taken for one story on the development stories, and their agreement went uncounted; at 75%, still two
 * reports of one quake's tolls (an agency's and a daily's, each quoting the same officials) and of one
 * jobs release: nine tenths took 0.779 to 0.793 on the six tuning stories, with no false alarm.
 */
export const MIN_SHARED_SHARE = 0.9;

/**
 * Figures shared, at the least, before two texts are taken to be about one story whatever names each gives it
 * (relation.ts `sameSubjectMatter`): a report may name only an agency ("CNBC", "the MPC") where another names the
 * country, and its topics (lib/claims/topics.ts) then meet none of the other's, though both tell the same release's
 * rate, payrolls and revision. Three figures that are not small counts are rarely shared by two stories; two were
 * (a quake's "5,000 soldiers" and "2,500" beside another story's: one false alarm on the development stories).
 */
export const MIN_SHARED_FOR_SUBJECT = 3;

/** The articles that share figures telling of copying with a text, and how many of them; each with its figure count. */
export function sharedFigures(
  figureKeys: Iterable<string>,
  hitsOf: (figureKey: string) => readonly { source: { articleId: number; figureCount: number } }[],
): Map<number, { figures: Set<string>; count: number }> {
  const shared = new Map<number, { figures: Set<string>; count: number }>();
  for (const figure of figureKeys) {
    if (!tellsOfCopy(figure)) continue;
    for (const h of hitsOf(figure)) {
      const entry = shared.get(h.source.articleId) ?? { figures: new Set<string>(), count: h.source.figureCount };
      entry.figures.add(figure);
      shared.set(h.source.articleId, entry);
    }
  }
  return shared;
}

/**
 * Groups articles into stories; versions of versions are one story. Pairs are found through the figures
 * they share (an inverted index), so unrelated articles are never compared. The checked text is not one
 * of them: two independent reports that each repeat some of its figures are not one story through it.
 * Returns each article's story, named by the smallest article id in it.
 */
export function storiesOf(articles: Map<number, Iterable<string>>): Map<number, number> {
  const sets = new Map<number, Set<string>>([...articles].map(([id, keys]) => [id, new Set(keys)]));
  const telling = new Map([...sets].map(([id, keys]) => [id, copyTellingCount(keys)]));
  const postings = new Map<string, number[]>();
  for (const [id, keys] of sets) for (const k of keys) appendTo(postings, k, id);

  const parent = new Map<number, number>([...sets.keys()].map((id) => [id, id]));
  const root = (id: number): number => (parent.get(id) === id ? id : root(parent.get(id)!));
  for (const [id, keys] of sets) {
    const shared = new Map<number, number>();
    for (const k of keys) {
      if (!tellsOfCopy(k)) continue;
      for (const other of postings.get(k)!) if (other > id) countIn(shared, other);
    }
    for (const [other, n] of shared) {
      if (versionsOfOneStory(n, telling.get(id)!, telling.get(other)!)) parent.set(root(other), root(id));
    }
  }
  const members = new Map<number, number[]>();
  for (const id of sets.keys()) appendTo(members, root(id), id);
  const storyOf = new Map<number, number>();
  for (const ids of members.values()) {
    const story = Math.min(...ids);
    for (const id of ids) storyOf.set(id, story);
  }
  return storyOf;
}
