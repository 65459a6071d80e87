import type { Claim } from '../claims/types';
import { appendTo, countIn } from '../map-lists';
import { frameOf, type Frame } from './frame';
import { corrected, correctionsIn, correctionsOf, type Correction } from './correction';
import type { Figure } from './interval';
import { countedAlike, partSums } from './parts';
import { partAndWhole, partsAndWholes } from './loose-whole';
import { seriesOf } from './series';
import { authorityReader } from './authority';
import { approachedAt } from './hedges';
import { sizeOf } from './size';
import { tallyOf, tallyReader, type Tally } from './one-update';
import { namedAgeReader } from './named-age';
import { partsReader, wholeReader } from './told-parts';
import { yearlyReader } from './yearly-list';
import { resultReader } from './final-result';
import { listedReader } from './party-list';
import { relationOf, type Comparable, type Related as Relating } from './relation';
import { copyTellingCount, MIN_SHARED_FOR_SUBJECT, sharedFigures, storiesOf, versionsOfOneStory } from './stories';
import { nearestMiss } from './near-miss';
import { toldAsExpected } from './expected';
import { toldAsAverage } from './average';
import { changedFrom } from './changed-from';
import { leadWord } from './lead-word';
import { keyWithoutEvent } from '../claims/key';
import { claimLookupKeys, eventLookupKeys } from './lookup-keys';
import { roundedKeysOf, roundingLookupKeys } from './rounded-keys';
import type { CheckedClaim, CorpusClaim, CorpusHit, CorpusLookup, Match, NearMiss, Relation, SourceRef } from './types';
import { verdictOf } from './verdict';
import { reasonsFor } from './why';

interface Related extends Relating {
  hit: CorpusHit;
  frame: Frame;
}

/** The checked text, so its claims can be framed: their sentences, and its date of publication if known. */
export interface Page {
  text: string;
  published: string | null;
  /** Its title, when known: its words may name what the page is about (relation.ts, `namesTopicOf`). */
  title?: string | null;
}

const ORDER: Record<Relation, number> = { conflict: 0, agree: 1, compatible: 2 };

/** Sources shown for one claim; the verdict still weighs them all. A card with more is not read. */
export const MAX_MATCHES = 20;
/**
 * Corpus claims read per key at the most, the latest stored first. A quantity reported in tens of
 * thousands of articles ("people were killed") would otherwise make one check read and compare them
 * all, for seconds; the latest reports of it are the ones a reader compares with.
 */
export const MAX_PER_KEY = 50;
/**
 * Corpus claims read per figure at the most, the latest first. A figure is looked up whatever it counts
 * (lib/claims/key.ts), so a common one ("10", "2,000") brings claims of anything: a figure shared by one
 * story's reports is rare in a corpus, and the latest few hold it.
 */
export const MAX_PER_FIGURE = 10;
/**
 * Corpus claims read per key of people and what befell them (lib/claims/key.ts `eventKey`) at the most, the
 * latest first: only those the lookup of people without the event cut short are candidates through it.
 */
export const MAX_PER_EVENT = 10;

/** How much of a page's text before a sentence is read for the body a noun alone names again (authority.ts). */
const PRECEDING_CHARS = 300;

/**
 * The hits of a lookup by `roundingLookupKeys`, under each key they answer: their own figure key (a coarser figure
 * than the page's) and each rounded key they are filed under (a finer one).
 */
function byRoundingKey(hits: CorpusHit[]): Map<string, CorpusHit[]> {
  const out = new Map<string, CorpusHit[]>();
  for (const h of new Set(hits))
    for (const key of [h.claim.figureKey, ...roundedKeysOf(h.claim.figureKey)]) appendTo(out, key, h);
  return out;
}

function group(hits: CorpusHit[], keyOf: (c: CorpusClaim) => string): Map<string, CorpusHit[]> {
  const byKey = new Map<string, CorpusHit[]>();
  for (const h of hits) appendTo(byKey, keyOf(h.claim), h);
  return byKey;
}

const TITLE_WORD = /\p{L}+/gu;
const titleWordsOf = (title: string) => new Set(title.toLowerCase().match(TITLE_WORD));

// A source's title words, read once for all its claims: a cold check frames some 5,900 claims of 1,100 articles.
const sourceTitleWords = new WeakMap<SourceRef, ReadonlySet<string>>();
function titleWordsOfSource(source: SourceRef): ReadonlySet<string> {
  let words = sourceTitleWords.get(source);
  if (!words) sourceTitleWords.set(source, (words = titleWordsOf(source.title)));
  return words;
}

/**
 * What the comparison weighs of a claim, with one layout for every claim of the page and of the corpus. A
 * claim spread into a new object with more properties gets a hidden class of its own in V8, and the
 * comparisons, reading some ten thousand pairs per check, then find each property the slow way.
 */
function comparableOf(
  claim: Figure,
  frame: Frame,
  topics: readonly string[],
  titleWords: ReadonlySet<string> | undefined,
  {
    expected,
    averaged,
    before,
    lead,
    authority,
    approached,
    size,
    tallies,
    yearly,
    result,
    parts,
    whole,
    listed,
    namedAge,
  }: Marks,
  partsSum?: number,
  { articleId, storyMates }: Pick<Comparable, 'articleId' | 'storyMates'> = {},
): Comparable {
  const { text, value, qualifier, low, high, quantity } = claim;
  return {
    text,
    value,
    qualifier,
    low,
    high,
    quantity,
    frame,
    topics,
    titleWords,
    articleId,
    storyMates,
    partsSum,
    expected,
    averaged,
    before,
    lead,
    authority,
    approached,
    size,
    tallies,
    yearly,
    result,
    parts,
    whole,
    listed,
    namedAge,
  };
}

type Marks = Required<
  Pick<
    Comparable,
    | 'expected'
    | 'averaged'
    | 'before'
    | 'lead'
    | 'authority'
    | 'approached'
    | 'size'
    | 'tallies'
    | 'yearly'
    | 'result'
    | 'parts'
    | 'whole'
    | 'listed'
    | 'namedAge'
  >
>;

/**
 * What the words at a figure say of it: the word before what it counts, told as expected, a bound leaving it
 * out, an average, a change's start, who gives it (a body named again by a noun alone is read from the text before
 * the sentence, `preceding`, which only a page has), the other tallies told beside it, the list of yearly figures it
 * is an item of, the final result it may be told as and whose, the person it is told as the age of.
 */
const marksOf = (
  sentence: string,
  offset: number,
  { text, quantity }: Figure,
  tallies: Marks['tallies'],
  preceding = '',
): Marks => ({
  lead: leadWord(sentence, offset, quantity.counted),
  expected: toldAsExpected(sentence, offset, text),
  averaged: toldAsAverage(sentence, offset, text),
  before: changedFrom(sentence, offset, text),
  authority: authorityReader(sentence, offset, preceding),
  approached: approachedAt(sentence, offset),
  size: sizeOf(sentence, offset, text.length, quantity.counted),
  tallies,
  yearly: yearlyReader(sentence, offset),
  result: resultReader(sentence, offset),
  parts: partsReader(sentence, offset, text.length),
  whole: wholeReader(sentence, offset, text.length),
  listed: listedReader(sentence, offset, text),
  namedAge: namedAgeReader(sentence, offset, text),
});

/** What the comparison reads of a corpus claim: what is weighed of it, and the corrections its sentence states. */
interface Weighed {
  side: Comparable;
  corrections: Correction[];
}

// A corpus claim is a candidate for many claims of a page, and of many pages: framed once.
const framed = new WeakMap<CorpusClaim, Weighed>();
function weighedOf(hit: CorpusHit): Weighed {
  let weighed = framed.get(hit.claim);
  if (!weighed) {
    const frame = frameOf(hit.claim, hit.claim.sentence, hit.claim.offsetInSentence, hit.source.published);
    const side = comparableOf(
      hit.claim,
      frame,
      hit.source.topics,
      titleWordsOfSource(hit.source),
      marksOf(
        hit.claim.sentence,
        hit.claim.offsetInSentence,
        hit.claim,
        tallyReader(hit.claim.sentence, hit.claim.offsetInSentence, hit.source.published),
      ),
      undefined,
      { articleId: hit.source.articleId },
    );
    weighed = { side, corrections: correctionsOf(hit.claim) };
    framed.set(hit.claim, weighed);
  }
  return weighed;
}

export const corpusSide = (hit: CorpusHit): Comparable => weighedOf(hit).side;

/**
 * A running total reported at several times is checked against the nearest report in time: when a report
 * of its own time agrees or conflicts, reports of other times (which never conflict) are only shown.
 */
function nearestInTime(related: Related[]): Related[] {
  // A correction pairs two figures whatever their reports' times, and so does two bodies' dispute: they always count.
  const timeless = (r: Related) => Boolean(r.corrected) || r.disputed === true;
  const sameTime = related.filter((r) => r.sameness !== 'series' && !timeless(r));
  return sameTime.some((r) => r.relation !== 'compatible') ? [...sameTime, ...related.filter(timeless)] : related;
}

/**
 * A corpus claim as the comparison meets it, made once per check for each claim the lookups returned, so
 * that the pairs read what is weighed of it without a lookup.
 */
interface Candidate extends Weighed {
  hit: CorpusHit;
}

function candidatesOf(hits: CorpusHit[], exclude: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of hits) {
    if (exclude.has(hit.source.articleId)) continue;
    const { side, corrections } = weighedOf(hit);
    out.push({ hit, side, corrections });
  }
  return out;
}

/**
 * The candidates as correction.ts weighs them, each made as it is read: a page's corrections are weighed against
 * every claim's candidates, and most claims meet none that applies, so most are never read.
 */
function* sidesOf(sources: Candidate[]): Generator<{ side: Comparable; make: (r: Relating) => Related }> {
  for (const { hit, side } of sources) yield { side, make: (r) => ({ hit, frame: side.frame, ...r }) };
}

/** The claim's related corpus claims; with none, the nearest that was not matched, and why. */
function relatedOf(
  claim: Comparable,
  sources: Candidate[],
  pageCorrections: Correction[],
): { related: Related[]; nearMiss: NearMiss | null } {
  let related: Related[] = [];
  for (const { hit, side } of sources) {
    const r = relationOf(claim, side);
    if (r) related.push({ hit, frame: side.frame, ...r });
  }
  // A figure one source says replaced another for the same time contradicts it (correction.ts).
  const corrections = [...pageCorrections];
  for (const c of sources) if (c.corrections.length) corrections.push(...c.corrections);
  if (corrections.length) related = corrected(claim, related, (r) => r.hit.claim.value, sidesOf(sources), corrections);
  // A whole named by its larger part, where the corpus tells the group by its parts, is no contradiction (loose-whole.ts).
  if (claim.frame.kind === 'count' && related.some((r) => r.relation === 'conflict' && !r.corrected)) {
    const pairs = partsAndWholes(sources.map((c) => ({ claim: c.hit.claim, frame: c.side.frame })));
    related = related.map((r) =>
      r.relation === 'conflict' && !r.corrected && partAndWhole(claim.value, r.hit.claim.value, pairs)
        ? { ...r, relation: 'compatible' }
        : r,
    );
  }
  if (related.length) return { related, nearMiss: null };
  return { related, nearMiss: nearestMiss(claim, sources) };
}

/**
 * Versions of the checked text's own story (articles sharing most of its figures), and the articles about its story
 * (sharing a few, `MIN_SHARED_FOR_SUBJECT`), counted from the figure-key lookup already made and each article's
 * figure count, so no article is read for them.
 */
function pageStoryOf(
  pageFigures: Set<string>,
  byFigure: Map<string, CorpusHit[]>,
): { versions: Set<number>; mates: Set<number> } {
  const shared = sharedFigures(byFigure.keys(), (figure) => byFigure.get(figure) ?? []);
  const pageCount = copyTellingCount(pageFigures);
  const versions = new Set<number>();
  const mates = new Set<number>();
  for (const [id, { figures, count }] of shared) {
    if (versionsOfOneStory(figures.size, pageCount, count)) versions.add(id);
    if (figures.size >= MIN_SHARED_FOR_SUBJECT) mates.add(id);
  }
  return { versions, mates };
}

const reportOf = (r: Related) => ({ ...r.hit.claim, frame: r.frame, outlet: r.hit.source.outlet });

/** Sources grouped into stories for the card, the most cited first: beyond these, each is its own story. */
const MAX_GROUPED_SOURCES = 60;

function mostCited(shown: Related[][]): number[] {
  const cited = new Map<number, number>();
  for (const r of shown.flat()) countIn(cited, r.hit.source.articleId);
  return [...cited]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_GROUPED_SOURCES)
    .map(([id]) => id);
}

/**
 * Checks claims against the corpus: each gets its related corpus claims and a verdict. Candidates come
 * from the index only: claims under the same key (same thing, same event) and the same figure for the
 * same thing in another context. Versions of the checked text's own story show as such, and their
 * agreement does not count: one story told twice confirms nothing. Their conflicts do count: a later
 * version with another figure is worth knowing about.
 */
export async function checkClaims(
  claims: Claim[],
  corpus: CorpusLookup,
  excluded: ReadonlySet<number> | Promise<ReadonlySet<number>>,
  page: Page | null = null,
): Promise<CheckedClaim[]> {
  const pageFigures = new Set(claims.map((c) => c.figureKey));
  const claimFrames = claims.map((claim) =>
    frameOf(
      claim,
      page ? page.text.slice(claim.sentenceStart, claim.sentenceEnd) : '',
      claim.start - claim.sentenceStart,
      page?.published ?? null,
    ),
  );
  const claimKeys = claims.map((claim, i) => claimLookupKeys(claim, claimFrames[i]!));
  const claimEventKeys = claims.map((claim, i) => eventLookupKeys(claim, claimFrames[i]!, claimKeys[i]!));
  const claimRoundingKeys = claims.map((c) => roundingLookupKeys(c.figureKey));
  // The other tallies of a claim's sentence, from the page's own claims (one-update.ts).
  const pageTallies = (i: number): Tally[] =>
    claims.flatMap((c, j) =>
      j !== i && c.sentenceStart === claims[i]!.sentenceStart ? (tallyOf(c, claimFrames[j]!) ?? []) : [],
    );
  const [exclude, byKey, byEvent, byFigure, byRounding] = await Promise.all([
    excluded,
    corpus
      .claimsByKeys([...new Set(claimKeys.flat())], MAX_PER_KEY)
      .then((h) => group(h, (c) => keyWithoutEvent(c.key))),
    corpus.claimsByKeys([...new Set(claimEventKeys.flat())], MAX_PER_EVENT).then((h) => group(h, (c) => c.key)),
    corpus.claimsByFigureKeys([...pageFigures], MAX_PER_FIGURE).then((h) => group(h, (c) => c.figureKey)),
    corpus.claimsByFigureKeys([...new Set(claimRoundingKeys.flat())], MAX_PER_FIGURE).then(byRoundingKey),
  ]);
  const pageCorrections = page
    ? [...new Set(claims.map((c) => page.text.slice(c.sentenceStart, c.sentenceEnd)))].flatMap(correctionsIn)
    : [];
  const alike = (a: number, b: number) => countedAlike(claimFrames[a]!, claimFrames[b]!);
  const sums = page ? partSums(claims, page.text, alike) : claims.map(() => null);
  const titleWords = page?.title ? titleWordsOf(page.title) : undefined;
  // A key's lookup stops at its cap: a claim filed under a key cut short may not be among its hits.
  const keyHits = new Map<string, Set<CorpusClaim>>();
  const readIn = (byIndex: Map<string, CorpusHit[]>, cap: number, key: string, claim: CorpusClaim) => {
    const hits = byIndex.get(key) ?? [];
    if (hits.length < cap) return true;
    let set = keyHits.get(key);
    if (!set) keyHits.set(key, (set = new Set(hits.map((h) => h.claim))));
    return set.has(claim);
  };
  const readUnder = (key: string, claim: CorpusClaim) => readIn(byKey, MAX_PER_KEY, key, claim);
  const keyCandidates = new Map([...byKey].map(([key, hits]) => [key, candidatesOf(hits, exclude)]));
  const pageStory = pageStoryOf(pageFigures, byFigure);
  // Under a key with an event, the claims its key without one read are candidates already.
  const eventCandidates = new Map(
    [...byEvent].map(([key, hits]) => [
      key,
      candidatesOf(
        hits.filter((h) => !readUnder(keyWithoutEvent(key), h.claim)),
        exclude,
      ),
    ]),
  );
  const found = claims.map((claim, i) => {
    const keys = claimKeys[i]!;
    const eventKeys = claimEventKeys[i]!;
    const sentence = page ? page.text.slice(claim.sentenceStart, claim.sentenceEnd) : '';
    // A claim under one of these keys is already a candidate through them; the figure key adds the others.
    const others = candidatesOf(
      [
        ...(byFigure.get(claim.figureKey) ?? []),
        ...claimRoundingKeys[i]!.flatMap((k) => byRounding.get(k) ?? []),
      ].filter((h) => {
        const general = keyWithoutEvent(h.claim.key);
        return (
          !(keys.includes(general) && readUnder(general, h.claim)) &&
          !(eventKeys.includes(h.claim.key) && readIn(byEvent, MAX_PER_EVENT, h.claim.key, h.claim))
        );
      }),
      exclude,
    );
    return relatedOf(
      comparableOf(
        claim,
        claimFrames[i]!,
        claim.topics,
        titleWords,
        marksOf(
          sentence,
          claim.start - claim.sentenceStart,
          claim,
          () => pageTallies(i),
          page ? page.text.slice(Math.max(0, claim.sentenceStart - PRECEDING_CHARS), claim.sentenceStart) : '',
        ),
        sums[i] ?? undefined,
        { storyMates: pageStory.mates },
      ),
      ([] as Candidate[]).concat(
        ...keys.map((k) => keyCandidates.get(k) ?? []),
        ...eventKeys.map((k) => eventCandidates.get(k) ?? []),
        others,
      ),
      pageCorrections,
    );
  });
  const related = found.map((f) => f.related);

  const own = (r: Related) => pageStory.versions.has(r.hit.source.articleId);
  const shown = related.map((list) =>
    [...list]
      .sort(
        (a, b) =>
          ORDER[a.relation] - ORDER[b.relation] || Number(own(a)) - Number(own(b)) || Number(a.loose) - Number(b.loose),
      )
      .slice(0, MAX_MATCHES),
  );
  const grouped = mostCited(shown);
  const storyOf = storiesOf(grouped.length ? await corpus.figureKeysOf(grouped) : new Map<number, string[]>());

  return claims.map((claim, i) => {
    const conflicting = shown[i]!.filter((r) => r.relation === 'conflict' && r.hit.source.published);
    const newestDate = conflicting
      .map((r) => r.hit.source.published!)
      .sort()
      .at(-1);
    const datesDiffer = new Set(conflicting.map((r) => r.hit.source.published)).size > 1;
    const matches: Match[] = shown[i]!.map((r) => ({
      relation: r.relation,
      claim: r.hit.claim,
      source: r.hit.source,
      why: reasonsFor(r, claimFrames[i]!.when, datesDiffer && r.hit.source.published === newestDate, own(r)),
      story: storyOf.get(r.hit.source.articleId) ?? r.hit.source.articleId,
      sameStoryAsPage: own(r),
    }));
    const counted = nearestInTime(related[i]!).filter((r) => r.relation === 'conflict' || !own(r));
    const verdict = verdictOf(counted.map((r) => r.relation));
    const nearMiss = found[i]!.nearMiss;
    const series = seriesOf({ ...claim, frame: claimFrames[i]! }, shown[i]!.filter((r) => !r.loose).map(reportOf));
    return {
      ...claim,
      verdict,
      matches,
      ...(series && { series }),
      ...(verdict === 'unverified' && nearMiss ? { nearMiss } : {}),
    };
  });
}
