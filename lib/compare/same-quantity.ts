import { PERSON_ROLES } from '../claims/lexicon';
import type { Kind, Quantity } from '../claims/types';
import { isDemonym } from '../claims/lemma';
import { memoized } from '../claims/memo';
import { perSpanDays, unitFactor } from '../claims/units';
import { onlyMovesOfNamedOthers, shareWord } from './about';
import { isCommonCount } from './common-count';
import { areContrary } from './events';
import { groupsToldAlike, kinOf, placeAsSuch, stretchesOfLand, toldAlike } from './kin';
import type { Frame } from './frame';
import { fixedOnceHappened } from './standing';
import { countedWithinDay, differentTotals, listedDaily, separateReleases, stateOf } from './series';
import { dayAgainstUntimedTotal } from './day-and-total';
import {
  bareReportDay,
  dayInProgress,
  differentDeedDays,
  differentEventDays,
  eventAgainstDay,
  namedMoment,
  namesDay,
  sameMoment,
  sameTime,
} from './when';

/**
 * How sure we are that two claims are about one quantity, from field-by-field evidence (what is counted,
 * its sub-groups, the event, the unit, the scope and its time, the place); the weakest field decides:
 * - 'same': every field agrees: any relation may be called, a conflict included;
 * - 'likely': all agree but one is unstated or told differently (a scope left unsaid, totals over
 *   differently told periods, a figure converted between units): agreement and compatibility, no conflict;
 * - 'weak': one thing told more or less fully ("Palestinian prisoners" and "prisoners", "60 miners" and
 *   "60 workers", "240 prisoners" and "240 prisoners released"): the same figure agrees, nothing else;
 * - 'series': one running total reported at two different times: never a conflict, the nearer report
 *   decides (lib/compare/check.ts);
 * - null: different quantities.
 */
export type Sameness = 'same' | 'likely' | 'weak' | 'series' | null;

const RANK: Record<Exclude<Sameness, null>, number> = { same: 3, likely: 2, weak: 1, series: 0 };
/** The weaker of two levels of evidence; one total at two times stays a series unless other evidence is weak. */
function weaker(a: Sameness, b: Sameness): Sameness {
  if (a === null || b === null) return null;
  if (a === 'weak' || b === 'weak') return 'weak';
  if (a === 'series' || b === 'series') return 'series';
  return RANK[a] <= RANK[b] ? a : b;
}

// "240 Palestinians freed" is "240 Palestinian prisoners released": a person noun stands for a role, but
// only when something happened to them; "2.3 million people" is not "two of the abductees".
function standsForRole(x: Frame, y: Frame): boolean {
  return x.head === 'person' && x.event !== '' && PERSON_ROLES.includes(y.head);
}

/** Whether the sub-groups of one side are all among the other's: one thing said more or less fully. */
export function groupsNest(a: string[], b: string[]): boolean {
  const fewer = a.length <= b.length ? a : b;
  const more = fewer === a ? b : a;
  return fewer.every((g) => more.includes(g));
}

const sameGroups = (a: string[], b: string[]) => a.length === b.length && a.every((g, i) => g === b[i]);

/**
 * "the first bank to fail in more than two years" and "nearly three years with no bank failures": the span since the
 * last time, told once as a first time and once as a length with none.
 */
const firstTimeAndNone = (a: Frame, b: Frame) => a.sinceRecord === 'first' && b.sinceRecord === '' && b.withNone;

/**
 * "lost its majority for the first time in 30 years" and "the end of apartheid 30 years ago", "after a decade of his
 * rule": the span since the last time, told against a length that names no thing at its figure, may be the span
 * since that last time, told from its start. Weak evidence: the same figure may agree, never conflict. Not a span
 * since a record ("its highest rate in 15 years"): a story has many records, and a length unnamed is rarely one.
 */
const firstTimeAndSpan = (a: Frame, b: Frame) => a.sinceRecord === 'first' && b.sinceRecord === '' && !b.named;

// The graders below run for each of some ten thousand pairs a check: they name the two sides' fields one by one,
// not as a pair (`const [x, y] = [a.x, b.x]`), which makes an array on every call.

/**
 * Sub-groups told in other words that WordNet gives as synonyms ("eight minors", "eight small children"; "kids" and
 * "children"): one group named two ways, weak evidence, so the same figure may agree, none conflict.
 */
const groupsAsSynonyms = (a: string[], b: string[]) =>
  a.length === b.length && a.every((g, i) => g === b[i] || kinOf(g, b[i]!) === 'synonym');

const smallCountsOfTwoGroups = (a: Frame, b: Frame) =>
  a.event === '' &&
  b.event === '' &&
  isCommonCount(a.kind, a.value) &&
  isCommonCount(b.kind, b.value) &&
  !kinOf(a.head, b.head) &&
  !toldAlike(a.head, b.head);

function sameThing(a: Frame, b: Frame): Sameness {
  const ga = a.quantity.groups;
  const gb = b.quantity.groups;
  const groups: Sameness = sameGroups(ga, gb) ? 'same' : groupsNest(ga, gb) || groupsAsSynonyms(ga, gb) ? 'weak' : null;
  // The span since a record is another quantity than any length: "its lowest level in two years" is not the
  // rate's "24 months to May". Spans since one kind of record ("a 15-year high", "the highest in 15 years") may
  // be one span, but a story has many records ("its highest rate for over 30 years" of core prices): likely, never
  // the same, so that two of them never contradict each other.
  if (a.sinceRecord !== b.sinceRecord) {
    if (firstTimeAndNone(a, b) || firstTimeAndNone(b, a)) return 'likely';
    return a.kind === 'duration' && (firstTimeAndSpan(a, b) || firstTimeAndSpan(b, a)) ? 'weak' : null;
  }
  if (a.sinceRecord !== '') return 'likely';
  if (a.head && b.head) {
    // Sub-groups news uses for one another ("the interest rate", "the base rate") may be one thing, on weak evidence.
    if (a.head === b.head) return groups ?? (groupsToldAlike(a.head, ga, gb) ? 'weak' : null);
    if (standsForRole(a, b) || standsForRole(b, a)) return groups;
    // People and one kind of them ("victims", "people"): the same people told more or less fully.
    if (a.people && b.people && (a.head === 'person' || b.head === 'person')) return weaker(groups, 'likely');
    // Two nouns for people ("miners" and "workers") may count the same people, but not on a count small enough to
    // turn up in any report (common-count.ts) when WordNet relates the nouns in no way, news does not tell one for
    // the other and neither side says what befell them ("seven victims" and "seven ministers", "three candidates" and
    // "three pollsters"): two of the story's many small groups. What befell them, said on a side, may tell one group
    // ("five gunmen" and "five suspects" detained, "two hikers died" and "two casualties").
    if (a.people && b.people) return smallCountsOfTwoGroups(a, b) ? null : weaker(groups, 'weak');
    // Two lengths of one thing with different words before it ("a two-day board meeting", "its two-day budget meeting").
    if (a.kind === 'duration' && a.compoundTail !== '' && a.compoundTail === b.compoundTail)
      return weaker(groups, 'likely');
    // Synonyms or a thing and its kind ("buildings" and "structures", "homes" and "houses"), by WordNet; two
    // kinds of one thing ("ship", "boat") may be one thing told in other words, on the same figure.
    const kin = kinOf(a.head, b.head);
    if (kin) return weaker(groups, kin === 'sibling' ? 'weak' : 'likely');
    // Nouns news uses for one another that WordNet files apart ("seats" and "constituencies").
    const alike = toldAlike(a.head, b.head);
    if (alike) return weaker(groups, alike);
    // "the 0.25% reduction" and "cut interest rates by 0.25%": a move told as what is counted, and a figure told as
    // what the other side's moved by, may be one move; weak, so the same figure only.
    if (movedBy(a, b) || movedBy(b, a)) return weaker(groups, 'weak');
    // A place named only as a place and a building ("two locations", "two apartments"): the same figure only.
    if (placeAsSuch(a.head, b.head)) return weaker(groups, 'weak');
    // A share of a stretch of land told with another word for it ("25% of the disaster zone", "25% of the area").
    if (a.kind === 'percent' && stretchesOfLand(a.head, b.head)) return weaker(groups, 'weak');
    // A head misread from the words after the figure ("two dams south of the city" read as "south", "the 20-nation
    // euro zone" as "zone"): the other side's noun among them, or a synonym of it ("20 countries").
    if (a.named && b.named && (namedAmong(a.countedWords, b.head) || namedAmong(b.countedWords, a.head))) return 'weak';
  }
  // A measure in a unit of area, length or the like, its thing not named at the figure on one side, with the
  // same deed ("more than 2,100 acres burned", "2,170 acres of land burned"): the unit and the deed say what
  // is measured.
  if ((!a.named || !b.named) && a.kind === 'other' && a.family !== '' && a.event !== '' && a.event === b.event)
    return 'likely';
  // What is counted left unnamed or named away from the figure ("Health care added 71,000" and "health
  // care added 71,000 jobs"): the words of the figures' parts of their sentences are what they share, unless they
  // share only a move and each names a mover of its own (about.ts).
  return (!a.named || !b.named) &&
    shareWord(a.about, b.about) &&
    !onlyMovesOfNamedOthers(a.about, b.about, a.namesWritten, b.namesWritten)
    ? 'weak'
    : null;
}

/** Whether a noun, or a synonym of it by WordNet, is among the words read as what is counted. */
function namedAmong(words: ReadonlySet<string>, head: string): boolean {
  if (words.has(head)) return true;
  for (const w of words) if (kinOf(w, head) === 'synonym') return true;
  return false;
}

/** "two refugees for every resident" and "two Sudanese refugees for every Chadian resident": one term said more fully. */
function sameRatioTerms(a: Quantity, b: Quantity): boolean {
  return a.lemma !== '' && a.lemma === b.lemma && groupsNest(a.groups, b.groups);
}

/**
 * People counted with no event on either side, and a participle said of them on one side only ("77 people are
 * reportedly trapped", "lost contact with 50 individuals"): a story's counts of people are of many groups, and what
 * is said of them is what tells the groups apart. Only when the other side names its people at the figure: the
 * participle is read after the figure's noun, so a figure whose people are read from afar ("the death toll at 62, up
 * from 51") says nothing by having none.
 */
function saidOfOneSide(a: Frame, b: Frame): boolean {
  if (!a.people || !b.people || (a.predicate === '') === (b.predicate === '')) return false;
  // How many live in a place is said of the place: a verb after it is the place's ("a population of 44,000, counted
  // its ballots overnight").
  if (a.population !== null || b.population !== null) return false;
  return (a.predicate === '' ? a : b).named;
}

function sameEvent(a: Frame, b: Frame): Sameness {
  // How long a thing lasts and the terms of a ratio belong to the thing, not to an event.
  if (a.kind === 'duration' || a.kind === 'ratio') return 'same';
  // Those still in hospital are the injured less those sent home: another count than the injured (in-care.ts), and
  // two counts of them are one whether or not a sentence says what befell them ("102 people still being treated in
  // hospitals", "103 wounded are still receiving medical treatment").
  if (a.inCare !== b.inCare) return null;
  if (a.inCare && !areContrary(a.event, b.event) && (a.event === '' || b.event === '')) return 'same';
  // "200 people are stranded" and "200 are still missing": states that exclude each other, a verb or not.
  if (areContrary(stateOf(a), stateOf(b))) return null;
  // "77 people are trapped" and "50 individuals": what befell the people is said on one side only, as an event may be.
  if (a.event === b.event) return a.event === '' && saidOfOneSide(a, b) ? 'weak' : 'same';
  // So does a quake's magnitude (standing.ts): "a 7.5 quake struck an area destroyed by war" destroyed nothing.
  if (fixedOnceHappened(a.quantity.unit) && a.quantity.unit === b.quantity.unit) return 'same';
  if (areContrary(a.event, b.event)) return null;
  if (a.event === '' || b.event === '') {
    // "60 miners are still trapped" and "48 miners remain trapped": the same word said of them.
    if (a.predicate && a.predicate === b.predicate) return 'same';
    // "240 prisoners" and "240 prisoners released": what happened is said on one side only.
    return 'weak';
  }
  return null;
}

// Counts, shares and sums of money change from day to day (prices move, a deal is one of many), so two of
// them with no stated scope may be from different days; lengths, ratios and measures of one thing do not.
export const CHANGES_OVER_TIME = new Set<Kind>(['count', 'rate', 'percent', 'money']);

const isChange = (event: string) => event.endsWith(':by');

/** "november" and "november 2023" may be one period; "november 2022" and "november 2023" are not. */
function samePeriod(a: string, b: string): Sameness {
  if (a === b) return 'same';
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.startsWith(`${shorter} `) ? 'likely' : null;
}

/** A figure told as a running total, or with no scope at all: what a toll reported day after day is. */
const runningOrUnstated = (q: Quantity) => q.scope === 'cumulative' || q.scope === 'other';

/** A figure said to be as of a day that could be resolved neither to a date nor to a weekday. */
const untoldDay = (f: Frame) => f.quantity.anchor.startsWith('as of') && !f.when.day && !f.when.weekday;

/**
 * Events whose counts a day's news splits into parts or updates by the hour: the dead and the injured of each
 * place and hour, and seats won as a count goes on ("ahead in at least 292 seats", "has so far won 290 seats").
 */
const TOLLS = new Set(['kill', 'injure', 'missing', 'win']);

function oneNamedDeed(a: Frame, b: Frame): boolean {
  return (
    (a.quantity.scope === 'cumulative' || b.quantity.scope === 'cumulative') &&
    a.named &&
    b.named &&
    a.head !== '' &&
    // People as such are any people; a nationality names a group ("86 Chileans", "78 Chilean miners").
    (a.head !== 'person' || a.quantity.groups.length > 0) &&
    a.head === b.head &&
    a.event !== '' &&
    a.event === b.event &&
    !TOLLS.has(a.event)
  );
}

/**
 * Shares of one named thing that one deed befell ("a quarter of the city has been destroyed", "destroyed up
 * to a fifth of the city"): what a share of one whole is, on one day, is one figure, where counts of a
 * day's news are many (one district's, one hour's).
 */
const oneShareOfDeed = (a: Frame, b: Frame) =>
  a.kind === 'percent' &&
  a.named &&
  b.named &&
  a.head !== '' &&
  a.head === b.head &&
  a.event !== '' &&
  a.event === b.event;

/**
 * A figure of an earlier occasion ("in the previous election", "five years ago") against one of its report's
 * own time: two occasions, never one figure told twice. One of a year named before its report's ("in 2019")
 * or dated back ("a year earlier") may be of that occasion.
 */
function ofAnotherOccasion(a: Frame, b: Frame): boolean {
  if (a.earlierOccasion === b.earlierOccasion) return false;
  const now = a.earlierOccasion ? b : a;
  if (now.earlier) return false;
  const reported = now.when.reported ? Number(now.when.reported.slice(0, 4)) : null;
  return now.year === null || reported === null || now.year >= reported;
}

/**
 * How far apart two measures may be and still be one measure told on weaker evidence (in other units, or with its
 * day on one side only): a conversion rounded or done wrong is off by a few hundredths ("250km/h winds", "165
 * mph": 6%); farther apart they more often measure two things, or are two agencies' measures ("120 km from the
 * coast", "90 miles": 17%; a quake's depth "15.5 km" by one agency, "34.8 kilometers" by another), than one
 * told wrong.
 */
const MAX_MEASURE_SPREAD = 0.1;

function closeMeasures(a: Frame, b: Frame): boolean {
  const [x, y] = [Math.abs(a.value * unitFactor(a.quantity.unit)), Math.abs(b.value * unitFactor(b.quantity.unit))];
  return Math.abs(x - y) <= MAX_MEASURE_SPREAD * Math.max(x, y);
}

/**
 * A measure told with the day it was taken on one side ("devastating 250km/h winds early on Wednesday"), with no
 * time on the other, reported that day or later ("maximum sustained winds of 265 kmh"): nothing says two times,
 * when the two are close. Not a reading told on its own day ("winds of 175 mph Monday afternoon" in Monday's
 * report) against a report of a later day: that is the reading as things stood, and the later report's its own;
 * a day told looking back ("reached shore early on Wednesday with 250km/h winds", days on) recalls a moment of note,
 * which later reports recall too.
 */
function measuredThatDay(a: Frame, b: Frame): boolean {
  const [day, unstated] = a.quantity.scope === 'single_day' ? [a, b] : [b, a];
  if (day.quantity.scope !== 'single_day' || unstated.quantity.scope !== 'other' || unstated.earlier) return false;
  const [on, reported] = [day.when.day, unstated.when.reported];
  if (on === null || reported === undefined) return false;
  return on === reported || (on < reported && day.when.reported !== on);
}

/**
 * Two measures with no time told, reported on different days ("winds of 185mph" at landfall, "105 mph winds" two
 * days on): a reading of what moves (a storm's winds, a river's level, a fire's acres) is of its moment, and
 * nothing says the two are of one. A quake's magnitude is fixed once it happened (standing.ts).
 */
function readOnOtherDays(a: Frame, b: Frame): boolean {
  const [x, y] = [a.when.reported, b.when.reported];
  return x !== undefined && y !== undefined && x !== y && !fixedOnceHappened(a.quantity.unit);
}

/** Words that tell a figure as an estimate, whatever its verb: "estimates show", "estimated at", "projected". */
const ESTIMATE_WORDS = ['estimate', 'estimates', 'estimated', 'estimating', 'projected', 'projection', 'projections'];
const toldAsEstimate = (f: Frame) => ESTIMATE_WORDS.some((w) => f.words.has(w));
/**
 * Words that tell a figure as where something is projected to come, as an estimate's source words it, each with why:
 * one side may tell an estimate with them and the other with "estimates".
 */
const PROJECTION_WORDS: { word: string; reason: string }[] = [
  { word: 'expected', reason: '"companies are expected to see losses of about $5.4 billion", an analyst\'s estimate' },
  { word: 'likely', reason: '"is likely to be no more than 10% to 20%", said of an estimate\'s range' },
  { word: 'forecast', reason: '"a forecast of $2 billion in claims", "is forecast to cost"' },
  { word: 'forecasts', reason: '"the firm forecasts losses of $1.5 billion"' },
  { word: 'forecasted', reason: '"forecasted insured losses of $1.5 billion"' },
];
const PROJECTING = PROJECTION_WORDS.map((p) => p.word);
const toldAsProjection = (f: Frame) => PROJECTING.some((w) => f.words.has(w));

/**
 * An estimate told as what a figure could come to on one side ("estimates show the damage could reach $15
 * billion", "companies are expected to see losses of about $5.4 billion", a plan or condition to extraction) and
 * as what it is put at on the other ("damage estimated at $15 billion", "Parametrix estimates ... ($1.938
 * billion)"): one estimate told with a modal or without, both sentences telling it as an estimate or a projection.
 * A cost told as what a thing will cost is such an estimate.
 */
function oneEstimate(a: Frame, b: Frame): boolean {
  const [plan, other] = a.quantity.scope === 'plan' ? [a, b] : [b, a];
  if (plan.quantity.scope !== 'plan' || other.quantity.scope !== 'other') return false;
  if (!toldAsEstimate(other) && !toldAsProjection(other)) return false;
  // What a thing will cost ("it will cost about $5.52 billion to rebuild") is an estimate of its cost.
  return toldAsEstimate(plan) || toldAsProjection(plan) || plan.event === 'cost';
}

/**
 * Words that make a plan a possibility or a condition rather than what is settled, each with why: what may come is
 * not what a deal or a rule sets. Forecasts, projections and estimates are possibilities too (`POSSIBILITY`).
 */
const MAY_COME_WORDS: { word: string; reason: string }[] = [
  { word: 'could', reason: '"the party could win as many as 260 seats"' },
  { word: 'might', reason: '"losses might reach $2 billion"' },
  { word: 'may', reason: '"may be able to begin paying depositors" (and the month, which only keeps more apart)' },
  { word: 'if', reason: '"if the deal is approved, pay would rise 20%": a condition' },
  { word: 'poll', reason: '"a poll gives the party 260 seats"' },
  { word: 'polls', reason: '"polls project 260 seats"' },
];
const POSSIBILITY = [...MAY_COME_WORDS.map((p) => p.word), ...ESTIMATE_WORDS, ...PROJECTING];

/**
 * A figure a settled plan sets ("will rise to $119,309 under the new contract", "will receive a 38% salary
 * increase", a plan to extraction) and one stated with no time ("raising the average annual wage to $119,309", "the
 * deal includes a 38% wage increase"): the terms of one deal or rule told as to come or as they stand, so the same
 * figure may be one. Weak evidence only: a plan's figure is often another than what came. Not a plan told as a
 * possibility or a forecast (`POSSIBILITY`: "could win as many as 260 seats", "forecasts ranging from 40,000").
 */
function settledAndStated(a: Frame, b: Frame): boolean {
  const [plan, other] = a.quantity.scope === 'plan' ? [a, b] : [b, a];
  if (plan.quantity.scope !== 'plan' || other.quantity.scope !== 'other') return false;
  return !POSSIBILITY.some((w) => plan.words.has(w));
}

/** The year a figure's own words name when it is before its report's year ("its 2019 tally"), else null. */
export function pastYear(f: Frame): number | null {
  const reported = f.when.reported ? Number(f.when.reported.slice(0, 4)) : null;
  return f.year !== null && reported !== null && f.year < reported ? f.year : null;
}

/**
 * "its 2019 tally of 52" and "52 it won in 2019": figures of one past year whose sentences lend them scopes that
 * do not meet ("was expected to take 99 seats, almost doubling its 2019 tally of 52" is no plan for the 52).
 */
function onePastYear(a: Frame, b: Frame): Sameness {
  const year = pastYear(a);
  return year !== null && year === pastYear(b) ? 'likely' : null;
}

function sameScope(a: Frame, b: Frame): Sameness {
  const qa = a.quantity;
  const qb = b.quantity;
  if (ofAnotherOccasion(a, b)) return null;
  // A moment of a count still going on ("according to partial results") against the final figure or another moment
  // of it: one count at two times (count-under-way.ts).
  if (a.underWay || b.underWay) return 'series';
  // Totals over one period told as over ("the truce, which broke down on Sunday, saw 70 freed") are that period's,
  // whatever day the words of its end lend the figure (when.ts, `closed`).
  if (a.when.closed && a.when.closed === b.when.closed && !a.earlier && !b.earlier) return 'same';
  const kind = a.kind;
  // How many people live in a place does not move between one story's reports (standing.ts).
  // Of two places named, two populations.
  if (a.population !== null && b.population !== null && !a.earlier && !b.earlier)
    return a.population && b.population && a.population !== b.population ? null : 'same';
  // A quake's magnitude is the quake's: a day told with it on one side only dates the quake, not the figure.
  if (fixedOnceHappened(qa.unit) && qa.unit === qb.unit && (qa.scope === 'other' || qb.scope === 'other'))
    return 'same';
  // A superseded or dated-back figure ("revised down from 1,400", "a year earlier") is of an earlier time.
  // Two figures both set before their reports may be set at different earlier times.
  const time = a.earlier !== b.earlier ? 'different' : a.earlier ? 'unknown' : sameTime(a.when, b.when);
  // "Tuesday's shelling killed 40" and "35 were killed on Tuesday": that day's toll, as of each report (when.ts).
  const eventDay =
    CHANGES_OVER_TIME.has(kind) && !a.earlier && !b.earlier && eventAgainstDay(a.when, b.when, qa.scope, qb.scope);
  // One day's toll told twice on that very day (an event's day against a count of it, or two counts of it),
  // the day not over: a morning's count and an evening's.
  const oneDay = eventDay === 'same' || (time === 'same' && qa.scope === 'single_day' && qb.scope === 'single_day');
  if (oneDay && countedWithinDay(a, b) && dayInProgress(a.when, b.when)) return 'series';
  if (eventDay) return eventDay;
  if (CHANGES_OVER_TIME.has(kind) && runningOrUnstated(qa) && runningOrUnstated(qb)) {
    // Tolls of events on different days ("Sunday's blast", "Monday's blast") are of two events.
    if (differentEventDays(a.when, b.when)) return null;
    // One total reported at two times is a series; a one-time figure a month later is the next one (series.ts).
    if (time === 'different') return separateReleases(a, b) ? null : 'series';
    if (a.earlier && b.earlier) return 'likely';
    // A toll updated through the day, reported twice that day, may be a morning's count and an evening's
    // (series.ts, `hourly`): one count only when both name the moment; at an unknown time, no conflict either.
    // A day both name bare, the day each was told on ("Police on Monday said"), is no moment either (when.ts).
    if (countedWithinDay(a, b) && (!namedMoment(a.when, b.when) || (bareReportDay(a.when) && bareReportDay(b.when))))
      return time === 'same' ? 'series' : 'likely';
    // A list given out once a day, its day named on one side only: the other report's may be the day before's. A
    // span's start ("since the disaster hit") names no day.
    if (time === 'same' && listedDaily(a, b) && namesDay(a.when) !== namesDay(b.when)) return 'likely';
    // Totals over periods told differently ("since October 21", "during the strike") may both be right.
    if (qa.scope === 'cumulative' && qb.scope === 'cumulative' && qa.anchor !== qb.anchor && qa.anchor && qb.anchor)
      return 'likely';
    // Two running totals said to be such ("so far", "still", "as of Sunday") at one time are one total; a
    // count with no scope may be a part of the day's news (one province's injured, one hour's toll), and
    // may agree, never conflict, even when reported the same day. A day told to the hour on one side only
    // ("as of Wednesday morning", "on Wednesday") may be two counts; a day told but not understood ("as of
    // early" read as the day) is no evidence of one time.
    const oneTime = time === 'same' ? sameMoment(a.when, b.when) : !untoldDay(a) && !untoldDay(b);
    if (qa.scope === 'cumulative' && qb.scope === 'cumulative' && oneTime) return 'same';
    // A running total against a count with no scope of the same named thing and deed, not a toll ("61
    // detainees released to date", "58 detainees were released"): a toll's day holds many part counts (one
    // province's dead, one hour's), a release or an arrest of a named group rarely does.
    // Both reports' days must be known: a page of unknown date may be weeks from the source.
    return time === 'same' && oneTime && (oneNamedDeed(a, b) || oneShareOfDeed(a, b)) ? 'same' : 'likely';
  }
  if (qa.scope === 'other' && qb.scope === 'other')
    return kind === 'other' && readOnOtherDays(a, b) ? 'likely' : 'same';
  if (oneEstimate(a, b)) return 'likely';
  if (settledAndStated(a, b)) return 'weak';
  // The terms of a deal ("two shares for every share held") are the same whether quoted or stated as terms, and
  // so is a length planned and told ("will last for three months", "a state of emergency for three months").
  if (
    (kind === 'ratio' || kind === 'duration') &&
    (qa.scope === 'plan' || qb.scope === 'plan') &&
    (qa.scope === 'other' || qb.scope === 'other')
  )
    return 'likely';
  if (qa.scope === 'period' && qb.scope === 'period') {
    const period = samePeriod(qa.anchor, qb.anchor);
    // A change within a period may be measured against different bases ("up 3.1% from a year earlier",
    // "up 0.2% from October"): it may agree, never conflict.
    return period && isChange(a.event) ? 'likely' : period;
  }
  if (qa.scope === 'single_day' && qb.scope === 'single_day') {
    if (time !== 'unknown') return time === 'same' ? 'same' : null;
    return qa.anchor === qb.anchor ? 'same' : null;
  }
  if (qa.scope === qb.scope) return 'same';
  if (kind === 'other' && measuredThatDay(a, b) && closeMeasures(a, b)) return 'same';
  if (dayAgainstUntimedTotal(a, b)) return 'likely';
  const unstated = qa.scope === 'other' ? qb : qb.scope === 'other' ? qa : null;
  return unstated && (unstated.scope === 'cumulative' || unstated.scope === 'single_day' || unstated.scope === 'period')
    ? 'likely'
    : null;
}

/** The places a figure's own words name: where extraction read it, and whose or where its part says ("in Kerala"). */
const placesOf = (f: Frame): string[] => (f.quantity.place ? [f.quantity.place, ...f.names] : f.names);

/**
 * Whether a frame names a place the other does not, nor one inside or around it ("korea", "south korea"): its figure
 * may be a part's ("60 homes in the upper village").
 */
export function placeOnlyIn(a: Frame, b: Frame): boolean {
  const others = placesOf(b);
  return placesOf(a).some((p) => !others.some((q) => samePlace(p, q)));
}

/** "congo" and "democratic republic of congo", "korea" and "south korea" may name one place; "north korea" and "south korea" do not. */
function samePlace(a: string, b: string): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  // The word's bounds read in place: half the pairs of a check end here, two different places.
  return (
    shorter === longer ||
    (longer.startsWith(shorter) && longer[shorter.length] === ' ') ||
    (longer.endsWith(shorter) && longer[longer.length - shorter.length - 1] === ' ')
  );
}

const REPEATABLE = new Set(['extension']);

/**
 * The fields two frames are weighed on, the cheap ones first: most candidates differ in what happened
 * or in the unit. Named so that a near miss can say which field kept two figures apart ("different day").
 */
export const FIELDS = ['unit', 'place', 'thing', 'event', 'time'] as const;
export type Field = (typeof FIELDS)[number];

/** Units a sum may be told per that make it a price of one thing, not a rate over time. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year']);

/**
 * A price told with and without what it is the price of, in one currency: "raised its dividend from $0.04 to $0.10 per
 * share" (the first figure's "per share" said once, after the second), "a share price of around $950" and "closing at
 * $949.50 per share", "gold at $2,300" and "$2,300 an ounce". Not a sum per hour or per year: a wage and a salary.
 */
function pricePerItemOrNot(a: Frame, b: Frame): boolean {
  if (a.kind !== 'money' || b.kind !== 'money') return false;
  // "usd" and "usd/share": the whole unit's family, then the same with one item after a slash ("cent/share" is in
  // dollars per share).
  const aWhole = !a.family.includes('/');
  const whole = aWhole ? a.family : b.family;
  const per = aWhole ? b.family : a.family;
  if (whole.includes('/') || !per.startsWith(whole) || per[whole.length] !== '/') return false;
  const item = per.slice(whole.length + 1);
  return !item.includes('/') && !TIME_UNITS.has(item);
}

function unitGrade(a: Frame, b: Frame): Sameness {
  const qa = a.quantity;
  const qb = b.quantity;
  // Most pairs are of one kind in one unit, which every rule below leaves the same.
  if (qa.unit === qb.unit && a.kind === b.kind && a.family === b.family && !a.converted && !b.converted) return 'same';
  // A rate moved "by 0.25%" is moved by a quarter of a percentage point, as writers often put it.
  if (a.kind === 'percent' && b.kind === 'percent' && pointsTold(a, b)) return 'likely';
  if (pricePerItemOrNot(a, b)) return 'likely';
  // A rate over one span told over another ("30,000 vehicles a day", "11 million a year") is one rate, an average
  // restated: the days of a year are not all alike, so it may agree or fit, never conflict.
  if (a.kind === 'rate' && b.kind === 'rate' && qa.unit !== qb.unit)
    return ratesOverSpans(qa.unit, qb.unit) ? 'likely' : null;
  if (a.kind !== b.kind || a.family !== b.family) return null;
  // Lengths of time convert exactly ("a week", "seven days"), and one unit spelt two ways ("km/h", "kph") is one unit.
  // A measure converted in brackets ("15.5 km (9.6 miles)") weighs as the measure it restates, in its own unit.
  if (a.converted || b.converted) return closeMeasures(a, b) ? 'same' : 'likely';
  if (qa.unit === qb.unit || a.family === 'time' || unitFactor(qa.unit) === unitFactor(qb.unit)) return 'same';
  // A figure converted between units ("30 miles", "48 km") carries the rounding of the conversion (interval.ts).
  return closeMeasures(a, b) ? 'same' : 'likely';
}

/** Two rates over spans of time ("per day", "per year"). */
const ratesOverSpans = (a: string, b: string) => perSpanDays(a) !== null && perSpanDays(b) !== null;

/** A rate's move told in percentage points on one side and in percent on the other, of one named rate. */
function pointsTold(a: Frame, b: Frame): boolean {
  if (a.family === b.family || ![a.family, b.family].every((f) => f === '%' || f === 'pp')) return false;
  // The side in percent moves the rate ("by 0.25%"): a level in percent is no move in points.
  if (a.head !== '' && a.head === b.head) return [a, b].every((f) => f.family === 'pp' || f.change);
  // The side in percent named as a move ("the 0.25% increase"), the side in points as what moved ("raised interest
  // rates by a quarter of a point"), as a move too ("a quarter-point hike") or as a change the same way with what moved
  // named away from it ("lowered its key rate, at a record high since May, by 0.25 percentage points").
  const [percent, points] = a.family === '%' ? [a, b] : [b, a];
  return isMoveNoun(percent.head) && (points.head !== '' || changeByMove(percent, points));
}

/**
 * One side names a move by its noun ("the 0.25% reduction"), the other tells its figure as a change the same way
 * ("cut rates by 0.25%", "lowered its key rate by 0.25 points"), not the other way ("shares rose 0.25%"): the
 * figure may be the size of that move. Read in the unit field (`pointsTold`) and the thing field (`movedBy`).
 */
function changeByMove(move: Frame, moved: Frame): boolean {
  const way = moveWay(move.head);
  return way !== null && moved.change && !moved.event.startsWith(way === 'rise' ? 'fall' : 'rise');
}

/** The other side tells what moved ("cut rates by 0.25%"), not a move of its own ("a 0.25% cut"). */
const movedBy = (move: Frame, moved: Frame) => !isMoveNoun(moved.head) && changeByMove(move, moved);

/** Which way a noun of a move goes ("increase", "hike": a rise; "cut", "reduction": a fall), by TOLD_ALIKE in kin.ts. */
const moveWay = (head: string): 'rise' | 'fall' | null => (head === '' ? null : moveWayOf(head));
// Asked of both heads of most pairs that name different things: remembered by noun.
const moveWayOf = memoized((head: string): 'rise' | 'fall' | null =>
  toldAlike(head, 'rise') !== null ? 'rise' : toldAlike(head, 'cut') !== null ? 'fall' : null,
);

/** A noun that names a move up or down of what a figure measures ("increase", "hike", "cut"). */
const isMoveNoun = (head: string) => moveWay(head) !== null;

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/**
 * A nationality read as a place ("killed in Israeli strikes", "in Turkish cities": an adjective after "in")
 * names no place: the place field holds places only. Remembered by place: half the pairs of a check name two
 * places, and a corpus names few.
 */
const placeNamed = memoized((place: string) => (isDemonym(capitalised(place)) ? '' : place));
export const placeOf = (f: Frame) => placeNamed(f.quantity.place);

function placeGrade(a: Frame, b: Frame): Sameness {
  // Most pairs name no place on one side or the same on both: the nationalities are read only for two places.
  const pa = a.quantity.place;
  const pb = b.quantity.place;
  if (!pa || !pb || samePlace(pa, pb)) return 'same';
  return placeOf(a) && placeOf(b) ? null : 'same';
}

function thingGrade(a: Frame, b: Frame): Sameness {
  const thing = sameThing(a, b);
  if (thing) return thing;
  return a.kind === 'ratio' && sameRatioTerms(a.quantity, b.quantity) ? 'likely' : null;
}

function eventGrade(a: Frame, b: Frame): Sameness {
  // A deadline may be extended more than once ("by two days, then by one more day"): extensions may agree, never conflict.
  const repeatable: Sameness = REPEATABLE.has(a.quantity.lemma) ? 'likely' : 'same';
  return weaker(sameEvent(a, b), repeatable);
}

const GRADERS: Record<Field, (a: Frame, b: Frame) => Sameness> = {
  unit: unitGrade,
  place: placeGrade,
  thing: thingGrade,
  event: eventGrade,
  time: (a, b) => sameScope(a, b) ?? onePastYear(a, b),
};

/** How sure one field alone is that two frames are one quantity. */
export const fieldGrade = (field: Field, a: Frame, b: Frame): Sameness => GRADERS[field](a, b);

/** How sure we are that two frames are one quantity: the weakest of their fields. */
export function sameness(a: Frame, b: Frame): Sameness {
  let grade: Sameness = 'same';
  for (const field of FIELDS) {
    grade = weaker(grade, GRADERS[field](a, b));
    if (grade === null) return null;
  }
  return grade;
}

/** What keeps two frames apart: the first field that does, and how many do (the nearest miss has the fewest). */
export interface Apart {
  field: Field;
  fields: number;
}

/** Which fields tell two frames apart, all of them weighed: for saying why two figures were not matched. */
export function apartOf(a: Frame, b: Frame): Apart | null {
  const apart = FIELDS.filter((f) => GRADERS[f](a, b) === null);
  return apart.length ? { field: apart[0]!, fields: apart.length } : null;
}

/**
 * The same figure for the same thing in a context we cannot align ("10 patients per day" vs "treating
 * 10 women and children patients" for the next day): worth showing as agreement, never as a conflict.
 * Small numbers are left out: two "two"s agree by coincidence too often to mean anything.
 */
export function sameFigureLooseContext(a: Frame, b: Frame): boolean {
  if (!a.head || a.head !== b.head) return false;
  // "200 people were evacuated" and "almost 200 were injured", "200 are stranded" and "200 are missing": two of the
  // running totals of series.ts, said on each side, count two groups; the same figure is then a coincidence.
  if (differentTotals(a, b)) return false;
  if (differentDeedDays(a.when, a.quantity.scope, b.when, b.quantity.scope)) return false;
  const counting = (k: Kind) => k === 'count' || k === 'rate';
  if (!(a.kind === b.kind || (counting(a.kind) && counting(b.kind)))) return false;
  return groupsNest(a.quantity.groups, b.quantity.groups);
}

export const LOOSE_MIN_VALUE = 10;
