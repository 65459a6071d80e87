import { EVENT_NOUNS, EVENTS, RUNNING_TOTALS as RUNNING_TOTAL_NOUNS } from '../claims/lexicon';
import type { Frame } from './frame';
import { unitFactor } from '../claims/units';
import { OFFSET_WORDS } from './time-words';
import { daysBetween, eventAgainstDay, hoursBetween } from './when';

/**
 * Running totals: counts that news reports again and again as they change (tolls, the injured, the
 * missing, arrests, cases...). Reports of one at different times form a time series, never a
 * contradiction: a later, larger toll is newer news, not a conflict with an earlier one. A total that
 * `rises` only (the dead do not come back) and is reported lower later has been revised, which the card
 * says. Events are the lexicon's event classes (lib/claims/lexicon.ts, EVENT_FORMS).
 */
export const RUNNING_TOTAL_EVENTS: {
  event: string;
  rises: boolean;
  hourly: boolean;
  /** Whether only people undergo it: buildings are destroyed, aid trucks enter. */
  ofPeople: boolean;
  reason: string;
}[] = [
  {
    event: 'kill',
    rises: true,
    hourly: true,
    ofPeople: true,
    reason: 'the dead are counted as bodies are found and deaths confirmed, bulletin after bulletin within a day',
  },
  {
    event: 'injure',
    rises: true,
    hourly: true,
    ofPeople: true,
    reason: 'the injured are counted as hospitals and agencies report them, several times a day',
  },
  {
    event: 'missing',
    rises: false,
    hourly: false,
    ofPeople: true,
    reason:
      'the missing are a list the authorities keep, found or found dead: it falls as well as rises, and one day gives one list',
  },
  {
    event: 'hold',
    rises: false,
    hourly: false,
    ofPeople: true,
    reason:
      'those still held or trapped fall as they are freed or reached, events reported as such: one day gives one count',
  },
  {
    event: 'flee',
    rises: false,
    hourly: true,
    ofPeople: true,
    reason: 'the displaced are counted as they flee and fall as they return; agencies update the count within a day',
  },
  {
    event: 'arrest',
    rises: true,
    hourly: true,
    ofPeople: true,
    reason: 'arrests add up over days of unrest, and police update them through a night of it',
  },
  {
    event: 'evacuate',
    rises: true,
    hourly: true,
    ofPeople: true,
    reason: 'the evacuated and the rescued add up as operations go on, through the day',
  },
  {
    event: 'infect',
    rises: true,
    hourly: true,
    ofPeople: true,
    reason: 'cases add up over an outbreak; national and international bulletins of one day give different counts',
  },
  {
    event: 'destroy',
    rises: true,
    hourly: true,
    ofPeople: false,
    reason: 'buildings destroyed or damaged are counted as assessors reach them, area after area',
  },
  {
    event: 'release',
    rises: true,
    hourly: false,
    ofPeople: true,
    reason: 'captives freed add up over an exchange, batch by batch: reports of one day count the same batches',
  },
  {
    event: 'enter',
    rises: true,
    hourly: false,
    ofPeople: false,
    reason: "aid trucks or people let in add up, counted once a day by the crossing's authority",
  },
  {
    event: 'seize',
    rises: true,
    hourly: false,
    ofPeople: true,
    reason: 'people taken add up as the count is established, over days, not by the hour',
  },
];

/**
 * Nouns that count a running total when no verb says what happened ("300 cases", "45 arrests"), with the
 * event they stand for. The lexicon's nouns for events ("deaths", "injured") and for totals ("toll",
 * "tally") are added to these.
 */
export const RUNNING_TOTAL_HEADS: { head: string; event: string; reason: string }[] = [
  { head: 'case', event: 'infect', reason: '"300 cases of cholera": people infected' },
  { head: 'arrest', event: 'arrest', reason: '"45 arrests": people arrested' },
  { head: 'arrestee', event: 'arrest', reason: 'people arrested' },
  { head: 'evacuee', event: 'evacuate', reason: 'people evacuated' },
  { head: 'survivor', event: 'evacuate', reason: '"80 survivors pulled from the rubble": people rescued' },
  { head: 'victim', event: 'kill', reason: "a disaster's victims are its dead" },
  { head: 'body', event: 'kill', reason: '"the bodies of 200 victims were recovered": the dead' },
  { head: 'casualty', event: 'kill', reason: 'casualties, the dead (and wounded), rise as a toll does' },
  { head: 'refugee', event: 'flee', reason: 'people who fled' },
  { head: 'evacuation', event: 'evacuate', reason: 'people evacuated' },
];

/**
 * Participles said of counted people that make a running total when no verb the lexicon knows says what
 * happened ("3,283 people had been buried so far", "60 miners remain trapped"), with the event they stand for.
 */
export const RUNNING_TOTAL_PREDICATES: { word: string; event: string; reason: string }[] = [
  { word: 'buried', event: 'kill', reason: 'the dead buried are counted as a toll is, and rise with it' },
  { word: 'trapped', event: 'hold', reason: 'those trapped fall as they are reached' },
  { word: 'stranded', event: 'hold', reason: 'those stranded fall as they are reached' },
  { word: 'hospitalized', event: 'injure', reason: 'the hospitalised are counted as the injured are' },
  { word: 'hospitalised', event: 'injure', reason: 'the British spelling' },
  { word: 'detained', event: 'arrest', reason: 'detentions add up as arrests do' },
];
const EVENT_OF_PREDICATE = new Map(RUNNING_TOTAL_PREDICATES.map((p) => [p.word, p.event]));

/**
 * What befell what a figure counts: its event, or else the event of what is said of it ("200 people are stranded"
 * is no verb the lexicon knows, and still tells a state that keeps them apart from the missing or the rescued).
 */
export const stateOf = (frame: Pick<Frame, 'event' | 'predicate'>): string =>
  frame.event || (EVENT_OF_PREDICATE.get(frame.predicate) ?? '');

/** Whether what befell each figure's people is one of the running totals of people, a different one on each side. */
export function differentTotals(a: Pick<Frame, 'event' | 'predicate'>, b: Pick<Frame, 'event' | 'predicate'>): boolean {
  const sa = BY_EVENT.get(stateOf(a));
  if (!sa?.ofPeople) return false;
  const sb = BY_EVENT.get(stateOf(b));
  return Boolean(sb?.ofPeople && sa !== sb);
}

const BY_EVENT = new Map(RUNNING_TOTAL_EVENTS.map((t) => [t.event, t]));
const EVENT_OF_HEAD = new Map<string, string>([
  ...RUNNING_TOTAL_HEADS.map((h): [string, string] => [h.head, h.event]),
  ...Object.entries(EVENT_NOUNS),
  ...[...RUNNING_TOTAL_NOUNS].map((noun): [string, string] => [noun, 'kill']),
]);

/** The event classes the lexicon knows, so that a table entry naming another is caught by a test. */
export const KNOWN_EVENTS = new Set(EVENTS.values());

/**
 * What is sent to a disaster or an operation, counted when nothing says what befell it ("9 NDRF teams", "some 200
 * ambulances", "4,600 troops"): a deployment grows as the operation goes on and shrinks as it winds down, and is
 * told again through the day, so its counts at different times are a series, never a contradiction.
 */
export const DEPLOYED_HEADS: { head: string; reason: string }[] = [
  { head: 'team', reason: '"3 NDRF teams" on Friday night, "9 teams of NDRF" on Sunday' },
  { head: 'unit', reason: '"5 ODRAF units engaged in the rescue"' },
  { head: 'ambulance', reason: '"around 100 ambulances", "over 200 ambulances" a day later' },
  { head: 'doctor', reason: '"100 additional doctors, on top of 80 already there"' },
  { head: 'rescuer', reason: '"more than 24,000 rescuers" one day, more the next' },
  { head: 'troop', reason: '"about 1,000 troops" raised to 4,600' },
  { head: 'soldier', reason: '"5,000 more soldiers" sent to join those already there' },
  { head: 'personnel', reason: '"approximately 4,600 personnel involved"' },
  { head: 'firefighter', reason: '"300 firefighters" as crews arrive' },
  { head: 'helicopter', reason: '"a dozen helicopters" joining the search' },
];
const DEPLOYED = new Set(DEPLOYED_HEADS.map((h) => h.head));
const DEPLOYMENT = { event: 'deployed', rises: false, hourly: true };

/** The running total a figure counts, or null: by what happened to it, else by what it counts. */
export function runningTotalOf(
  frame: Pick<Frame, 'kind' | 'event' | 'head'> & { predicate?: string; people?: boolean },
): { event: string; rises: boolean; hourly: boolean } | null {
  if (frame.kind !== 'count') return null;
  const byHead = BY_EVENT.get(frame.event) ?? BY_EVENT.get(EVENT_OF_HEAD.get(frame.head) ?? '');
  if (byHead || frame.event) return byHead ?? null;
  if (DEPLOYED.has(frame.head)) return DEPLOYMENT;
  // What is said of a thing named is no running total of people: houses buried are not the dead buried.
  if (!('predicate' in frame) || (frame.people === false && frame.head !== '')) return null;
  // Read last: what is said of the counted people ("3,283 people had been buried") is read on demand.
  return BY_EVENT.get(EVENT_OF_PREDICATE.get(frame.predicate ?? '') ?? '') ?? null;
}

/**
 * Whether a figure tells how far something that accumulates has come: a running total, a share of one
 * thing a deed of one befell ("40% of the vineyards destroyed"), which grows as the count does, or any figure of a
 * count still going on ("40.2% according to partial results": count-under-way.ts).
 */
export const accumulates = (
  frame: Pick<Frame, 'kind' | 'event' | 'head'> & { predicate?: string; underWay?: boolean },
): boolean =>
  runningTotalOf(frame) !== null || (frame.kind === 'percent' && BY_EVENT.has(frame.event)) || frame.underWay === true;

/**
 * Whether two figures count one running total that is updated within a day (`hourly`): two reports of it
 * on one day may be a morning's count and an evening's, so they differ without contradicting each other.
 */
export function countedWithinDay(a: Frame, b: Frame): boolean {
  const total = runningTotalOf(a);
  return Boolean(total?.hourly && runningTotalOf(b)?.event === total.event);
}

/**
 * Whether two figures count one stock of people kept as a list and given out once a day (`hourly` false, `rises`
 * false: the missing, those still trapped): a report that names the day of its figure and one dated by its report
 * alone may give two days' lists, since a report gives the latest list it has, often the day before's.
 */
export function listedDaily(a: Frame, b: Frame): boolean {
  const total = runningTotalOf(a);
  return Boolean(total && !total.hourly && !total.rises && runningTotalOf(b)?.event === total.event);
}

/**
 * One day's toll of a disaster told in reports of different days ("711 were injured" when the quake struck on
 * Wednesday, "Wednesday's quake injured more than 1,000" two days on): the dead and the hurt of a day are
 * counted for days after it, as bodies are found and the injured registered, so the later report's figure is
 * a later point of one count, never a contradiction. A count made once a day, batch by batch (captives
 * released, trucks let in), is final for its day.
 */
export const dayRecounted = (a: Frame, b: Frame): boolean =>
  a.quantity.scope === 'single_day' &&
  b.quantity.scope === 'single_day' &&
  a.when.day !== null &&
  a.when.day === b.when.day &&
  a.when.reported !== b.when.reported &&
  countedWithinDay(a, b);

/** Where a report stands against the checked figure in time. */
export type Order = 'older' | 'newer' | 'same time';

/** A report of one running total: its figure, its value and its frame. */
export interface Report {
  text: string;
  value: number;
  frame: Frame;
}

/** How far a running total moves between two reports and still is one series: see `inSeries`. */
export const MAX_GROWTH_PER_DAY = 10;
export const MAX_REVISION = 3;

/**
 * Whether two reports of one running total at different times may be one series, however far apart their
 * figures: a toll may grow sevenfold in four days (2,800 dead on Monday, 20,000 by Friday; early on, six
 * dead become 36 within a day) and be revised down to a third (11,300 to 3,958), never a contradiction.
 * Beyond that (a day's 109 dead a day after a war's 14,800) the two count different things.
 */
export function inSeries(a: Report, b: Report): boolean {
  const total = runningTotalOf(a.frame);
  if (!total || runningTotalOf(b.frame)?.event !== total.event) return false;
  const hours = hoursBetween(a.frame.when, b.frame.when);
  if (hours === null || a.value <= 0 || b.value <= 0) return false;
  // Two reports of one day whose hours are not told: the lower may be the morning's.
  const [earlier, later] =
    hours > 0
      ? [b.value, a.value]
      : hours < 0
        ? [a.value, b.value]
        : [Math.min(a.value, b.value), Math.max(a.value, b.value)];
  const days = Math.max(1, Math.abs(hours) / 24);
  return later >= earlier ? later <= earlier * MAX_GROWTH_PER_DAY * days : later * MAX_REVISION >= earlier;
}

/**
 * A later report below an earlier one of a total that only rises ("11,300 dead" on Saturday, "3,958" on
 * Monday): the toll was revised down, not counted on.
 */
export function revisedDown(later: Report, earlier: Report): boolean {
  const total = runningTotalOf(later.frame);
  return Boolean(total?.rises) && later.value < earlier.value;
}

/** One point of a running total on the card: the figure, when it holds, where it stands against the page's. */
export interface SeriesPoint {
  text: string;
  /** The time words as the report gives them ("as of sunday night", "by monday"), or ''. */
  words: string;
  /** The day it holds for (YYYY-MM-DD), or null. */
  day: string | null;
  /** 'this' for the checked figure itself. */
  order: Order | 'this';
  /** A report lower than an earlier one of a total that only rises. */
  revised: boolean;
  /** The outlet of the report, '' for the checked figure. */
  outlet: string;
}

/** Hours from one report to another; a count of an event's day and its toll reported that day are one time. */
const hoursApart = (a: Frame, b: Frame) =>
  eventAgainstDay(a.when, b.when, a.quantity.scope, b.quantity.scope) === 'same' ? 0 : hoursBetween(a.when, b.when);

/** At most this many reports in the line: the nearest in time to the checked figure. */
export const MAX_POINTS = 6;

/**
 * The running total the checked figure belongs to, as the card lists it: its reports at other times and
 * the figure itself, in order of time, each with its time words and whether it is older or newer; null
 * when the figure counts no running total or no report of it is of another time.
 */
export function seriesOf(claim: Report, reports: (Report & { outlet: string })[]): SeriesPoint[] | null {
  if (!runningTotalOf(claim.frame)) return null;
  const dated = reports
    .filter((r) => runningTotalOf(r.frame)?.event === runningTotalOf(claim.frame)!.event)
    .map((r) => ({ r, hours: hoursApart(r.frame, claim.frame) }))
    .filter((x): x is { r: Report & { outlet: string }; hours: number } => x.hours !== null);
  if (!dated.some((x) => x.hours !== 0)) return null;
  const seen = new Set<string>();
  const nearest = dated
    .sort((x, y) => Math.abs(x.hours) - Math.abs(y.hours))
    .filter(({ r }) => {
      const key = `${r.value}|${r.frame.when.day}|${r.frame.when.words}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, MAX_POINTS);
  const points = [
    { r: { ...claim, outlet: '' }, hours: 0, self: true },
    ...nearest.map((x) => ({ ...x, self: false })),
  ].sort((x, y) => x.hours - y.hours || Number(y.self) - Number(x.self));
  return points.map(({ r, hours, self }, i) => ({
    text: r.text,
    words: r.frame.when.words,
    day: r.frame.when.day,
    order: self ? 'this' : hours > 0 ? 'newer' : hours < 0 ? 'older' : 'same time',
    revised: points.slice(0, i).some((p) => hoursBetween(r.frame.when, p.r.frame.when)! > 0 && revisedDown(r, p.r)),
    outlet: r.outlet,
  }));
}

/**
 * What an official statistic released once a period counts (a month's rate, its inflation): told again within
 * a release (`ONE_TIME_DAYS`), named alike with its sub-group, it is one figure. Not a market's rate or a fire's
 * containment, which move from day to day.
 */
export const RELEASED_STATISTICS: { head: string; reason: string }[] = [
  { head: 'rate', reason: '"the labor force participation rate", "the jobless rate for women": a monthly release' },
  { head: 'unemployment', reason: '"youth unemployment": a monthly or quarterly release' },
  { head: 'inflation', reason: '"core inflation", "food inflation": a monthly release' },
];
const RELEASED = new Set(RELEASED_STATISTICS.map((s) => s.head));
export const releasedStatistic = (head: string): boolean => RELEASED.has(head);

/**
 * Days apart beyond which two reports of a quantity that is no running total (a monthly rate, a forecast, a
 * month's payroll gain), neither saying when it holds, are taken for two quantities: most official figures
 * come monthly, so reports four weeks apart are of the next release, the next forecast. Closer reports are
 * most often of one release, told again (a weekly's recap of the month's jobs figure).
 */
export const ONE_TIME_DAYS = 28;

/** Two reports of a one-time quantity, dated by their reports alone, too far apart to be of one release. */
export function separateReleases(a: Frame, b: Frame): boolean {
  if (runningTotalOf(a) || runningTotalOf(b) || a.when.words || b.when.words) return false;
  if (!a.when.day || !b.when.day) return false;
  return Math.abs(hoursBetween(a.when, b.when)!) > ONE_TIME_DAYS * 24;
}

// The offset words that place the event's day from the report's: its day is the report's less (or plus) the length.
const ELAPSED_SIGN = new Map(OFFSET_WORDS.flatMap((w) => (w.elapsed ? [[w.words, w.elapsed] as const] : [])));

/** Lengths counted in whole days: an hour or a minute from an event is the time of a deed, not of the report. */
const WHOLE_DAY_UNITS: ReadonlySet<string> = new Set(['day', 'week']);

/**
 * Two lengths from an event that name nothing they time, in reports of different days ("three days after the
 * floods began" on Friday, "five days after the floods" on Sunday): the time since an event grows with each
 * report's date, so lengths that place the event on one day, give or take the day the writer counts from, tell
 * one elapsed time at two dates, not two lengths of one thing.
 */
export function elapsedSinceOneEvent(a: Frame, b: Frame): boolean {
  const sign = ELAPSED_SIGN.get(a.head.trim());
  const [ra, rb] = [a.when.reported, b.when.reported];
  if (sign === undefined || a.head !== b.head || !ra || !rb || ra === rb) return false;
  if (!WHOLE_DAY_UNITS.has(a.quantity.unit) || !WHOLE_DAY_UNITS.has(b.quantity.unit)) return false;
  const days = (f: Frame) => f.value * unitFactor(f.quantity.unit);
  return Math.abs(daysBetween(ra, rb) - sign * (days(a) - days(b))) <= 1;
}

/**
 * What is traded, whose price moves by the minute: its change told in reports of one day ("shares were down 44% in
 * premarket trading", "62% in premarket trading Friday") is read at different moments, so close figures differ
 * without contradicting each other.
 */
export const TRADED_HEADS: { head: string; reason: string }[] = [
  { head: 'share', reason: '"shares of the bank were down 44% in premarket trading"' },
  { head: 'stock', reason: '"the stock fell as much as 64%"' },
  { head: 'index', reason: '"the index was down 2.1% at midday, 2.6% at the close"' },
  { head: 'price', reason: '"oil prices rose 3% in early trade"' },
  { head: 'yield', reason: '"the 10-year yield rose 12 basis points"' },
  { head: 'future', reason: '"Dow futures were down more than 500 points"' },
];
const TRADED = new Set(TRADED_HEADS.map((h) => h.head));

/** Two changes of one traded thing told in reports of one day: readings of a price at different moments. */
export const quotedWithinDay = (a: Frame, b: Frame): boolean =>
  a.change &&
  b.change &&
  TRADED.has(a.head) &&
  a.head === b.head &&
  a.when.reported !== undefined &&
  a.when.reported === b.when.reported;
