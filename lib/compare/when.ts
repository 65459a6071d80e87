import { CLOCK, clockHour } from '../claims/clock';
import { withNamesMasked } from '../claims/scope';
import { MONTH_PATTERN, WEEKDAY_PATTERN, WEEKDAYS } from '../claims/grammar/calendar';
import { PERIOD_NOUNS } from '../claims/grammar/periods';
import { REPORTING_VERBS } from '../claims/lexicon';
import { numberWordsValue } from '../claims/number-words';
import { alternativesOf, holdsAny } from '../alternatives';
import { HEDGE } from './hedges';
import { toldAsSize } from './size';
import type { Quantity } from '../claims/types';
import {
  AS_OF_REPORT,
  CLAUSE_OPENERS,
  DAY_LINK_WORDS,
  DAY_TALLY_NOUNS,
  AGO_UNITS,
  AS_OF_WORDS,
  AT_OCCASION,
  DAY_EDGES,
  DAY_PARTS,
  DAY_SHIFTS,
  EARLIER_OPENERS,
  EVENT_DAY_VERBS,
  HAPPENINGS,
  HAPPENING_CLAUSE_OPENERS,
  LAST_TIME_WORDS,
  LEVEL_VERBS,
  OCCASION_COMPARED,
  OCCASIONS,
  PERFECT_ADVERBS,
  PERFECT_AUXILIARIES,
  OFFSET_WORDS,
  PERIOD_ENDED,
  TO_COME_WORDS,
  NOT_TO_COME_AFTER,
  PREVIOUS_WORDS,
  RELATIVE_DAYS,
  NONE_AFTER,
  RECORD_AFTER,
  RECORD_WORDS,
  RELATIVE_WEEKS,
  RELATIVE_YEARS,
  TOLD_AUDIENCES,
  UPDATE_LABELS,
  YEARS_AGO_UNITS,
} from './time-words';

/**
 * The time a figure refers to, resolved from its words and its article's date of publication: "on
 * Thursday" in a report of Friday 1 December 2023 is 30 November; "as of Sunday night" is the night of the
 * Sunday before publication; "late on Tuesday" is Tuesday evening; "overnight" the night just past; a
 * running total told with no day ("so far", "since October 7", "the latest figures", or no marker at
 * all) is as of publication. Without a publication date a named weekday is kept as a name, so two
 * undated "on Thursday"s still meet.
 */
export interface When {
  /** The day the figure is for or as of (YYYY-MM-DD), when words and publication date tell it. */
  day: string | null;
  /** The weekday named, or the weekday of the day ("thursday"); null when neither is known. */
  weekday: string | null;
  /** The hours of that day the words narrow it to, from midnight ([17, 24] for an evening); [0, 24] for the day. */
  hours: readonly [number, number];
  /** The days before `day` the time covers as well: 6 for "last week", 0 for one day. */
  daysBefore: number;
  /** The time words as read, lower case ("as of sunday night", "by monday"), '' when the time is the report's. */
  words: string;
  /**
   * For a running total of an event its words name by its day ("Monday's earthquake has killed 8,704"), that
   * day (YYYY-MM-DD, or the weekday's name when undated); `day` is then the count's, as of the report.
   */
  eventDay?: string;
  /** A running total extraction read as one day's, said to stand as of that day ("said on Thursday"). */
  asOfDay?: boolean;
  /** The day extraction gave the figure is another figure's of its sentence ("52, up from 40 on Monday"). */
  notOwnDay?: boolean;
  /** The day of the report the figure was read in (YYYY-MM-DD), when known. */
  reported?: string;
  /** A total over a period its sentence tells as over ("during truce" in "the truce, which saw..."): its time is the period's. */
  closed?: string;
  /** The size of a thing ("the 984-foot-long vessel"): it holds whatever day its sentence names. */
  size?: boolean;
}

// In the order of Date's getUTCDay: Sunday first.
const WEEKDAY_LIST = ['sunday', ...WEEKDAYS.slice(0, 6)];
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const DAY_MS = 86_400_000;
const WHOLE_DAY = [0, 24] as const;

// A cold check frames some 5,900 stored claims, each reading its report's day a few times, and a corpus holds few
// days: each day's time is parsed once.
const dayTimes = new Map<string, number>();
function timeOf(iso: string): number {
  let time = dayTimes.get(iso);
  if (time === undefined) dayTimes.set(iso, (time = Date.parse(`${iso}T00:00:00Z`)));
  return time;
}
const toDate = (iso: string) => new Date(timeOf(iso));
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const shift = (iso: string, days: number) => isoOf(new Date(timeOf(iso) + days * DAY_MS));
const weekdayOf = (iso: string) => WEEKDAY_LIST[toDate(iso).getUTCDay()]!;

const PART_HOURS = new Map(DAY_PARTS.map((p) => [p.word, p.hours]));
const EDGE_HOURS = new Map(DAY_EDGES.map((e) => [e.word, e.hours]));
const RELATIVE = new Map(RELATIVE_DAYS.map((r) => [r.words, r]));

// A day named in a figure's part of its sentence: a weekday ("Monday's", "late on Tuesday", "Sunday
// night") or a date ("September 12", "12 Sept").
const DAY_NAME = new RegExp(
  `\\b(?:${WEEKDAY_PATTERN}|(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+(?:${MONTH_PATTERN}))\\b`,
  'g',
);
const PART_AFTER = new RegExp(`^(?:'s|’s)?\\s+(${DAY_PARTS.map((p) => p.word).join('|')})\\b`);
const EDGE_BEFORE = new RegExp(`\\b(${DAY_EDGES.map((e) => e.word).join('|')})\\s+(?:on\\s+)?$`);
// "as of 2 p.m. Friday", "by 6 a.m. local time on Sunday": a tally given as of an hour of the day (lib/claims/clock.ts).
const AS_OF_BEFORE = new RegExp(
  `\\b(${alternativesOf(AS_OF_WORDS)})\\s+(?:(${CLOCK})\\s+)?(?:(?:late|early)\\s+)?(?:on\\s+)?$`,
  'i',
);
// "the ministry said", "officials told reporters": a telling, its audience if named.
const TELLING = `\\b(?:${[...REPORTING_VERBS].join('|')})(?:\\s+(?:${alternativesOf(TOLD_AUDIENCES)}))?`;
// "the agency said at 8:40pm on Thursday": the hour a tally was given out, between the telling and its day.
const TOLD_AT_HOUR = `(?:\\s+at\\s+(${CLOCK}))?`;
// "the ministry said on Friday", "officials announced late Friday", "told a news conference Thursday": when a
// tally was given out. "according to the disaster agency on Thursday": when the source gave it, too.
const REPORTED_BEFORE = new RegExp(
  `(?:${TELLING}|\\btold(?:\\s+(?!(?:that|how|why)\\b)[\\p{L}.'’()-]+){1,4}?|\\baccording\\s+to\\b[^,;.]{0,60}?)${TOLD_AT_HOUR}\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$`,
  'u',
);
// A word of the place or thing an event's clause names before its day, possessives included ("struck Iran's Kerman
// city on Wednesday", "in Papua New Guinea's highlands on Friday"); no digit, so a figure's own words never count.
const WORD = "[\\p{L}][\\p{L}'’-]*";
const CLAUSE_WORDS = alternativesOf(CLAUSE_OPENERS);
// "Monday's earthquake", "the earthquake that struck (the region) on Monday", "killed in the blast on Monday";
// not "the toll on Friday", which is the count's day.
const TALLY_NOUNS = alternativesOf(DAY_TALLY_NOUNS);
const EVENT_BEFORE = new RegExp(
  `(?:\\b(?:${EVENT_DAY_VERBS.map((v) => v.word).join('|')})(?:\\s+(?!(?:${CLAUSE_WORDS})\\b)${WORD}){0,7}|\\bthe\\s+(?!(?:${TALLY_NOUNS})\\b)[\\p{L}-]+|\\b(?:${HAPPENINGS.map((h) => h.word).join('|')})(?:\\s+(?:at|in|near|outside|inside|on)\\s+(?:${WORD}\\s+){0,6}?${WORD})?(?:,?\\s+(?:${alternativesOf(HAPPENING_CLAUSE_OPENERS)}))?)\\s+(?:(?:late|early|last)\\s+)?(?:on\\s+)?$`,
  'u',
);
// "the toll passed 11,000", "rose to about 80": a verb bringing a total to its figure, whatever bound stands before it.
const LEVEL_BEFORE = new RegExp(`\\b(?:${alternativesOf(LEVEL_VERBS)})\\s+${HEDGE}$`);
// "the Friday night massacre", "the Tuesday blast", "the Wednesday terrorist blasts": a day told before a happening's
// noun, or before words describing it, is the happening's; not "on Monday after the quake", where a linking word
// sets the day apart from the happening.
const LINK_WORDS = alternativesOf(DAY_LINK_WORDS);
const HAPPENING_AFTER = new RegExp(
  `^(?:\\s+(?:${DAY_PARTS.map((p) => p.word).join('|')}))?(?:\\s+(?!(?:${LINK_WORDS})\\b)[\\p{L}-]+){0,2}?\\s+(?:${HAPPENINGS.map((h) => h.word).join('|')})\\b`,
  'u',
);
const POSSESSIVE_TALLY = new RegExp(
  `^(?:'s|’s)\\s+(?:(?:${DAY_PARTS.map((p) => p.word).join('|')})(?:'s|’s)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${TALLY_NOUNS})\\b`,
  'u',
);
const POSSESSIVE_NOUN = /^(?:'s|’s)\s+(?!(?:morning|midday|noon|afternoon|evening|night)\b)\p{L}/u;
// "displaced by Friday's storm", "the toll from last week's floods": a time owning a happening names the happening's
// time, never a time a tally stands as of, whatever word comes before it.
const POSSESSIVE_HAPPENING = new RegExp(
  `^(?:'s|’s)(?:\\s+(?!(?:${LINK_WORDS})\\b)[\\p{L}-]+){0,2}?\\s+(?:${HAPPENINGS.map((h) => h.word).join('|')})\\b`,
  'u',
);
const RELATIVE_WORDS = new RegExp(`\\b(?:${alternativesOf(RELATIVE_DAYS)})\\b`, 'g');
const WEEK_WORDS = new RegExp(`\\b(?:${alternativesOf(RELATIVE_WEEKS)})\\b`);
const REPORT_WORDS = new RegExp(`\\b(?:${alternativesOf(AS_OF_REPORT)})\\b`);

/** The latest such weekday on or before the day of publication: news reports what has happened. */
function weekdayBefore(published: string, weekday: number): string {
  const back = (toDate(published).getUTCDay() - weekday + 7) % 7;
  return shift(published, -back);
}

/** "december 1", "1 december", "dec 1": the date in the year of publication, or the year before for a later month. */
function dateOfAnchor(words: string[], published: string): string | null {
  const month = words.map((w) => MONTHS.findIndex((m) => w.length >= 3 && m.startsWith(w))).find((i) => i >= 0);
  const dayOfMonth = words.map((w) => parseInt(w, 10)).find((n) => Number.isInteger(n) && n >= 1 && n <= 31);
  if (month === undefined || dayOfMonth === undefined) return null;
  const [year, pubMonth] = [Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1];
  // "September 21, 1999": a year named with the date is its year.
  const named = words.map(Number).find((n) => n >= 1900 && n < 2100);
  const y = named ?? (month > pubMonth + 1 ? year - 1 : year);
  return `${y}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

interface Day {
  day: string | null;
  weekday: string | null;
  hours: readonly [number, number];
}

/** The day words name ("thursday", "as of sunday", "overnight", "december 1"), from the date of publication. */
function dayNamed(words: string, published: string | null): Day | null {
  // "as of yesterday": extraction's anchor for a toll told with a relative day ("rose to 90 yesterday").
  const relative = RELATIVE.get(words.replace(/\s+/g, ' ').replace(/^(?:as of|on) /, ''));
  if (relative) {
    const hours = relative.part ? PART_HOURS.get(relative.part)! : WHOLE_DAY;
    return { day: published && shift(published, relative.days), weekday: null, hours };
  }
  const list = words.split(/\s+/).filter((w) => w !== 'as' && w !== 'of' && w !== 'on');
  const weekday = WEEKDAY_LIST.findIndex((w) => list.includes(w));
  if (weekday >= 0)
    return { day: published && weekdayBefore(published, weekday), weekday: WEEKDAY_LIST[weekday]!, hours: WHOLE_DAY };
  if (!published) return null;
  const day = dateOfAnchor(list, published);
  return day ? { day, weekday: null, hours: WHOLE_DAY } : null;
}

/** A day named in a figure's words, with what stands around it: "late on", "as of", "said", "night". */
interface Mention {
  at: number;
  name: string;
  hours: readonly [number, number];
  /** "as of Sunday", "by Monday", "said on Friday": the time a tally was taken or given. */
  asOf: boolean;
  /** The words as they read, for the card: "late on tuesday", "by monday", "sunday night". */
  words: string;
  /** The day is the event's, not the count's: "Monday's earthquake", "the quake that struck on Monday". */
  event: boolean;
}

function mentionsIn(part: string): Mention[] {
  const out: Mention[] = [];
  for (const m of part.matchAll(DAY_NAME)) {
    const at = m.index;
    const before = part.slice(Math.max(0, at - 80), at);
    const after = PART_AFTER.exec(part.slice(at + m[0].length, at + m[0].length + 16));
    const edge = EDGE_BEFORE.exec(before);
    const owned = POSSESSIVE_HAPPENING.test(part.slice(at + m[0].length, at + m[0].length + 40));
    const asOf = owned ? null : AS_OF_BEFORE.exec(before);
    const rest = part.slice(at + m[0].length, at + m[0].length + 32);
    // "Monday's toll of 480": the tally as it stood that day, no event's day.
    const told = asOf ? null : REPORTED_BEFORE.exec(before);
    const reported = !asOf && (told !== null || POSSESSIVE_TALLY.test(rest));
    const clock = asOf?.[2] ?? told?.[1];
    const hour = clock ? clockHour(clock) : null;
    const hours =
      (hour !== null && ([hour, hour + 1] as const)) ||
      ((after && PART_HOURS.get(after[1]!)) ?? (edge && EDGE_HOURS.get(edge[1]!)) ?? WHOLE_DAY);
    // A tally said on a day is as of that day: "officials said on Friday" reads "as of friday".
    const lead = asOf ? asOf[0] : reported ? 'as of ' : edge ? edge[0] : '';
    const words = `${lead}${m[0]}${after ? ` ${after[1]}` : ''}`.replace(/\s+/g, ' ').replace(/\.$/, '');
    const event =
      !asOf && !reported && (POSSESSIVE_NOUN.test(rest) || HAPPENING_AFTER.test(rest) || EVENT_BEFORE.test(before));
    out.push({ at, name: m[0].replace(/\./g, ''), hours, asOf: Boolean(asOf) || reported, words, event });
  }
  return out;
}

/** The mention nearest a position: the figure's own day when its part names two. */
const nearest = <T extends { at: number }>(list: T[], at: number): T | undefined =>
  list.reduce<T | undefined>(
    (best, m) => (!best || Math.abs(m.at - at) < Math.abs(best.at - at) ? m : best),
    undefined,
  );

/** "as of sunday" and "sunday", "december 1" and "december 1": the anchor's day named in the words. */
const sameDayName = (mention: string, anchor: string) =>
  anchor.split(/\s+/).some((w) => w.length > 2 && mention.includes(w));

function withWeekday(found: Omit<When, 'weekday'> & { weekday: string | null }): When {
  // The weekday of a known day, worked out once: a day meets an undated weekday by its name.
  return found.day && !found.weekday ? { ...found, weekday: weekdayOf(found.day) } : found;
}

/** "last week", "over the weekend": the days they cover, ending on the last of them. */
function weekNamed(words: string, published: string): Omit<When, 'weekday'> {
  const back = (toDate(published).getUTCDay() + 6) % 7; // days since Monday
  const w = words.replace(/\s+/g, ' ');
  if (w === 'last week') return { day: shift(published, -back - 1), hours: WHOLE_DAY, daysBefore: 6, words: w };
  if (w === 'this week') return { day: published, hours: WHOLE_DAY, daysBefore: back, words: w };
  if (w === 'earlier this week')
    return { day: shift(published, -1), hours: WHOLE_DAY, daysBefore: Math.max(0, back - 1), words: w };
  const sunday = weekdayBefore(published, 0);
  return { day: sunday, hours: WHOLE_DAY, daysBefore: 1, words: w };
}

const AGO_UNIT = new Map(AGO_UNITS.map((u) => [u.unit, u]));
const AGO = new RegExp(`\\b(an?|\\d+|[a-z]+)\\s+(${AGO_UNITS.map((u) => u.unit).join('|')})s?\\s+ago\\b`);

/** "three days ago", "a week ago": counted back from the day of publication. */
function agoIn(text: string, published: string): Omit<When, 'weekday'> | null {
  const m = AGO.exec(text);
  if (!m) return null;
  const count = /^an?$/.test(m[1]!) ? 1 : /^\d+$/.test(m[1]!) ? Number(m[1]) : numberWordsValue([m[1]!]);
  const unit = AGO_UNIT.get(m[2]!)!;
  if (!count) return null;
  const day = shift(published, -count * unit.days + unit.spread);
  return { day, hours: WHOLE_DAY, daysBefore: 2 * unit.spread, words: m[0] };
}

const MAY_BE_RELATIVE = /day|night|morning|noon|evening|week/;
const MAY_NAME_DAY = /day|night|noon|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const NO_TIME: When = { day: null, weekday: null, hours: WHOLE_DAY, daysBefore: 0, words: '' };
const AS_OF = /^as of\b/;

export interface Told {
  scope: Quantity['scope'];
  anchor: string;
  /** What is counted, as extraction read it: a craft's crew or passengers hold whatever day (size.ts). */
  counted?: string;
}

const DATE = new RegExp(
  `\\b(?:(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_PATTERN}))\\b`,
  'g',
);

const MAY_TELL_HOUR = /\d\s?[ap]\.?m/;
const CLOCK_TIME = new RegExp(CLOCK, 'gi');

/**
 * The words about one figure: from the figure before it to the figure after it, so "480 as of Saturday;
 * 612 by Monday" gives each its own day. The day of a date ("as of Sept. 12") is no figure.
 */
function ownWords(sentence: string, offset: number, length: number): { text: string; at: number } {
  const lower = withNamesMasked(sentence).toLowerCase();
  const dated = MAY_NAME_DAY.test(lower) ? lower.replace(DATE, (d) => d.replace(/\d/g, '#')) : lower;
  // "as of 2 p.m. Friday": the hour is no figure either.
  const masked = MAY_TELL_HOUR.test(dated) ? dated.replace(CLOCK_TIME, (d) => d.replace(/\d/g, '#')) : dated;
  const start = masked.slice(0, offset).search(/\d[^\d]*$/) + 1;
  const next = masked.slice(offset + length).search(/\d/);
  return { text: lower.slice(start, next < 0 ? lower.length : offset + length + next), at: offset - start };
}

/**
 * Resolves a figure's time from its scope as extraction read it (`single_day` "tuesday", `cumulative` "as of
 * sunday"), the words about it in its sentence (where the figure starts in it, and its length), and its
 * article's date of publication.
 */
export function whenOf(
  q: Told,
  published: string | null,
  sentence = '',
  offset = 0,
  length = 0,
  runningTotal = false,
): When {
  const told = timeTold(q, published, sentence, offset, length, runningTotal);
  const time = sentence && toldAsSize(sentence, offset, length, q.counted) ? { ...told, size: true } : told;
  // "the truce, which saw 300 prisoners released": a total over a period told as over is that period's.
  const over =
    q.scope === 'cumulative' && q.anchor.startsWith('during ') && toldAsOver(sentence, ENDED)
      ? q.anchor
      : !spanOfItsOwn(q) && toldAsOver(sentence)
        ? (periodThatSaw(sentence.slice(0, offset)) ?? periodDuring(sentence, offset))
        : null;
  if (!published && !over) return time;
  return { ...time, ...(published && { reported: published }), ...(over && { closed: over }) };
}

/**
 * A figure told over a span or period of its own ("200 killed since then", "in November"), which a period its
 * sentence tells as over does not replace ("the truce, which ended Friday, saw 300 freed, and since then 200 died").
 */
const spanOfItsOwn = (q: Told) =>
  (q.scope === 'cumulative' && q.anchor !== '' && !q.anchor.startsWith('during ')) || q.scope === 'period';

const OVER_WORDS = new RegExp(`\\b(?:${alternativesOf(PERIOD_ENDED.filter((w) => w.says === 'over'))})\\b`, 'i');
// "the siege, which has lasted two months": a period still running.
const STILL_LASTING = /\b(?:has|have)\s+lasted\b/gi;
/** Whether a sentence tells a period as over ("which ended on Friday", "the truce lasted seven days"). */
const toldAsOver = (sentence: string, words = OVER_WORDS) => words.test(sentence.replace(STILL_LASTING, ''));
const SAW_WORD = new RegExp(`\\b(?:${alternativesOf(PERIOD_ENDED.filter((w) => w.says === 'brought'))})\\b`, 'i');
const SPAN_MEANING = new Map(PERIOD_NOUNS.filter((p) => p.total === 'span').map((p) => [p.word, p.means]));
// "The truce lasted seven days and saw the release of 110 hostages": what a period brought, told as over.
const PERIOD_SAW = new RegExp(
  `\\b(${[...SPAN_MEANING.keys()].join('|')})\\b[^.;]{0,100}?\\b(?:${alternativesOf(PERIOD_ENDED.filter((w) => w.says === 'brought'))})\\b[^.;]*$`,
  'i',
);

/** The period a sentence says brought a figure ("the truce ... saw the release of 110"), as "during truce". */
function periodThatSaw(before: string): string | null {
  const saw = before.search(SAW_WORD);
  if (saw >= 0 && CLAUSE_BREAK.test(before.slice(saw))) return null;
  const m =
    before.includes(' saw ') ||
    before.includes('brought') ||
    before.includes('allowed') ||
    before.includes('facilitated')
      ? PERIOD_SAW.exec(before)
      : null;
  return m ? `during ${SPAN_MEANING.get(m[1]!.toLowerCase())}` : null;
}

// "during the week-long truce in Tolvan, which ended on Friday", "over the course of the seven-day truce": the period a
// total ran over, named in its sentence with words before its noun that extraction does not read as its anchor.
const DURING = new RegExp(
  `\\b(?:during|throughout|over\\s+the\\s+course\\s+of)\\s+(?:the|a|an|its|this|that)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(${[...SPAN_MEANING.keys()].join('|')})\\b`,
  'iu',
);

/**
 * The period a sentence told as over says the figure at `offset` ran over ("during the week-long truce"), as "during
 * truce", when no other clause stands between them ("..., and since then 200 died").
 */
function periodDuring(sentence: string, offset: number): string | null {
  const m = DURING.exec(sentence);
  if (!m) return null;
  const between = m.index < offset ? sentence.slice(m.index + m[0].length, offset) : sentence.slice(offset, m.index);
  return CLAUSE_BREAK.test(between) ? null : `during ${SPAN_MEANING.get(m[1]!.toLowerCase())}`;
}

// Where one clause gives way to another: "..., and since then", "; ", "..., but".
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas|although)\b|\bsince\b/i;

const ENDED = new RegExp(`\\b(?:${alternativesOf(PERIOD_ENDED)})\\b`, 'i');

/**
 * Whether the day extraction gave a figure belongs to a later figure it is compared with ("52, up from 40 on
 * Monday", "more than the 30 of last Tuesday"): named after a word that sets that figure against this one,
 * and not in this figure's own words. A day closing a clause is everyone's ("killed 12 and injured 40 on
 * Monday"), as is a day opening the sentence ("On Monday, 12 died and 40 were hurt").
 */
function dayOfAnother(sentence: string, offset: number, length: number, own: string, anchor: string): boolean {
  const names = anchor.split(/\s+/).filter((w) => w.length > 2 && w !== 'the');
  const at = (text: string) => names.findIndex((w) => text.includes(w)) >= 0;
  if (!names.length || at(own)) return false;
  const after = sentence.slice(offset + length).toLowerCase();
  const day = Math.min(...names.map((w) => after.indexOf(w)).filter((i) => i >= 0));
  return Number.isFinite(day) && COMPARED_WITH.test(after.slice(0, day));
}

/**
 * Whether the period extraction gave a figure is named only after it, past a word that brings in another
 * figure or event to compare it with ("added 71,000 jobs, following a similar gain in July", "up from 3.5% in
 * July"); a period named before the figure ("In August, ...") or plainly after it ("71,000 jobs in August") is its own.
 */
function periodOfAnother(sentence: string, offset: number, length: number, anchor: string): boolean {
  const names = anchor.split(/\s+/).filter((w) => w.length > 2 && !/^\d+$/.test(w));
  return namedOnlyAfter(sentence, offset, length, names, PERIOD_OF_ANOTHER);
}

/**
 * Whether a time's words (`names`, lower case) are said nowhere before a figure and first said after it past words
 * `past` finds: the time is then of what those words bring in, not the figure's.
 */
function namedOnlyAfter(sentence: string, offset: number, length: number, names: string[], past: RegExp): boolean {
  const lower = sentence.toLowerCase();
  const before = lower.slice(0, offset);
  if (!names.length || names.some((w) => before.includes(w))) return false;
  const after = lower.slice(offset + length);
  const at = Math.min(...names.map((w) => after.indexOf(w)).filter((i) => i >= 0));
  return Number.isFinite(at) && past.test(after.slice(0, at));
}

const PERIOD_OF_ANOTHER = /\b(?:from|than|compared\s+(?:with|to)|versus|against|following)\b/;

/**
 * Whether the span extraction gave a figure ("since March") is named only after it, past a state its
 * sentence says held before ("rose by 0.2 point, after being flat since March", "after staying at 4% since
 * May"): the span is that state's, the figure's time the report's.
 */
function spanOfAnother(sentence: string, offset: number, length: number, anchor: string): boolean {
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(anchor, offset + length);
  return at >= 0 && !lower.slice(0, offset).includes(anchor) && STATE_BEFORE.test(lower.slice(offset + length, at));
}

const STATE_BEFORE = /\bafter\s+(?:being|staying|holding|remaining|sitting|having\s+(?:been|stayed|held|remained))\b/;

// Words that set a later figure against the one before it: its day is its own.
const COMPARED_WITH = /\b(?:from|than|compared\s+(?:with|to)|versus|against)\b/;
const TO_COME = new RegExp(
  `\\b(?:${alternativesOf(TO_COME_WORDS)})\\b(?!\\s+(?:${alternativesOf(NOT_TO_COME_AFTER)})\\b)`,
);

/**
 * Whether the day extraction gave a figure is named after it past words that put what follows still to come
 * ("nine men arrested on Thursday are due in court on Tuesday"), and not before it: the day of what is to come.
 */
function dayToCome(sentence: string, offset: number, length: number, anchor: string): boolean {
  const names = anchor.split(/\s+/).filter((w) => w.length > 2 && w !== 'the');
  return namedOnlyAfter(sentence, offset, length, names, TO_COME);
}

// "On Sunday, the minister said 3,283 had been buried so far", "Late on Friday, officials put the toll at 93".
const OPENING_DAY = new RegExp(
  `^\\W*(?:(${DAY_EDGES.map((e) => e.word).join('|')})\\s+)?on\\s+(${DAY_NAME.source})(?:\\s+(${DAY_PARTS.map((p) => p.word).join('|')}))?\\s*,`,
  'i',
);

// "Friday 10pm update:", "Latest, Thursday evening:", "Saturday, 8 p.m. —": a time labelling what follows, its day in
// the second group. A colon or a dash ends the label.
const LABEL_WORDS = alternativesOf(UPDATE_LABELS);
const TIME_LABEL = new RegExp(
  `^\\W*(?:(?:${LABEL_WORDS})\\b[,\\s]*)?(?:(?:${CLOCK})\\s+)?(${DAY_NAME.source})(?:[,\\s]+(?:${DAY_PARTS.map((p) => p.word).join('|')}|${CLOCK}))?(?:\\s+(?:${LABEL_WORDS}))?\\s*(?::|—|–|\\s-)\\s`,
  'i',
);

/** Whether a time label opening the sentence names the day extraction gave a figure ("Friday 10pm update: ..."). */
const labelledWith = (sentence: string, anchor: string) => {
  const m = TIME_LABEL.exec(sentence);
  return m !== null && sameDayName(m[1]!.toLowerCase().replace(/\./g, ''), anchor);
};

/**
 * "the truce, which began last Friday", in a Friday's paper: a weekday told with "last" on its own weekday is a week
 * before, where "on Friday" is the report's own day.
 */
function notToday(day: Day | null, sentence: string, anchor: string, published: string | null): Day | null {
  if (!day?.day || !published || day.day !== published || !WEEKDAY_LIST.includes(anchor)) return day;
  return new RegExp(`\\blast\\s+${anchor}\\b`, 'i').test(sentence) ? { ...day, day: shift(published, -7) } : day;
}

/** A day opening the sentence, which dates the totals and unscoped figures in it. */
function openingDay(sentence: string, published: string | null): When | null {
  const m = OPENING_DAY.exec(sentence.toLowerCase());
  const day = m && dayNamed(m[2]!.replace(/\./g, ''), published);
  if (!m || !day) return null;
  const hours = (m[3] && PART_HOURS.get(m[3])) || (m[1] && EDGE_HOURS.get(m[1])) || WHOLE_DAY;
  const words = m[0].replace(/^\W+|\s*,$/g, '').replace(/\s+/g, ' ');
  return withWeekday({ ...day, hours, daysBefore: 0, words });
}

/** A date's anchor with the year its sentence names right after it ("september 21" of "September 21, 1999"). */
function withYear(anchor: string, sentence: string): string {
  if (!/\d/.test(anchor) || !sentence) return anchor;
  const at = sentence.toLowerCase().indexOf(anchor);
  const year = at < 0 ? null : /^(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/.exec(sentence.slice(at + anchor.length));
  return year ? `${anchor} ${year[1]}` : anchor;
}

/** The day a source gave out the figures of its sentence, named before an earlier figure and no other day after it. */
function toldBefore(before: string): Mention | undefined {
  if (!before || !MAY_NAME_DAY.test(before.toLowerCase())) return undefined;
  const last = mentionsIn(before.toLowerCase()).at(-1);
  return last?.asOf ? last : undefined;
}

const WITH_CLAUSE = new RegExp(`,\\s*with\\s+${HEDGE}$`);

/**
 * "The toll climbed to 95 on Friday, with 40 still missing": a "with" clause tells how things stood when its main
 * clause did, so its figure takes the day named last before it, unless that day is an event's.
 */
function withClauseOf(lead: string): Mention | undefined {
  const lower = lead.toLowerCase();
  if (!WITH_CLAUSE.test(lower) || !MAY_NAME_DAY.test(lower)) return undefined;
  const last = mentionsIn(lower).at(-1);
  return last && !last.event ? last : undefined;
}

/** The first day named in the words after a figure's own, when it is a telling's ("..., officials said on Monday"). */
function toldAfter(after: string): Mention | undefined {
  if (!after || !MAY_NAME_DAY.test(after.toLowerCase())) return undefined;
  const first = mentionsIn(after.toLowerCase())[0];
  return first?.asOf ? first : undefined;
}

// "..., in addition to 705 who remained trapped, the agency said at 8:40pm yesterday": a telling's day told relative
// to the report, past the figure's own words.
const TOLD_RELATIVE = new RegExp(`${TELLING}${TOLD_AT_HOUR}\\s+(${alternativesOf(RELATIVE_DAYS)})\\b`, 'u');

/** The day and hour a telling after a figure's own words names relative to the report ("officials said yesterday"). */
function toldRelative(after: string, published: string | null): When | null {
  const m = published && after.includes('y') ? TOLD_RELATIVE.exec(after.toLowerCase()) : null;
  const day = m && dayNamed(m[2]!, published);
  if (!m || !day) return null;
  const hour = m[1] ? clockHour(m[1]) : null;
  const hours = hour !== null ? ([hour, hour + 1] as const) : day.hours;
  return withWeekday({ ...day, hours, daysBefore: 0, words: m[2]! });
}

/**
 * The day a source gave out the figures of its sentence, named before an earlier figure ("told a news conference
 * Thursday that 27 people were dead and four were missing"): it dates the four as much as the 27.
 */
function toldEarlier(before: string, anchor: string): Mention | undefined {
  return tellingsIn(before, anchor).at(-1);
}

// A toll still runs some weeks after its event; one of an event years past ("struck on September 21, 1999, causing
// 2,400 deaths, injuring 100,000") is that event's own, final count.
const RUNNING_DAYS = 31;
const recent = (day: string | null, published: string | null) =>
  !day || !published || timeOf(published) - timeOf(day) <= RUNNING_DAYS * DAY_MS;

/**
 * The event its sentence names by the day extraction gave a later figure ("Friday's quake has left 2,012 dead and
 * 2,059 injured", "the floods, which began on Tuesday, have killed 95 and left 40 missing"): the day is the event's
 * for every figure of its toll, not only the first.
 */
function eventEarlier(before: string, anchor: string): Mention | undefined {
  if (!before || !MAY_NAME_DAY.test(before.toLowerCase())) return undefined;
  return mentionsIn(before.toLowerCase())
    .filter((m) => m.event && sameDayName(m.name, anchor))
    .at(-1);
}

/**
 * The day a source gave out the figures of its sentence, named in a reporting clause after a later figure ("at least
 * 550 died, including 323 Egyptians, diplomats told AFP on Tuesday"): it dates the 550 as much as the 323.
 */
function toldLater(after: string, anchor: string): Mention | undefined {
  return tellingsIn(after, anchor)[0];
}

function tellingsIn(words: string, anchor: string): Mention[] {
  if (!words || !MAY_NAME_DAY.test(words.toLowerCase())) return [];
  return mentionsIn(words.toLowerCase()).filter((m) => m.asOf && sameDayName(m.name, anchor));
}

/**
 * "The government on Sunday revised the toll in the crash on Friday to 275 and put the number of injured at 1,175":
 * a day extraction gave a figure from outside its own words, where it dates a happening another figure's words
 * name ("the crash on Friday"), is the happening's, not this figure's; the figure is of the day its sentence's
 * subject acted on, named before it. With no such day the happening's day stands: "the quake struck on September 21,
 * 1999, causing 2,400 deaths" tells the quake's own toll.
 */
function dayOfHappening(sentence: string, ownStart: number, anchor: string, published: string | null): When | null {
  const before = mentionsIn(sentence.slice(0, ownStart).toLowerCase());
  const day = before.filter((m) => sameDayName(m.name, anchor)).at(-1);
  if (!day?.event) return null;
  const acted = before.find((m) => m.at < day.at && !sameDayName(m.name, anchor));
  const actedDay = acted && dayNamed(acted.name, published);
  return acted && actedDay ? withWeekday({ ...actedDay, hours: acted.hours, daysBefore: 0, words: acted.words }) : null;
}

// "450 people had died", "have been killed": the perfect tells the state reached by its time, a total as of it; the
// simple past with a day ("were killed on Tuesday") tells that day's deeds.
const PERFECT_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${alternativesOf(PERFECT_AUXILIARIES)})\\s+(?:(?:${alternativesOf(PERFECT_ADVERBS)})\\s+)?(?:been\\s+)?\\p{L}+(?:ed|en|died|lost|left)\\b`,
  'u',
);
const toldInPerfect = (text: string, at: number, length: number) => PERFECT_AFTER.test(text.slice(at + length));

const AS_OF_HOUR = new RegExp(`\\b(?:${alternativesOf(AS_OF_WORDS)})\\s+(${CLOCK})`, 'i');

/** "down 0.27% as of 2:08 p.m. EST": a tally as of an hour with no day named is of its report's day, at that hour. */
function hourOfReport(text: string, published: string | null): When | null {
  const m = published ? AS_OF_HOUR.exec(text) : null;
  const hour = m ? clockHour(m[1]!) : null;
  if (!m || hour === null || !published) return null;
  return withWeekday({ day: published, weekday: null, hours: [hour, hour + 1], daysBefore: 0, words: m[0] });
}

const SHIFT = new Map(DAY_SHIFTS.map((d) => [d.words, d]));
const SHIFT_AFTER = new RegExp(`^(?:\\s+[\\p{L}-]+){0,4}?\\s+(${alternativesOf(DAY_SHIFTS)})\\b`, 'u');
/** The days a figure's words right after it move it from its sentence's day ("the previous day"), or null. */
const dayShift = (after: string) => {
  const m = SHIFT_AFTER.exec(after);
  return m ? SHIFT.get(m[1]!)! : null;
};

function timeTold(
  q: Told,
  published: string | null,
  sentence: string,
  offset: number,
  length: number,
  runningTotal: boolean,
): When {
  const { text, at } = ownWords(sentence, offset, length);
  // A plain scan first: most figures' words name no day and no month.
  const mentions = text && MAY_NAME_DAY.test(text) ? mentionsIn(text) : [];
  const asOf = nearest(
    mentions.filter((m) => m.asOf),
    at,
  );
  const asOfDay = asOf && dayNamed(asOf.name, published);
  const asOfTime =
    asOf && asOfDay ? withWeekday({ ...asOfDay, hours: asOf.hours, daysBefore: 0, words: asOf.words }) : null;
  if (q.scope === 'single_day' || (q.scope === 'cumulative' && AS_OF.test(q.anchor))) {
    // "from 480 as of Saturday to 612 by Monday": extraction gives the 612 the nearest marker it knows, the
    // figure's own words another day.
    // "Monday's earthquake has killed 94, the prefecture said Friday": the toll of the event runs to the telling.
    if (asOfTime && nearest(mentions, at) === asOf && !sameDayName(asOf!.name, q.anchor))
      return runningTotal && mentions.some((m) => m.event && sameDayName(m.name, q.anchor))
        ? { ...asOfTime, eventDay: dayNamed(q.anchor, published)?.day ?? q.anchor }
        : asOfTime;
    const happening = !mentions.some((m) => sameDayName(m.name, q.anchor))
      ? dayOfHappening(sentence, offset - at, q.anchor, published)
      : null;
    if (happening) return happening;
    // "nine men arrested are due in court on Tuesday": the day is the hearing's; the count stands as of the report.
    if (dayToCome(sentence, offset, length, q.anchor))
      return withWeekday({ ...NO_TIME, day: published, notOwnDay: true });
    const named = notToday(dayNamed(withYear(q.anchor, sentence), published), sentence, q.anchor, published);
    // "as of Sept. 12": extraction keeps the month of a date as of which a total stands, the words the rest.
    if (!named) return asOfTime ?? hourOfReport(text, published) ?? NO_TIME;
    // "Tuesday evening", "late on Tuesday", "as of Sunday night": the part of the day said around the anchor.
    const said =
      nearest(
        mentions.filter((m) => sameDayName(m.name, q.anchor)),
        at,
      ) ??
      toldEarlier(sentence.slice(0, offset - at), q.anchor) ??
      (recent(named.day, published) ? eventEarlier(sentence.slice(0, offset - at), q.anchor) : undefined) ??
      toldLater(sentence.slice(offset - at + text.length), q.anchor);
    // The toll of an event named by its day runs to the report, or to the day its words take it as of.
    if (runningTotal && said?.event && asOfTime !== null && asOf !== said)
      return { ...asOfTime, eventDay: named.day ?? named.weekday ?? q.anchor };
    if (runningTotal && said?.event)
      return withWeekday({
        day: published,
        weekday: null,
        hours: WHOLE_DAY,
        daysBefore: 0,
        words: '',
        eventDay: named.day ?? named.weekday ?? q.anchor,
      });
    // "The toll stands at 52, up from 40 on Monday": the day is the other figure's; this one is as of the report.
    if (!said && q.scope === 'single_day' && dayOfAnother(sentence, offset, length, text, q.anchor))
      return withWeekday({ ...NO_TIME, day: published, notOwnDay: true });
    const hours = named.hours !== WHOLE_DAY ? named.hours : (said?.hours ?? WHOLE_DAY);
    // "said on Thursday that the blasts killed 84 people the previous day": the figure is of the day before.
    const moved = dayShift(text.slice(at + length));
    if (moved && named.day && !said?.event)
      return withWeekday({ ...NO_TIME, day: shift(named.day, moved.days), weekday: null, words: moved.words });
    // "the toll is now at 12,391, according to the agency on Thursday": a running total as of the day it was given.
    // "is now at 12,391": a level said to hold now is as of the day it was given, whatever it counts.
    // "the toll passed 11,000 on Wednesday": a running total brought to its figure that day stands as of that day,
    // as does one told in the perfect ("on Tuesday, officials said 450 had died").
    const given =
      q.scope === 'single_day' &&
      ((said?.asOf === true && (runningTotal || REPORT_WORDS.test(text))) ||
        (runningTotal && labelledWith(sentence, q.anchor)) ||
        (runningTotal &&
          said !== undefined &&
          (LEVEL_BEFORE.test(text.slice(0, at)) || toldInPerfect(text, at, length))));
    return withWeekday({
      ...named,
      hours,
      daysBefore: 0,
      words: said?.words ?? q.anchor,
      ...(given && { asOfDay: true }),
    });
  }
  // "Health care added 71,000 jobs, following a similar gain in July": the month is the other gain's.
  if (q.scope === 'period' && periodOfAnother(sentence, offset, length, q.anchor))
    return withWeekday({ ...NO_TIME, day: published, notOwnDay: true });
  // "rose by 0.2 point to 62.8 percent, after being flat since March": the span is the state's before the move.
  if (q.scope === 'cumulative' && q.anchor.startsWith('since ') && spanOfAnother(sentence, offset, length, q.anchor))
    return withWeekday({ ...NO_TIME, day: published, notOwnDay: true });
  if (q.scope !== 'cumulative' && q.scope !== 'other') return NO_TIME;
  // A running total or a figure with no scope: as of a day its words name ("by Monday", "said on Friday"),
  // or of the report.
  const moved = asOfTime?.day ? dayShift(text.slice(at + length)) : null;
  // "said on Monday that the storm destroyed 212 homes the previous day": the day before the telling.
  if (moved && asOfTime?.day)
    return withWeekday({ ...NO_TIME, day: shift(asOfTime.day, moved.days), weekday: null, words: moved.words });
  if (asOfTime) return asOfTime;
  // "42 passengers were still missing on Wednesday evening": a total said to stand ("still", "remain") on a day its
  // own words name, no event's, stands as of that day and its part of it.
  const standing =
    runningTotal && q.scope === 'cumulative' && !q.anchor
      ? nearest(
          mentions.filter((m) => !m.event),
          at,
        )
      : undefined;
  const standingDay = standing && dayNamed(standing.name, published);
  if (standing && standingDay)
    return withWeekday({ ...standingDay, hours: standing.hours, daysBefore: 0, words: standing.words });
  // "Erdogan said Thursday that 16,546 people were killed and more than 66,000 injured": the telling's day, named
  // before an earlier figure, dates the 66,000 as well.
  // or after a later one: "550 died, among them 323 visitors, officials said on Monday".
  const told = sentence
    ? (toldBefore(sentence.slice(0, offset - at)) ??
      toldAfter(sentence.slice(offset - at + text.length)) ??
      withClauseOf(sentence.slice(0, offset)))
    : undefined;
  const toldDay = told && dayNamed(told.name, published);
  if (told && toldDay) return withWeekday({ ...toldDay, hours: told.hours, daysBefore: 0, words: told.words });
  const toldThen = sentence ? toldRelative(sentence.slice(offset - at + text.length), published) : null;
  if (toldThen) return toldThen;
  const hourly = hourOfReport(text, published);
  if (hourly) return hourly;
  const opening = sentence && OPENING_DAY.test(sentence) ? openingDay(sentence, published) : null;
  if (opening) return opening;
  const more = text && MAY_BE_RELATIVE.test(text);
  const relative =
    more &&
    nearest(
      [...text.matchAll(RELATIVE_WORDS)].map((m) => ({ at: m.index, words: m[0] })),
      at,
    );
  const day = relative && dayNamed(relative.words, published);
  if (relative && day) return withWeekday({ ...day, daysBefore: 0, words: relative.words.replace(/\s+/g, ' ') });
  const ago = published && text.includes(' ago') ? agoIn(text, published) : null;
  if (ago) return withWeekday({ ...ago, weekday: null });
  const weekWords = published && more ? WEEK_WORDS.exec(text) : null;
  const week =
    weekWords && !POSSESSIVE_HAPPENING.test(text.slice(weekWords.index + weekWords[0].length)) ? weekWords : null;
  if (week && published) return withWeekday({ ...weekNamed(week[0], published), weekday: null });
  const report = q.anchor || (text ? (REPORT_WORDS.exec(text)?.[0] ?? '') : '');
  return withWeekday({ day: published, weekday: null, hours: WHOLE_DAY, daysBefore: 0, words: report });
}

/** The hours a time covers, from midnight of its first day, for telling overlapping times apart. */
const span = (w: When): [number, number] => [w.hours[0] - w.daysBefore * 24, w.hours[1]];

const disjoint = (a: When, b: When, offset: number) => {
  const [a0, a1] = span(a);
  const [b0, b1] = span(b).map((h) => h + offset) as [number, number];
  return a1 <= b0 || b1 <= a0;
};

export const wholeDay = (w: When) => w.hours[0] === 0 && w.hours[1] === 24;

/**
 * Whether two times are one, two, or cannot be told apart: parts of one day that do not overlap ("Tuesday
 * morning", "late on Tuesday") are two; so are two calendar days, unless a night runs into the other's early
 * hours ("overnight" and "early Wednesday") or a span of days ("last week") holds the other.
 */
export function sameTime(a: When, b: When): 'same' | 'different' | 'unknown' {
  if (a.closed && a.closed === b.closed) return 'same';
  if (a.size && b.size) return 'same';
  if (a.day && b.day) {
    if (disjoint(a, b, daysBetween(b.day, a.day) * 24)) return 'different';
    const calendarDays = a.day !== b.day && !a.daysBefore && !b.daysBefore;
    return calendarDays && (wholeDay(a) || wholeDay(b)) ? 'different' : 'same';
  }
  // An undated weekday against a dated one, or two undated weekdays: by the weekday's name.
  if (a.weekday && b.weekday) return a.weekday !== b.weekday || disjoint(a, b, 0) ? 'different' : 'same';
  return 'unknown';
}

/**
 * Whether two times of one day are told alike: "as of Wednesday morning" and "on Wednesday" are one day
 * but may be two counts of a toll that rises by the hour.
 */
export const sameMoment = (a: When, b: When): boolean =>
  (a.closed !== undefined && a.closed === b.closed) ||
  (a.hours[0] === b.hours[0] && a.hours[1] === b.hours[1] && a.daysBefore === b.daysBefore);

/** Whether a time is named in the figure's own words ("as of Tuesday evening"), not only the report's ("so far", "now"). */
export const named = (w: When) => w.words !== '' && !REPORT_TIME.has(w.words);
const REPORT_TIME = new Set(AS_OF_REPORT.map((w) => w.words));

/**
 * Whether a figure's own words name a day ("as of Thursday", "on Friday", "yesterday"), not only a span's start
 * ("since the disaster hit") nor the report's time ("so far").
 */
export const namesDay = (w: When): boolean => named(w) && dayNamed(w.words, w.reported ?? null) !== null;

/**
 * Whether both figures name the one moment they hold for ("as of Tuesday evening" twice, "by Monday" and "as
 * of Monday", or one period told as over): a running total counted within a day is one count only then, not
 * when a report's own day stands for its time ("so far" in a morning edition and in an evening one).
 */
export const namedMoment = (a: When, b: When): boolean =>
  (a.closed !== undefined && a.closed === b.closed) || (named(a) && named(b) && sameMoment(a, b));

const MOMENT_LEAD = new RegExp(`^(?:${alternativesOf(AS_OF_WORDS)})\\b`);

/**
 * Whether a figure's own words name its report's day bare ("Police on Monday said", "speaking on Monday, confirmed"),
 * with no word of the moment a tally holds for ("as of", "by": `AS_OF_WORDS`): the day it was given, told that same
 * day, is no moment of a tally still counted through it.
 */
export const bareReportDay = (w: When): boolean =>
  named(w) && w.day !== null && w.day === w.reported && wholeDay(w) && !MOMENT_LEAD.test(w.words);

/**
 * Whether two counts of one day ("killed 1,204 on Tuesday") were both reported that day, without both naming
 * the same hours of it: the day was not over, so each is a count as of its report's hour.
 */
export const dayInProgress = (a: When, b: When): boolean =>
  a.day !== null && a.reported === a.day && b.reported === b.day && !(sameMoment(a, b) && !wholeDay(a));

/** Which of two known days is later: positive when `a` is. */
export const daysBetween = (a: string, b: string): number => (timeOf(a) - timeOf(b)) / DAY_MS;

/** Hours from `b` to `a` by the middle of what each covers, when both are dated: positive when `a` is later. */
export function hoursBetween(a: When, b: When): number | null {
  if (!a.day || !b.day) return null;
  const middle = (w: When) => (span(w)[0] + span(w)[1]) / 2;
  return daysBetween(a.day, b.day) * 24 + middle(a) - middle(b);
}

/** Whether two tolls are of events on different days ("Sunday's blast", "Monday's blast"), dated or not. */
export function differentEventDays(a: When, b: When): boolean {
  if (!a.eventDay || !b.eventDay) return false;
  const name = (d: string) => (/^\d{4}-/.test(d) ? weekdayOf(d) : d);
  const bothDated = /^\d{4}-/.test(a.eventDay) && /^\d{4}-/.test(b.eventDay);
  return bothDated ? a.eventDay !== b.eventDay : name(a.eventDay) !== name(b.eventDay);
}

/**
 * The day a figure's deed is told of ("killed 12 on Monday", "Monday's floods killed 12"), as a date or, undated,
 * a weekday's name; null for a total as of a day ("the toll stood at 12 on Monday") or a figure of no day.
 */
function deedDay(w: When, scope: string): string | null {
  if (w.eventDay) return w.eventDay;
  if (scope !== 'single_day' || w.asOfDay) return null;
  return w.day ?? w.weekday;
}

/**
 * Whether two figures are of deeds told of two different days: a page of 12 March saying "12 killed on Monday"
 * and a report of 5 March saying "12 killed on Monday" count two Mondays, and one figure of both is a coincidence.
 */
export function differentDeedDays(a: When, aScope: string, b: When, bScope: string): boolean {
  const [x, y] = [deedDay(a, aScope), deedDay(b, bScope)];
  if (x === null || y === null) return false;
  const dated = (d: string) => /^\d{4}-/.test(d);
  if (dated(x) && dated(y)) return x !== y;
  const name = (d: string) => (dated(d) ? weekdayOf(d) : d);
  return name(x) !== name(y);
}

const YEAR_DIGITS = /(?:19|20)\d\d/;
const YEAR = /\b(?:19|20)\d\d\b/g;
// "a 2011 earthquake", "in 2019": the year a figure is about; "since 2019" starts a total that runs to now.
// A year that is the base of a comparison or the end of a span ("up 4.3% from August 2022", "rose to 2032") is not.
const NAMED_YEAR = new RegExp(
  `(?<!\\b(?:since|from|to|than|over)\\s+(?:(?:${MONTH_PATTERN})\\.?\\s+)?)\\b((?:19|20)\\d{2})\\b(?![-–]\\d)`,
);
// "Since the Governing Council meeting in September 2023, inflation has fallen by more than 2.5 points": a year named
// as the time of a thing "since" opens (a noun phrase of a few words; its month between) is where a span starts, not
// the year the figure is about.
const SINCE_THING_YEAR = new RegExp(
  `\\bsince\\s+(?:the|its|their|his|her|our|this|that|last)\\s+(?:[\\p{L}'’-]+\\s+){0,4}(?:in|of|on)\\s+(?:(?:${MONTH_PATTERN})\\.?\\s+)?$`,
  'iu',
);

// "the deadliest attack since the 2004 siege, gunmen killed 137": the year of a thing compared with is not the figure's,
// unless the figure's clause is a relative clause on that thing ("since the 2018 Camp Fire, which killed 85").
const COMPARED_THING = /\b(?:since|than)\s+(?:the|its|their)\s+$/;
const PAST_COMPARED_THING = /,\s*(?!(?:which|that|who)\b)\p{L}/u;
const ofComparedThing = (before: string, year: RegExpExecArray) =>
  COMPARED_THING.test(before.slice(Math.max(0, year.index - 12), year.index)) &&
  PAST_COMPARED_THING.test(before.slice(year.index));

// After the figure, only a year it happened in: "killed 61 people on the island in 1960", not "the 2015-2019 average".
const YEAR_AFTER = new RegExp(`\\bin\\s+(?:(?:${MONTH_PATTERN})\\.?\\s+)?((?:19|20)\\d{2})\\b(?![-–]\\d)`);
// "114,000 jobs added after rate hikes by the central bank in 2022 and 2023": years joined name a span of what
// the words after the figure tell, not the year the figure happened in.
const YEARS_JOINED = /^\s*(?:and|to|through|or)\s+(?:19|20)\d\d\b/;

// "output is forecast to grow 0.9% in 2024, 1.4% in 2025 and 1.7% in 2026": a year told with "in" right after the
// figure before (its unit between, at most), the list going on after it, is that figure's, not the next one's.
const PREVIOUS_ITEMS_YEAR = new RegExp(
  `^[^\\s\\d]*(?:\\s+\\p{L}+){0,2}\\s+in\\s+(?:(?:${MONTH_PATTERN})\\.?\\s+)?(?:19|20)\\d\\d\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:to\\s+|at\\s+)?\\W?$`,
  'iu',
);

/** The year the words after a figure say it happened in ("killed 61 people on the island in 1960"), or null. */
function yearAfter(after: string): RegExpExecArray | null {
  // "38.1 percent, marginally higher than the last polls in 2019": a year past a comparison is its base's.
  const compared = after.search(COMPARED_WITH);
  const m = YEAR_AFTER.exec(compared < 0 ? after : after.slice(0, compared));
  return m && !YEARS_JOINED.test(after.slice(m.index + m[0].length)) ? m : null;
}

// "4 seats, for a party founded in 2018": a year after a clause ends is another noun's.
const CLAUSE_END = /[,;:(—–]|\b(?:which|who|whose|that|when|after|before)\b/;
// "the deadliest since 1918, when 453 people died": the figure is that year's.
const YEAR_OPENING = /^\W*(?:(?:back|later|earlier)\s+)?(?:in|during|by)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b(?![-–]\d)/;
// ", which destroyed", " metres, which killed", "that killed": a figure's words that open a relative clause on what
// the figure before (and its unit) counts.
const RELATIVE_OPENING = /^\s*(?:(?:[\p{L}%.-]+\s*){1,2},|,)?\s*(?:which|that|who)\b/u;
// "since 1918, when 453 people died", "compared to 2020, when the party won 57% of the vote, and its rival 38%": a
// clause opened by "when" on a year tells of that year, every figure in it, whatever word brought the year in.
const YEAR_WHEN = /\b((?:19|20)\d\d),?\s+when\b/g;
// A day or another year named after the "when", or in the figure's own clause after it ("..., when it won 19 games,
// and it won 23 on Sunday"), is where the clause no longer tells of its year.
const TIME_NAMED = new RegExp(`${YEAR.source}|${DAY_NAME.source}`, 'i');

/**
 * The year of the "when" clause a figure stands in ("compared to 2020, when ... 57.13% ..."), or null. `lowerBefore`
 * is the sentence up to the figure, `ownAfter` the figure's clause after it.
 */
function yearOfWhenClause(lowerBefore: string, ownAfter: string): number | null {
  const opened = [...lowerBefore.matchAll(YEAR_WHEN)].at(-1);
  if (!opened) return null;
  const between = lowerBefore.slice(opened.index + opened[0].length);
  return TIME_NAMED.test(between) || TIME_NAMED.test(ownAfter) ? null : Number(opened[1]);
}

// "higher than in the last polls", "the most since the last census": a base of comparison, not the figure's time.
const NOT_COMPARED = `(?<!\\b(?:${alternativesOf(OCCASION_COMPARED)})\\s+)`;
const LAST_OCCASIONS = OCCASIONS.filter((o) => o.last)
  .map((o) => o.words)
  .join('|');
// Up to two words may stand between, and the occasion may be told in the plural: "at the last general
// election", "in the previous two seasons".
const BETWEEN = "(?:[\\p{L}'’-]+\\s+){0,2}";
const EARLIER_OCCASION = new RegExp(
  [
    `\\b(?:${alternativesOf(AT_OCCASION)})\\s+(?:the|its|their|that)\\s+(?:(?:${alternativesOf(PREVIOUS_WORDS)})\\s+${BETWEEN}(?:${OCCASIONS.map((o) => o.words).join('|')})s?|last\\s+${BETWEEN}(?:${LAST_OCCASIONS})s?)`,
    // "took 71 points last season": no preposition, no word between.
    `(?<!\\b(?:the|its|their|that)\\s+)\\blast\\s+(?:${LAST_OCCASIONS})`,
    `\\b(?:${alternativesOf(LAST_TIME_WORDS)})`,
    `\\b(?:an?|\\d+|[a-z]+)\\s+(?:${YEARS_AGO_UNITS.map((u) => u.unit).join('|')})s?\\s+ago`,
  ]
    .map((m) => `${NOT_COMPARED}${m}\\b`)
    .join('|'),
  'iu',
);
/** Whether a text holds one of the words every form of EARLIER_OCCASION holds one of. */
const mayTellOccasion = holdsAny(['last', 'ago', ...[...PREVIOUS_WORDS, ...LAST_TIME_WORDS].map((w) => w.words)]);
const OCCASION_OPENING = new RegExp(`^\\W*(?:${EARLIER_OCCASION.source})\\s*,`, 'iu');

/** A figure's words: from the figure before it up to it, and from it up to the figure after it (a year is no figure). */
function wordsAround(lower: string, offset: number, length: number): [before: string, after: string] {
  const start =
    lower
      .slice(0, offset)
      .replace(YEAR, 'yyyy')
      .search(/\d[^\d]*$/) + 1;
  const next = lower
    .slice(offset + length)
    .replace(YEAR, 'yyyy')
    .search(/\d/);
  return [lower.slice(start, offset), lower.slice(offset + length, next < 0 ? lower.length : offset + length + next)];
}

/**
 * Whether a figure's clause places it at an occasion before its report's ("303 seats in the previous election",
 * "the 303 it won five years ago", "Last season, the club took 71 points": time-words.ts, OCCASIONS): it is
 * of that occasion, not of its report's time. Its year is left unknown: "five years ago" is a year's count
 * back from a day the report does not tell ("a year earlier" than the month a release is about, or than
 * the report's).
 */
export function earlierOccasion(sentence: string, offset: number, length: number): boolean {
  const lower = sentence.toLowerCase();
  // A plain scan first: every form needs one of these words, and few sentences hold any.
  if (!mayTellOccasion(lower)) return false;
  const [fromLast, toNext] = wordsAround(lower, offset, length);
  // The figure's own clause: from the last clause break before it, up to the end of its clause after it.
  const before = fromLast.split(/[,;:(—–]/).pop()!;
  const after = toNext.split(CLAUSE_END)[0]!;
  return (
    EARLIER_OCCASION.test(`${before} ${after}`) || OCCASION_OPENING.test(lower.replace(YEAR, 'yyyy').split(/\d/)[0]!)
  );
}

/**
 * The year a figure's own words say it is about, or null: "a 2011 earthquake near the coast that set off a
 * tsunami left nearly 20,000 dead", "since 1918, when 453 people died". Its words run from the figure before
 * it to the figure after it, a year being no figure.
 */
export function yearNamed(sentence: string, offset: number, length: number): number | null {
  if (!YEAR_DIGITS.test(sentence)) return null;
  const lower = sentence.toLowerCase();
  const [before, after] = wordsAround(lower, offset, length);
  const yearBefore = PREVIOUS_ITEMS_YEAR.test(before) ? null : NAMED_YEAR.exec(before);
  const ownAfter = after.split(CLAUSE_END)[0]!;
  const inClause = yearOfWhenClause(lower.slice(0, offset), ownAfter);
  if (inClause !== null) return inClause;
  const found =
    (yearBefore && !ofComparedThing(before, yearBefore) && !SINCE_THING_YEAR.test(before.slice(0, yearBefore.index))
      ? yearBefore
      : null) ?? yearAfter(ownAfter);
  if (found) return Number(found[1]);
  // "the 1999 quake that measured 7.3, which destroyed thousands of buildings and killed 2,400": a relative clause
  // on the figure before tells of what that figure is of, and of its year.
  const previous = RELATIVE_OPENING.test(before)
    ? /(\d[\d,.]*)[^\d]*$/.exec(lower.slice(0, offset).replace(YEAR, 'yyyy'))
    : null;
  if (previous) return yearNamed(sentence, previous.index, previous[1]!.replace(/[.,]$/, '').length);
  // "In 2019, the Greens won 12 seats and the Liberals 30": a year that opens the sentence governs its figures.
  const head = lower.slice(0, lower.replace(YEAR, 'yyyy').search(/\d/));
  const opening = YEAR_OPENING.exec(head);
  return opening ? Number(opening[1]) : null;
}

// "after the truce", "before its collapse", "after Hamas", "after torrential rains": a noun phrase or clause
// follows, any word but a gerund; "before collapsing" says what the thing lasted until, so the length is still its
// own.
const OFFSET = new RegExp(
  `^\\s+(?:(${OFFSET_WORDS.filter((w) => w.then === 'phrase')
    .map((w) => w.words.replace(/ /g, '\\s+'))
    .join('|')})\\s+(?!\\p{Ll}+ing\\b)\\p{L}|(${OFFSET_WORDS.filter((w) => w.then === 'none')
    .map((w) => w.words)
    .join('|')})\\b)`,
  'u',
);

/**
 * The word that makes a length of time a time from or to an event ("two hours after the truce expired":
 * "after"), or null when the figure is how long something lasted (time-words.ts, OFFSET_WORDS).
 */
export function offsetWord(sentence: string, offset: number, length: number): string | null {
  const m = OFFSET.exec(sentence.slice(offset + length, offset + length + 30));
  return m ? (m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, ' ') : null;
}

/**
 * A toll of an event named by its day ("Tuesday's shelling killed 40", as of its report) against a count of
 * that day ("35 were killed on Tuesday"): both count that day's event, each as of its report. Reported the
 * same day they are one count ('same'); reported on different days, one total at two times ('series'); null
 * when the two are not an event's day and a count of that day.
 */
export function eventAgainstDay(a: When, b: When, aScope: string, bScope: string): 'same' | 'series' | null {
  const [event, day] =
    a.eventDay && bScope === 'single_day' ? [a, b] : b.eventDay && aScope === 'single_day' ? [b, a] : [];
  if (!event || !day || day.eventDay || !event.reported || !day.reported) return null;
  const dated = /^\d{4}-/.test(event.eventDay!);
  const sameDay = dated && day.day ? event.eventDay === day.day : event.eventDay === (day.weekday ?? '');
  if (!sameDay) return null;
  return event.reported === day.reported ? 'same' : 'series';
}

// "fell to 60.0% in July, from 60.1% the month before": the words right after a figure that set it a month before
// the month its sentence names.
const MONTH_BEFORE_WORDS = alternativesOf([
  { words: 'the month before' },
  { words: 'the previous month' },
  { words: 'the prior month' },
  { words: 'a month earlier' },
  { words: 'a month before' },
  { words: 'one month earlier' },
]);
const SET_MONTH_BEFORE = new RegExp(`^\\s*(?:${MONTH_BEFORE_WORDS})\\b`, 'i');

// "2.5% this year, 2.2% in 2025": a year told relative to the report right after a figure.
const RELATIVE_YEAR = new RegExp(`^\\s*(${alternativesOf(RELATIVE_YEARS)})\\b`, 'i');
const yearShift = new Map(RELATIVE_YEARS.map((y) => [y.words, y.years]));

/**
 * The period of a figure, from the period extraction gave it, the words after the figure and the report's date:
 * a year told relative to the report right after it ("headline inflation at 2.5% this year, 2.2% in 2025" is the
 * report's year, where extraction may lend it the year of a later item), or the month before the month its
 * sentence names ("fell to 60.0% in July, from 60.1% the month before" is June's); the period as given otherwise.
 */
export function periodOf(anchor: string, after: string, published: string | null): string {
  const relative = RELATIVE_YEAR.exec(after);
  if (relative && published && /^\d{4}$/.test(anchor))
    return String(Number(published.slice(0, 4)) + yearShift.get(relative[1]!.toLowerCase().replace(/\s+/g, ' '))!);
  return monthBefore(anchor, after);
}

/** The month before the month a period names, when the words after its figure say so; the period as given otherwise. */
function monthBefore(anchor: string, after: string): string {
  const [month, ...rest] = anchor.split(' ');
  const at = MONTHS.indexOf(month ?? '');
  if (at < 0 || !SET_MONTH_BEFORE.test(after)) return anchor;
  const year = rest.length === 1 && /^\d{4}$/.test(rest[0]!) ? Number(rest[0]) : null;
  const previous = MONTHS[(at + 11) % 12]!;
  if (year === null) return previous;
  return `${previous} ${at === 0 ? year - 1 : year}`;
}

// The record words as pattern alternatives, for the span since a day and the span since a record.
const RECORD_WORD = RECORD_WORDS.map((r) => r.word).join('|');
const RECORD_BEFORE = new RegExp(`\\b(?:${RECORD_WORD})\\b(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`, 'u');

/**
 * Whether the span a figure was given ("since october 2021") follows a record word in its sentence ("its highest
 * level since October 2021"): the span is the record's, and the figure no total over it.
 */
export function spanOfRecord(sentence: string, anchor: string): boolean {
  if (!anchor.startsWith('since ')) return false;
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(anchor);
  return at > 0 && RECORD_BEFORE.test(lower.slice(Math.max(0, at - 60), at));
}

// "its lowest rate in over a year", "the first strike in 16 years", "for the first time in a decade", "the lowest
// the annual inflation rate has been in two years": a determiner or a possessive, a record word, a few words of what
// it is said of, then the span's preposition. The determiner keeps out "most workers have been on strike for", and
// a verb of being between says how long a state lasted: "the first crews were idle for nine days".
const RECORD_SPAN_BEFORE = new RegExp(
  `(?:\\b(?:the|its|their|his|her|our|a|an)|\\p{L}['’]s)\\s+(${RECORD_WORD})\\b(?:\\s+(?!(?:is|are|was|were)\\b)[\\p{L}'’-]+){0,6}?\\s+(?:in|for|over)\\s+(?:the\\s+(?:past|last)\\s+)?(?:(?:more\\s+than|over|nearly|almost|about|some|at\\s+least)\\s+)?$`,
  'u',
);
// "a 15-year high.", "a 15-year high on Friday", "a two-year low of 3.1%": the record noun ends its phrase, so "a
// four-year high school course" and "a 10-year low-income plan" stay lengths.
const RECORD_SPAN_AFTER = new RegExp(
  `^\\s*(${RECORD_AFTER.map((r) => r.word).join('|')})(?=\\s*(?:[^\\p{L}\\s-]|$)|\\s+(?:of|on|in|at|as|and|or|but|after|amid|while|before|for|since|last|this|earlier|when|with|set|hit|reached)\\b)`,
  'u',
);
const RECORD_OF: ReadonlyMap<string, string> = new Map(
  [...RECORD_WORDS, ...RECORD_AFTER].map((r) => [r.word, r.record]),
);

/**
 * The record a length of time is the span since ("its highest level in 15 years", "a 15-year high": "most"; "its
 * first strike in 16 years": "first"), or null when the length is how long something lasted or another time
 * (time-words.ts, `RECORD_WORDS`, `RECORD_AFTER`). Such a span is its own quantity: told of the thing named, it
 * is no length of it.
 */
export function recordSpan(sentence: string, offset: number, length: number): string | null {
  const lower = sentence.toLowerCase();
  const m =
    RECORD_SPAN_AFTER.exec(lower.slice(offset + length, offset + length + 12)) ??
    RECORD_SPAN_BEFORE.exec(lower.slice(Math.max(0, offset - 60), offset));
  return m ? (RECORD_OF.get(m[1]!) ?? null) : null;
}

const NONE_SPAN_AFTER = new RegExp(
  `^\\s+(?:${NONE_AFTER.map((n) => n.words.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);

/** Whether a length of time is told as passing with none of a thing ("three years with no bank failures"; NONE_AFTER). */
export const spanWithNone = (sentence: string, offset: number, length: number): boolean =>
  NONE_SPAN_AFTER.test(sentence.slice(offset + length, offset + length + 20));

const OPENER = new RegExp(`^\\W*(?:${alternativesOf(EARLIER_OPENERS)})\\s*,`, 'i');

/**
 * Whether a figure's sentence sets it before its report without a day: opened by "Earlier," or "Initially,"
 * (time-words.ts, EARLIER_OPENERS), or the figure a correction replaced ("3,958 instead of 11,300 as earlier
 * reported": the 11,300; correction.ts).
 */
export function datedBack(sentence: string, offset: number, replaced: boolean): boolean {
  return replaced || (offset > 0 && OPENER.test(sentence));
}
