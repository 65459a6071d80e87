import {
  CAPITALISED_MONTH_PATTERN,
  fullMonth,
  MONTH_ABBREVIATION_PATTERN,
  MONTH_PATTERN,
  PERIOD_PARTS,
  QUARTER_ORDINALS,
  RELATIVE_DAYS,
  WEEKDAY_PATTERN,
  YEAR_QUALIFIERS,
} from './grammar/calendar';
import { alternatives, words as entries, type Entry } from './grammar/entries';
import { PERIOD_NOUNS, periodMeanings } from './grammar/periods';
import {
  BRINGING_VERBS,
  CUMULATIVE_BEFORE_NAME,
  CUMULATIVE_MARKERS,
  DAY_LIMITS,
  DAY_OPENERS,
  GENERAL_SPANS,
  PERIOD_PREPOSITIONS,
  PLAN_MARKERS,
  SAYING_VERBS,
  SINCE_ENDS,
} from './grammar/scope';
import { CLOCK } from './clock';
import type { Scope } from './types';
import { matchesOf } from './matches';

/** Whether a figure is a running total, one day's figure or a plan: read from the words of its sentence. */

export interface Marker {
  scope: Exclude<Scope, 'rate' | 'other'>;
  start: number;
  end: number;
  anchor: string;
  /** A day told right after an earlier figure's words ("1,160 canceled on Monday and 476 on Tuesday"): that figure's. */
  closesFigure?: boolean;
}

const PLAN = alternatives(PLAN_MARKERS);
// "as of Sept. 12" names a date in full, "as of early Friday" a day after the edge of it, "as of 2 p.m. on Friday" either
// after an hour of the clock, "as of Thursday" a day in any characters; "during the week-long strike" a period in a word.
const DATE_NAMED = `(?:(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}\\s+(?:${MONTH_PATTERN})\\b|(?:(?:late|early)\\s+)?\\S+)`;
const NAMED = { date: `\\s+(?:${CLOCK}(?:\\s+(?:on\\s+)?${DATE_NAMED})?|${DATE_NAMED})`, period: '\\s+[\\w-]+' };
const CLOCK_IN = new RegExp(`${CLOCK}(?:\\s+(?:on\\s+)?|$)`, 'i');
const CUMULATIVE = [
  alternatives(CUMULATIVE_MARKERS),
  ...CUMULATIVE_BEFORE_NAME.map((c) => alternatives([c]) + NAMED[c.names]),
].join('|');
const DAY = `(?:(?:${alternatives(DAY_OPENERS)})\\s+)?(?<weekday>${WEEKDAY_PATTERN}|${alternatives(RELATIVE_DAYS)})|on\\s+(?<date>(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+(?:${MONTH_PATTERN}))`;
/** Plans, running totals and days in one pass over a sentence: this runs for every sentence with a figure. */
const MARKER = new RegExp(`\\b(?:(?<plan>${PLAN})|(?<cumulative>${CUMULATIVE})|${DAY})\\b`, 'gi');
// "since October 7", "since the war began": the word found by a plain scan (a case-insensitive Unicode
// pattern is tried letter by letter over the whole sentence), what follows it read at its place.
const SINCE_WORD = /\bsince\s+/gi;
// Not "the biggest since one of magnitude 7.6": "one" stands for an earlier thing of the kind, not a start.
const SINCE_START = new RegExp(
  `(?!one\\s+of\\b|the\\s+one\\b)(?:its\\s+|the\\s+)?(?:(?:${MONTH_ABBREVIATION_PATTERN})\\.\\s?\\d{1,2}\\b|[\\p{L}\\d ]{1,40}?)(?=[,.;]|$|\\s(?:${alternatives(SINCE_ENDS)})\\b)`,
  'iuy',
);
// Periods a running total can run over ("killed during the lockdown", "in the war"), and those that can
// bring one about ("the deal that allowed 300 trucks in").
const SPANS = PERIOD_NOUNS.filter((p) => p.total === 'span').map((p) => p.word);
const TOTAL_PERIODS = PERIOD_NOUNS.filter((p) => p.total).map((p) => p.word);
const DURING_PERIOD = new RegExp(
  `\\bin the\\s+(?:[\\w-]+\\s+){0,3}(?:${[...SPANS, ...GENERAL_SPANS.map((s) => s.word)].join('|')})\\b`,
  'gi',
);
const PERIOD_SUBJECT = new RegExp(
  `\\b(?:${TOTAL_PERIODS.join('|')})\\b(?:[^.]{0,50}?\\b(?:that|which))?\\s+(?:had\\s+|has\\s+)?(?:${alternatives(BRINGING_VERBS)})\\b`,
  'gi',
);
const REPORTING = alternatives(SAYING_VERBS);
// Not "said that on Monday night 3,400 had taken shelter": a day past "that" is in what was said, the figure's own.
const REPORTED_ON = new RegExp(`\\b(?:${REPORTING})\\s+(?:(?!that\\b)\\p{L}+\\s+){0,2}$`, 'iu');
// The plain test first: the pattern above, anchored at the end, is tried at every position of the lead.
const REPORTING_WORD = new RegExp(REPORTING, 'i');

// "in November", "in November 2023", "in the third quarter", "in 2023": the period a figure is for. Month
// names are matched with their capital, since "may" is mostly a verb; the pattern is case-sensitive, so
// the prepositions that open it are matched with a capital or without.
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const PERIOD = new RegExp(
  `\\b(?:${PERIOD_PREPOSITIONS.map((p) => eitherCase(p.word)).join('|')})\\s+(?:(?:${alternatives(PERIOD_PARTS)})[\\s-])?(?:(?<month>${CAPITALISED_MONTH_PATTERN})\\.?(?:,?\\s+(?<year>(?:19|20)\\d{2}))?|the\\s+(?<quarter>${QUARTER_ORDINALS.join('|')})\\s+quarter(?:\\s+of\\s+(?<quarterYear>(?:19|20)\\d{2}))?|Q(?<q>[1-4])(?:\\s+(?<qYear>(?:19|20)\\d{2}))?|(?:(?:${alternatives(YEAR_QUALIFIERS)})\\s+)?(?<onlyYear>(?:19|20)\\d{2}))\\b(?![-–/]\\d)`,
  'g',
);

function periodMarkers(sentence: string): Marker[] {
  return matchesOf(PERIOD, sentence).map((m) => {
    const { month, year, quarter, quarterYear, q, qYear, onlyYear } = m.groups!;
    // "Q3 2023" is "the third quarter of 2023".
    const ordinal = quarter ?? (q ? QUARTER_ORDINALS[Number(q) - 1] : undefined);
    const name = month ? fullMonth(month)! : ordinal ? `${ordinal} quarter` : onlyYear!;
    const anchor = [name, year ?? quarterYear ?? qYear].filter(Boolean).join(' ');
    return { scope: 'period' as const, start: m.index, end: m.index + m[0].length, anchor };
  });
}

/**
 * Verbs that take a day as their object, with what it is made after it: "declared Sunday a national day of
 * mourning", "designated Friday a holiday". The day is what was declared, not when a figure of the sentence held.
 */
export const DAY_AS_OBJECT: Entry[] = [
  ...entries('a day proclaimed to be something', 'declared proclaimed designated'),
  ...entries('a day given a name or a role', 'named made'),
  ...entries('a day chosen for something', 'set chose picked'),
];
const OBJECT_BEFORE = new RegExp(`\\b(?:${alternatives(DAY_AS_OBJECT)})\\s+$`, 'i');

// "as of 2 p.m. Friday", "by 6 a.m. on Sunday": a running total's limit at an hour of the day; "just before 10 p.m.
// Wednesday" is a time on that day, not a limit.
const TOTAL_LIMITS = DAY_LIMITS.filter((l) => l.reason.includes('running total'));
const LIMIT_BEFORE = new RegExp(
  `\\b(?:(?:${alternatives(DAY_LIMITS)})\\s+|(?:${alternatives(TOTAL_LIMITS)})\\s+${CLOCK}\\s+)$`,
  'i',
);

/**
 * Relative days that close a name after a capitalised word: "according to India Today", "told USA Today", "Business
 * Today reported", "NBC's Today show". Such a word names an outlet or a programme, not the day of a figure.
 */
const NAME_CLOSERS: Entry[] = entries('closes a name after a capitalised word ("USA Today")', 'Today Tonight');
const NAMED_DAY = new RegExp(`(?<=\\p{Lu}[\\p{L}'’.]*\\s)(?:${alternatives(NAME_CLOSERS)})\\b`, 'gu');

/** The sentence with the relative days that close a name ("India Today") masked, its length kept. */
export const withNamesMasked = (sentence: string): string =>
  sentence.includes('To') ? sentence.replace(NAMED_DAY, (w) => w.replace(/o/, '0')) : sentence;

function dayMarker(sentence: string, m: RegExpMatchArray): Marker | null {
  // "since October 7", "as of Thursday" are the start or end of a running total, not a single day.
  if (LIMIT_BEFORE.test(sentence.slice(Math.max(0, m.index! - 40), m.index))) return null;
  // "declared Sunday a day of mourning", not "declared on Sunday": the bare day is what was declared.
  const bare = m.groups!.weekday !== undefined && m[0].length === m.groups!.weekday.length;
  if (bare && OBJECT_BEFORE.test(sentence.slice(Math.max(0, m.index! - 12), m.index))) return null;
  // "..., the ministry said on Friday": the day it was said, not the day it happened.
  const lead = sentence.slice(Math.max(0, m.index! - 30), m.index);
  if (REPORTING_WORD.test(lead) && REPORTED_ON.test(lead)) return null;
  const anchor = (m.groups!.weekday ?? m.groups!.date ?? '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/(\d)(?:st|nd|rd|th)/, '$1');
  const closesFigure = FIGURE_WORDS_BEFORE.test(sentence.slice(Math.max(0, m.index! - 32), m.index));
  return {
    scope: 'single_day',
    start: m.index!,
    end: m.index! + m[0].length,
    anchor,
    ...(closesFigure && { closesFigure }),
  };
}

// A figure and the words of its clause right before a day: "1,160 canceled " of "1,160 canceled on Monday".
const FIGURE_WORDS_BEFORE = /\d[\p{L}\s%’'-]{1,30}$/u;

const PERIOD_MEANING = periodMeanings();
const TOLD_PERIOD = new RegExp(`^(?:since|as|during|in|${TOTAL_PERIODS.join('|')})\\b`, 'i');

// What a running total runs over: "since october 7" (month names in full), "during strike" (a strike and
// a walkout are one period, as the lexicon's period nouns say), or '' when the text does not say.
function totalAnchor(matched: string): string {
  // "to date", "so far", "still": most running totals say nothing of their period, and are not split into words.
  if (!TOLD_PERIOD.test(matched)) return '';
  const words = matched
    .toLowerCase()
    .replace(/[^\p{L}\d ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words[0] === 'since' || words[0] === 'as')
    return words.map((w) => (w.length <= 4 && fullMonth(w)) || w).join(' ');
  const period = words.find((w) => PERIOD_MEANING.has(w));
  return period && words[0] !== 'over' ? `during ${PERIOD_MEANING.get(period)}` : '';
}

const EDGE_IN = /\b(?:late|early)\s+/i;
// "as of 2 p.m. Friday" runs to Friday: the hour is read where the day is (lib/compare/when.ts).
const cumulativeMarker = (start: number, matched: string): Marker => ({
  scope: 'cumulative',
  start,
  end: start + matched.length,
  anchor: totalAnchor(matched.replace(CLOCK_IN, '').replace(EDGE_IN, '')).replace(/^as of$/, ''),
});

/**
 * Auxiliaries after which "since" is the adverb "since then", naming no start: "the toll of 480 has since risen",
 * "who have since been freed".
 */
const SINCE_ADVERB_AFTER: Entry[] = entries(
  '"since" as "since then", after an auxiliary of the perfect',
  'has have had having',
);
const ADVERB_BEFORE = new RegExp(`\\b(?:${alternatives(SINCE_ADVERB_AFTER)})\\s+$`, 'i');

function sinceMarkers(sentence: string): Marker[] {
  const out: Marker[] = [];
  let end = 0;
  for (const m of matchesOf(SINCE_WORD, sentence)) {
    if (m.index < end || ADVERB_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    SINCE_START.lastIndex = m.index + m[0].length;
    if (!SINCE_START.exec(sentence)) continue;
    end = SINCE_START.lastIndex;
    out.push(cumulativeMarker(m.index, sentence.slice(m.index, end)));
  }
  return out;
}

/** What in a sentence sets the scope of its figures: plans, running totals, single days. */
export function scopeMarkers(sentence: string): Marker[] {
  const out: Marker[] = [];
  for (const m of matchesOf(MARKER, withNamesMasked(sentence))) {
    if (m.groups!.plan) out.push({ scope: 'plan', start: m.index, end: m.index + m[0].length, anchor: '' });
    else if (m.groups!.cumulative) out.push(cumulativeMarker(m.index, m[0]));
    else {
      const day = dayMarker(sentence, m);
      if (day) out.push(day);
    }
  }
  out.push(...sinceMarkers(sentence), ...periodMarkers(sentence));
  for (const m of matchesOf(DURING_PERIOD, sentence)) out.push(cumulativeMarker(m.index, m[0]));
  for (const m of matchesOf(PERIOD_SUBJECT, sentence)) out.push(cumulativeMarker(m.index, m[0]));
  return out;
}

const YEAR = /^\d{4}$/;

export interface ScopeReading {
  scope: Scope;
  anchor: string;
}

/**
 * The scope nearest the figure in its sentence, before `until`: a plan or condition (only when said before the figure:
 * "called for four days"), a running total ("to date", "since", "as of", "the deal that allowed"),
 * or a single day ("on Thursday"). Durations and ratios only take plans: "on Friday" does not make a
 * seven-day strike a one-day quantity.
 */
export function scopeOf(
  markers: Marker[],
  figureAt: number,
  figureEnd: number,
  durationLike: boolean,
  until = Infinity,
): ScopeReading {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  let dayAfter: Marker | null = null;
  for (const m of markers) {
    if (m.start >= until) continue;
    if (m.scope === 'plan' && m.start > figureAt) continue;
    // A year before a figure is usually another event's ("founded in 1998, it now has 150,000 staff").
    if (m.scope === 'period' && YEAR.test(m.anchor) && m.end <= figureAt) continue;
    if (durationLike && m.scope !== 'plan') continue;
    if (m.end > figureAt && m.start < figureEnd) continue;
    const distance = m.end <= figureAt ? figureAt - m.end : m.start - figureEnd;
    if (m.scope === 'single_day' && m.start >= figureEnd && (!dayAfter || m.start < dayAfter.start)) dayAfter = m;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  // "1,160 canceled on Monday and 476 canceled on Tuesday": a day closing an earlier figure's words is that figure's
  // when this one has a day of its own after it.
  if (best?.closesFigure && best.end <= figureAt && dayAfter) best = dayAfter;
  return best ? { scope: best.scope, anchor: best.anchor } : { scope: 'other', anchor: '' };
}
