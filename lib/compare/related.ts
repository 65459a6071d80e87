// What relate (relation.ts) compares and what it answers, shared with its rules on weak evidence (weak-evidence.ts).
import type { Frame } from './frame';
import type { Result } from './final-result';
import type { Tally } from './one-update';
import type { SizeOf } from './size';
import type { Figure } from './interval';
import type { Field, Sameness } from './same-quantity';
import type { Listed } from './party-list';
import type { Relation } from './types';
import type { YearlyList } from './yearly-list';

/** A claim to compare: its figure, its frame (lib/compare/frame.ts) and what its text is about. */
export interface Comparable extends Figure {
  frame: Frame;
  topics: readonly string[];
  /** The words of its article's title, lower-cased, when it has one (a corpus claim's). */
  titleWords?: ReadonlySet<string>;
  /** Its article's id, for a corpus claim. */
  articleId?: number;
  /** For a page's claim, the corpus articles that share a few of its page's figures: about its story (stories.ts). */
  storyMates?: ReadonlySet<number>;
  /** The sum of the parts this figure is one of, when its sentence lists a group by its parts (parts.ts). */
  partsSum?: number;
  /** Told as what was expected (expected.ts). */
  expected?: boolean;
  /** Told as an average over a span ("averaging 4.13% over three months", average.ts). */
  averaged?: boolean;
  /** Told as the value a change came from ("from 8.7% to 7.9%", changed-from.ts): the value it came to (7.9), or null. */
  before?: number | null;
  /** The word before what it counts ("office" in "office vacancy rate", lead-word.ts). */
  lead?: string;
  /** The kind of body its sentence gives it to ("the UN", "the government"), '' when none, read when asked (authority.ts). */
  authority?: () => string;
  /** Told as approached by a verb ("temperatures neared 52 degrees"): a figure just under the one written (hedges.ts). */
  approached?: boolean;
  /** What it is the size of ("the 984-foot-long vessel", "the 22-man crew aboard"), or null (size.ts). */
  size?: SizeOf | null;
  /** The other running totals its sentence tells ("140 dead" beside "182 wounded"), read when asked (one-update.ts). */
  tallies?: () => readonly Tally[];
  /** The list of yearly figures its sentence tells it in ("1.4% in 2025, 1.7% in 2026"), read when asked (yearly-list.ts). */
  yearly?: () => YearlyList;
  /** Whether its sentence tells a final result, and the names its clause gives before it, read when asked (final-result.ts). */
  result?: () => Result;
  /** The counts its sentence tells as parts of it ("16 deaths, including 11 in the east"), read when asked (told-parts.ts). */
  parts?: () => readonly number[];
  /**
   * The count its sentence tells it as taken from ("241 of the 242": 242; "84 people, including 27 children": 84), or
   * null, read when asked (told-parts.ts).
   */
  whole?: () => Figure | null;
  /** The full name of the person it is told as the age of ("Shlomi Ziv, 40"), or null, read when asked (named-age.ts). */
  namedAge?: () => string | null;
  /** Its sentence as a list of parties' figures, and its own words, read when asked (party-list.ts). */
  listed?: () => Listed;
}

export interface Related {
  relation: Relation;
  /** How sure the alignment is: 'series' for one running total reported at two times. */
  sameness: Exclude<Sameness, null>;
  /** The same figure in a context that could not be aligned. */
  loose: boolean;
  /**
   * A figure one source says replaced the other's for the same time, or two accounts of one revision that
   * give different figures before it, or the figure a revision replaced against the last release's (correction.ts).
   */
  corrected?: 'correction' | 'revision' | 'replaced';
  /**
   * Two kinds of body's estimates of one toll that cannot both hold (authority.ts): a dispute whatever the reports'
   * times, never an earlier point of a series that a report of the page's own time sets aside.
   */
  disputed?: boolean;
}

/**
 * Why two claims were not related: a field of their frames that tells them apart (lib/compare/same-quantity.ts),
 * or a rule on their figures: texts about different things ('topic'), another year, different subjects
 * named ('subject'), counts too far apart for one quantity told wrong ('far'), or evidence of the same
 * quantity too weak for how the figures differ ('weak': only the same figure may agree, no conflict), or a
 * figure told as what was expected against one that was not ('expected'), or an average against one figure
 * that would conflict with it ('average').
 */
export type MissReason = Field | 'topic' | 'year' | 'subject' | 'far' | 'weak' | 'expected' | 'average';
export interface Miss {
  relation: null;
  why: MissReason;
  /** How many fields of the two frames tell them apart: the nearest miss has the fewest. */
  fieldsApart: number;
}

export const miss = (why: MissReason, fieldsApart = 0): Miss => ({ relation: null, why, fieldsApart });
