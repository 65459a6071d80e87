import type { Assertion, Claim } from '../claims/types';
import type { SeriesPoint } from './series';

export const RELATIONS = ['agree', 'conflict', 'compatible'] as const;
export type Relation = (typeof RELATIONS)[number];

export const VERDICTS = ['agree', 'conflict', 'mixed', 'compatible', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where a corpus claim comes from. */
export interface SourceRef {
  articleId: number;
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  url: string | null;
  /** File name or URL the article was imported from (for the seeds, the seed's file name). */
  origin: string;
  /** How many different figures of the article could tell of copying (stories.ts), to recognise its versions. */
  figureCount: number;
  /** What the article is about (lib/claims/topics.ts), kept once per article rather than per claim. */
  topics: string[];
}

/** A claim as the corpus stores it: the figure plus its sentence as text. */
export interface CorpusClaim extends Assertion {
  articleId: number;
  key: string;
  figureKey: string;
  sentence: string;
  /** Offset of the figure inside `sentence`, so it can be emphasised. */
  offsetInSentence: number;
}

export interface CorpusHit {
  claim: CorpusClaim;
  source: SourceRef;
}

/** What checking needs from a corpus: the claims filed under any of these keys. */
export interface CorpusLookup {
  /** The claims filed under any of these keys, at most `perKey` of each key, the latest stored first. */
  claimsByKeys(keys: string[], perKey: number): Promise<CorpusHit[]>;
  /** The claims filed under any of these figure keys (the same figure for the same thing), likewise. */
  claimsByFigureKeys(figureKeys: string[], perKey: number): Promise<CorpusHit[]>;
  /** The figure keys of each of these articles, to tell versions of one story apart (stories.ts). */
  figureKeysOf(articleIds: number[]): Promise<Map<number, string[]>>;
  /**
   * Articles that are the checked text itself, so they never count as its own source: the same URL, or
   * nearly all of the article's sentence fingerprints (see lib/claims/fingerprint.ts) found in the text.
   */
  selfArticleIds(url: string | null, fingerprints: string[]): Promise<Set<number>>;
}

export interface Match {
  relation: Relation;
  claim: CorpusClaim;
  source: SourceRef;
  /** Human-readable reasons: the matched phrase, the scope, the attribution, which is newer. */
  why: string[];
  /** The story this source is a version of (lib/compare/stories.ts): versions share it. */
  story: number;
  /** A version of the checked text's own story: its agreement is no independent confirmation. */
  sameStoryAsPage: boolean;
}

/** A corpus figure that speaks of the same thing as an unmatched claim, and why it was not matched. */
export interface NearMiss {
  claim: CorpusClaim;
  source: SourceRef;
  /** In a reader's words: "different day", "different group", "different unit", "different event"… */
  why: string;
}

export interface CheckedClaim extends Claim {
  verdict: Verdict;
  matches: Match[];
  /** On an unverified claim, the nearest corpus figure that was not matched, when one speaks of the same thing. */
  nearMiss?: NearMiss;
  /** The running total the figure belongs to, at the times it was reported (lib/compare/series.ts). */
  series?: SeriesPoint[];
}
