import { APPROX_TOLERANCE } from '../claims/expression';
import { shareTopic } from '../claims/topics';
import { perSpanDays } from '../claims/units';
import { twoBodiesOneDay } from './authority';
import { timesUnnamed, type Frame } from './frame';
import { lengthsFarApart, lengthsLooselyTied } from './durations';
import { fits, isBound, overlapping, roundsTo, sameFigure, sameStated } from './interval';
import { estimateBelowFloor } from './floor-estimate';
import { oneFinalResult } from './final-result';
import { near } from './near';
import { oneChangeTold } from './one-change';
import { oneBreakdown, toldOfOneUpdate } from './one-update';
import { memberWithin, partOfWiderCount } from './place-part';
import { miss, type Comparable, type Miss, type Related } from './related';
import { oneFigureScopesApart } from './scope-apart';
import { oneFigureThingApart } from './thing-apart';
import { agesOfOnePerson } from './named-age';
import { partsOfOneWhole, toldAsPartOf } from './told-parts';
import {
  CHANGES_OVER_TIME,
  apartOf,
  fieldGrade,
  FIELDS,
  LOOSE_MIN_VALUE,
  pastYear,
  sameFigureLooseContext,
  sameness,
  type Sameness,
} from './same-quantity';
import { accumulates, dayRecounted, inSeries, ONE_TIME_DAYS, releasedStatistic } from './series';
import { oneThingsSize } from './size';
import { partiesApart } from './party-list';
import { fixedOnceHappened, populationAsRounded } from './standing';
import type { Relation } from './types';
import { relateOnWeakEvidence } from './weak-evidence';
import { daysBetween } from './when';
import { oneYearlyList } from './yearly-list';

export type { Comparable, Miss, MissReason, Related } from './related';

/**
 * Two agencies' magnitudes for one quake differ by a few tenths (7.8 and 7.7, 7.5 and 7.6), each measured on
 * its own scale and network, so both hold, whether or not a report names the agency: compatible, never a
 * contradiction. Farther apart they are two quakes of one story (a 7.8 main shock, a 6.4 aftershock).
 */
const MAX_ESTIMATE_SPREAD = 0.3;
const estimatesOfOne = (a: Comparable, b: Comparable) => Math.abs(a.value - b.value) <= MAX_ESTIMATE_SPREAD + 1e-9;

/**
 * One statistic released once a period (`RELEASED_STATISTICS`), in percent, named alike with its sub-group on
 * both sides ("the labor force participation rate"): told again within a release (`ONE_TIME_DAYS`), it is the
 * same figure, and two that cannot both hold contradict each other. A group on one side only ("the jobless
 * rate for women", its group unread) or a word before it that extraction left out ("office vacancy rate",
 * "rental vacancy rate") may be another.
 */
const oneStatistic = (a: Comparable, b: Comparable) =>
  a.frame.kind === 'percent' &&
  releasedStatistic(a.frame.head) &&
  a.frame.head === b.frame.head &&
  a.quantity.groups.length > 0 &&
  a.quantity.groups.join(' ') === b.quantity.groups.join(' ') &&
  (a.lead ?? '') === (b.lead ?? '') &&
  Boolean(a.averaged) === Boolean(b.averaged) &&
  Boolean(a.before) === Boolean(b.before);

/**
 * Counts, rates, shares and sums (`CHANGES_OVER_TIME`): one story tells many of one thing, so a conflict between two
 * of them needs the figures `near` each other (near.ts).
 */
const changesOverTime = (a: Comparable) => CHANGES_OVER_TIME.has(a.frame.kind);

/**
 * One part of a group its sentence tells by its parts ("nine Filipinos and three Indians") against a whole
 * those parts add up to ("12 foreign sailors"): sub-groups are what tell parts apart, so only what is
 * counted may differ, and only in its sub-groups or its noun for people.
 */
function partOfWhole(claim: Comparable, other: Comparable, grade: Sameness): boolean {
  if (claim.partsSum === undefined || isBound(other) || claim.value >= other.value) return false;
  if (!fits(claim.partsSum, other) || !sameSubjectMatter(claim, other)) return false;
  const [a, b] = [claim.frame, other.frame];
  if (!((a.people && b.people) || a.head === b.head)) return false;
  if (grade !== null) return true;
  const apart = apartOf(a, b);
  return apart !== null && apart.fields === 1 && apart.field === 'thing';
}

/**
 * The figure as its sentence bounds it: a figure moved past ("climbs past 500") is a lower bound; a population told
 * roughly is rounded from a census's figure (standing.ts).
 */
const bounded = (f: Comparable): Comparable =>
  f.frame.passed
    ? { ...f, qualifier: 'at_least', low: f.value, high: null }
    : f.approached && f.qualifier === 'exact'
      ? { ...f, qualifier: 'approx', low: f.value * (1 - APPROX_TOLERANCE), high: f.value }
      : populationAsRounded(f);

/**
 * A rate over another span than the claim's, restated over the claim's ("30,000 vehicles a day" as some 11 million a
 * year), so that the figures compare; any other figure as it is.
 */
function overClaimsSpan(f: Comparable, claim: Comparable): Comparable {
  if (f.frame.kind !== 'rate') return f;
  const from = perSpanDays(f.quantity.unit);
  const to = perSpanDays(claim.quantity.unit);
  if (from === null || to === null || from === to) return f;
  const k = to / from;
  const scaled = (x: number | null) => (x === null ? null : x * k);
  return {
    ...f,
    value: f.value * k,
    low: scaled(f.low),
    high: scaled(f.high),
    quantity: { ...f.quantity, unit: claim.quantity.unit },
  };
}

/**
 * Two figures whose own words name different subjects both texts are about ("in Turkey" and "Syria's
 * toll", the same two countries in both texts) count different parts: at most the same figure agrees.
 */
function differentSubjects(a: Comparable, b: Comparable): boolean {
  // How long a thing lasts is the thing's, whoever is named around it.
  if (!changesOverTime(a) || a.frame.names.length === 0 || b.frame.names.length === 0) return false;
  const shared = (names: string[]) => names.filter((n) => a.topics.includes(n) && b.topics.includes(n));
  const [na, nb] = [shared(a.frame.names), shared(b.frame.names)];
  return na.length > 0 && nb.length > 0 && !na.some((n) => nb.includes(n));
}

/** A figure about another year ("a 2011 earthquake left nearly 20,000 dead") is another quantity. */
const otherYear = (a: Comparable, b: Comparable) =>
  a.frame.year !== null && b.frame.year !== null && a.frame.year !== b.frame.year && !acrossNewYear(a.frame, b.frame);

/**
 * Reports at most this many days apart across a new year: a report of the first days of January still tells of the
 * last days of December ("the six minutes before the plane crashed" on 2 January, of a crash on 29 December).
 */
const NEW_YEAR_DAYS = 7;

/** Two figures whose years are only their reports' years, the reports days apart across a new year. */
const acrossNewYear = (a: Frame, b: Frame) =>
  a.yearOfReport &&
  b.yearOfReport &&
  a.when.reported !== undefined &&
  b.when.reported !== undefined &&
  Math.abs(daysBetween(a.when.reported, b.when.reported)) <= NEW_YEAR_DAYS;

/** Told apart by a field, when no one asks which: most candidates end here, so one answer serves them all. */
const APART: Miss = Object.freeze(miss('thing', 1));

/**
 * Whether two claims' texts are about one thing: they share a topic, or one claim's sentence names a
 * topic of the other text (a short text's topics are few: "jobs", "report"; a text whose place is named
 * only at the start of its sentences has none of it), or the texts share a few figures that are not small
 * counts (`MIN_SHARED_FOR_SUBJECT`, stories.ts: "the unemployment rate jumped to 4.3% from 4.1%" beside the
 * release's payrolls, in a report naming only "CNBC").
 */
const sameSubjectMatter = (a: Comparable, b: Comparable) =>
  shareTopic(a.topics, b.topics) || namesTopicOf(a, b) || namesTopicOf(b, a) || storyMates(a, b) || storyMates(b, a);

const storyMates = (a: Comparable, b: Comparable) =>
  b.articleId !== undefined && a.storyMates?.has(b.articleId) === true;

/**
 * One claim's sentence or its article's title names a topic of the other text. A report kept to its
 * figure-bearing sentences may name only agencies ("the Federal Emergency Management Agency estimates about
 * 2,207 structures"); its title says where ("Island fires death toll rises to 80"), and is read as words
 * rather than names since a headline capitalises its first word or all of them.
 */
const namesTopicOf = (a: Comparable, b: Comparable) =>
  a.topics.some((t) => b.frame.words.has(t) || b.titleWords?.has(t) === true);

/**
 * The past year a frame's own words name ("in the 2019 election"), unless its sentence sets it earlier still (a
 * figure superseded or dated back), else null.
 */
const pastYearNamed = (f: Frame): number | null => (f.earlier ? null : pastYear(f));

/**
 * Two figures whose own words name the same past year ("won by a margin of 4,79,505 in the 2019 election",
 * "defeated her by 674,664 votes in 2019"), told alike in every field but the time: the year closes the time a
 * count of today's news leaves open (one province's, one hour's), and a past year's figure is no running total
 * to grow between reports, so they are one quantity at one time.
 */
function ofOnePastYear(a: Frame, b: Frame): boolean {
  const year = pastYearNamed(a);
  return (
    year !== null &&
    year === pastYearNamed(b) &&
    FIELDS.every((field) => {
      const grade = fieldGrade(field, a, b);
      return field === 'time' ? grade !== null : grade === 'same';
    })
  );
}

/**
 * Two sizes of a thing or a craft's complement (size.ts) hold whatever day their sentences name: told apart by the
 * time alone, they are weak evidence of one quantity, whose figures only `oneThingsSize` may set against each other.
 */
const sizesApartInTimeOnly = (a: Frame, b: Frame) =>
  a.when.size === true &&
  b.when.size === true &&
  FIELDS.every((field) => field === 'time' || fieldGrade(field, a, b) !== null);

/** How sure it is that two frames are one quantity at one time (same-quantity.ts), with what the figures' words add. */
function gradeOf(a: Frame, b: Frame): Sameness {
  const aligned = sameness(a, b) ?? (sizesApartInTimeOnly(a, b) ? 'weak' : null);
  if (aligned === 'same' && dayRecounted(a, b)) return 'series';
  return (aligned === 'likely' || aligned === 'series') && ofOnePastYear(a, b) ? 'same' : aligned;
}

/**
 * How two claims relate, or why they do not. Values compare as intervals: disjoint intervals conflict; overlapping
 * ones agree when they state the same figure ("at least 32" and "32", "about 240" and "240") and are compatible
 * otherwise ("more than 15,000" and "more than 14,800"). How sure the alignment is bounds the relation: a conflict
 * only on the strongest evidence, and on weak evidence what weak-evidence.ts allows. With `explain`, a pair told
 * apart by its frames has every field weighed, to say which and how many keep them apart; without, the first field
 * that does ends it.
 */
export function relate(claim: Comparable, other: Comparable, explain = false): Related | Miss {
  const r = relateAsRead(claim, other, explain);
  // A figure one sentence tells as a part of the other's ("16 deaths, including 11 in the east") is that part's: no
  // second figure of the whole to contradict it (told-parts.ts).
  if (r.relation === 'conflict' && (toldAsPartOf(claim, other) || toldAsPartOf(other, claim)))
    return { relation: 'compatible', sameness: r.sameness, loose: false };
  // One party's figure of a list against a figure that does not name that party (party-list.ts): two parties' figures.
  if (r.relation === 'conflict' && !r.corrected && !r.disputed && partiesApart(claim, other)) return miss('subject');
  // One named member's count and a count of several of it (place-part.ts): a part within its whole.
  if (
    (r.relation === 'conflict' || r.relation === 'agree') &&
    (memberWithin(claim, other) || memberWithin(other, claim))
  )
    return { relation: 'compatible', sameness: r.sameness, loose: false };
  return r;
}

function relateAsRead(claimAsRead: Comparable, otherAsRead: Comparable, explain: boolean): Related | Miss {
  // The frames first: most candidates are told apart by what they count or the unit, before their texts.
  const grade = gradeOf(claimAsRead.frame, otherAsRead.frame);
  if (partOfWhole(claimAsRead, otherAsRead, grade)) return { relation: 'compatible', sameness: 'weak', loose: false };
  if (grade === null) {
    if (!explain) return APART;
    const apart = apartOf(claimAsRead.frame, otherAsRead.frame);
    return apart ? miss(apart.field, apart.fields) : APART;
  }
  const claim = bounded(claimAsRead);
  const other = overClaimsSpan(bounded(otherAsRead), claim);
  // What was expected and what came are two quantities, whatever their figures (expected.ts).
  if (Boolean(claim.expected) !== Boolean(other.expected)) return miss('expected');
  if (!sameSubjectMatter(claim, other)) return miss('topic');
  if (otherYear(claim, other)) return miss('year');
  const subjects = grade !== 'series' && differentSubjects(claim, other);
  // Two lengths from an event that name nothing they time each time their own happening: they may agree on one
  // figure, never conflict.
  const same = subjects || (timesUnnamed(claim.frame) && timesUnnamed(other.frame)) ? 'weak' : grade;
  // Two bodies' tolls of one day that cannot both hold contradict each other however they are worded and however far
  // apart (authority.ts): the bodies named and the day are the evidence, which `near` and a running total's series
  // would otherwise set aside.
  if (!subjects && twoBodiesOneDay(claim, other) && !overlapping(claim, other))
    return { relation: 'conflict', sameness: same, loose: false, disputed: true };
  // One thing's size, or a craft's complement, told twice that cannot both hold, however each names the thing (size.ts).
  if (!subjects && oneThingsSize(claim, other) && !overlapping(claim, other))
    return { relation: 'conflict', sameness: same, loose: false };
  // A rough figure below another source's floor for one count of one day (floor-estimate.ts), however far apart.
  if (!subjects && (same === 'same' || same === 'likely') && estimateBelowFloor(claim, other))
    return { relation: 'conflict', sameness: same, loose: false };
  // One party's count in a final result told again that cannot also hold, however each is worded (final-result.ts).
  if (!subjects && oneFinalResult(claim, other)) return { relation: 'conflict', sameness: same, loose: false };
  // One list of yearly figures told twice gives one figure for each year, however each names what it lists (yearly-list.ts).
  if (!subjects && oneYearlyList(claim, other)) return { relation: 'conflict', sameness: same, loose: false };
  // One person's age told twice within a week is one figure, however each sentence tells it (named-age.ts).
  if (!subjects && agesOfOnePerson(claim, other))
    return { relation: overlapping(claim, other) ? 'agree' : 'conflict', sameness: same, loose: false };
  // One whole's breakdown told twice gives one figure for each part (told-parts.ts); a running total's part reported
  // at two times is a series still ("reached 50 of the 58 miners" by noon, "57 of the 58" by night).
  if (
    !subjects &&
    (same === 'same' || same === 'likely') &&
    !overlapping(claim, other) &&
    partsOfOneWhole(claim, other)
  )
    return { relation: 'conflict', sameness: same, loose: false };
  if (same === 'weak') return relateOnWeakEvidence(claim, other, subjects);
  const result = (relation: Relation): Related => ({ relation, sameness: same, loose: false });
  const overlap = overlapping(claim, other);
  const close = near(claim, other);
  if (!overlap && roundsTo(claim, other)) return result('compatible');
  if (same === 'series') {
    if (sameFigure(claim, other)) return result('agree');
    // One breakdown told twice gives one figure for each part, or no lower one later (one-update.ts).
    if (!overlap && oneBreakdown(claim, other)) return { relation: 'conflict', sameness: 'same', loose: false };
    // A figure that is no running total (a month's rate, a forecast) told again is one release: another
    // figure that cannot also hold is no growth, but a quantity we cannot call the same ("the jobless rate
    // for women", its group unread, against the rate) unless one statistic is named alike on both sides.
    if (!overlap && !accumulates(claim.frame) && !accumulates(other.frame))
      return close && oneStatistic(claim, other)
        ? { relation: 'conflict', sameness: 'same', loose: false }
        : miss('weak');
    // Told beside the same figure for another tally, a later figure below an earlier one is a stale one (one-update.ts).
    if (!overlap && toldOfOneUpdate(claim, other)) return { relation: 'conflict', sameness: 'same', loose: false };
    return close || inSeries(claim, other) ? result('compatible') : miss('far');
  }
  if (!overlap && same === 'same') {
    if (fixedOnceHappened(claim.quantity.unit))
      return estimatesOfOne(claim, other) ? result('compatible') : miss('far');
    // An average over a span and one figure of it may both hold, whatever their figures.
    if (Boolean(claim.averaged) !== Boolean(other.averaged)) return miss('average');
    // The value a change came from is of a time before the figure it came to, whatever period its sentence
    // names ("a dip from 8.7% to 7.9% in June").
    if (Boolean(claim.before) !== Boolean(other.before)) return miss('time');
    // Lengths of time tied to one thing only by words away from their figures may time two things (durations.ts).
    if (lengthsLooselyTied(claim, other)) return miss(close ? 'weak' : 'far');
    // One place's count below a count that names no place may be its part of the whole (place-part.ts).
    if (partOfWiderCount(claim, other)) return result('compatible');
    return close || !changesOverTime(claim) ? result('conflict') : miss('far');
  }
  // One change of one release's figure told twice, against one base period, is one figure (one-change.ts).
  if (!overlap && close && oneChangeTold(claim, other)) return result('conflict');
  // A toll told as it grows, where nothing says which report is the later: close figures are compatible.
  // So is a rate restated over another span, an average of days that are not all alike.
  if (!overlap)
    return close && (claim.frame.kind === 'count' || other !== otherAsRead)
      ? result('compatible')
      : miss(close ? 'weak' : 'far');
  if (sameStated(claim, other)) return result('agree');
  if (lengthsFarApart(claim, other)) return miss('far');
  // "109 deaths" fits "at least 32 killed on Friday", but with a scope unstated they may be two tolls:
  // compatible only when the figures are close, as a toll told as it grows is ("at least 27 killed",
  // "the toll rose to 39"); and a bound fits a figure far from it only by its open end ("as many as 260
  // seats", "33 to 36 seats"), which tells nothing of one quantity.
  return close || (same === 'same' && !isBound(claim) && !isBound(other)) ? result('compatible') : miss('far');
}

/**
 * Whether two claims could be one quantity but for their times: every field of their frames but the time
 * aligns, none on weak evidence alone (what is counted unnamed, an event said on one side only), their texts
 * are about one thing, their figures are `near` each other (near.ts) and no rule on
 * them (another year, different subjects named, one expected) tells them apart. For figures a sentence
 * places in time itself, as a revision's does (correction.ts).
 */
export function alignedButForTime(a: Comparable, b: Comparable): boolean {
  for (const field of FIELDS) {
    if (field === 'time') continue;
    const grade = fieldGrade(field, a.frame, b.frame);
    if (grade === null || grade === 'weak') return false;
  }
  return (
    near(a, b) &&
    Boolean(a.expected) === Boolean(b.expected) &&
    sameSubjectMatter(a, b) &&
    !otherYear(a, b) &&
    !differentSubjects(a, b)
  );
}

/** The relation between two claims, or null when they are not about the same quantity. */
export function relationOf(claim: Comparable, other: Comparable): Related | null {
  const r = relate(claim, other);
  if (r.relation !== null) return r;
  if (
    claim.frame.head === other.frame.head &&
    // "40 patients a day" is not "40 patients a week": a rate's unit is part of its figure.
    (claim.quantity.unit === other.quantity.unit || claim.frame.kind !== 'rate') &&
    Math.abs(claim.value) >= LOOSE_MIN_VALUE &&
    sameFigure(claim, other) &&
    sameFigureLooseContext(claim.frame, other.frame) &&
    sameSubjectMatter(claim, other) &&
    !otherYear(claim, other) &&
    Boolean(claim.expected) === Boolean(other.expected)
  )
    return { relation: 'agree', sameness: 'weak', loose: true };
  if (oneForecast(claim, other)) return { relation: 'agree', sameness: 'weak', loose: true };
  // The same distinctive figure, its scope or what it counts told another way (scope-apart.ts, thing-apart.ts).
  if (
    (oneFigureScopesApart(claim, other) || oneFigureThingApart(claim, other)) &&
    sameSubjectMatter(claim, other) &&
    !otherYear(claim, other) &&
    Boolean(claim.expected) === Boolean(other.expected)
  )
    return { relation: 'agree', sameness: 'weak', loose: true };
  return null;
}

/**
 * Two figures told as what was expected, the same figure in one release's reports ("Dow's 170K estimate",
 * "economists were expecting total job gains of 170,000"): one forecast, whatever each names beside it.
 */
const oneForecast = (a: Comparable, b: Comparable) =>
  a.expected === true &&
  b.expected === true &&
  a.frame.kind === b.frame.kind &&
  a.quantity.unit === b.quantity.unit &&
  Math.abs(a.value) >= LOOSE_MIN_VALUE &&
  sameFigure(a, b) &&
  sameSubjectMatter(a, b) &&
  oneRelease(a.frame.when.reported, b.frame.when.reported);

/** Reports at most a release apart (`ONE_TIME_DAYS`), both dated. */
const oneRelease = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && Math.abs(daysBetween(a, b)) <= ONE_TIME_DAYS;
