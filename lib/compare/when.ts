import { WEEKDAYS } from '../claims/grammar/calendar';
import type { Quantity } from '../claims/types';

/**
 * The time a figure refers to, resolved from its words and its article's date of publication: "on
 * Thursday" in a report of Friday 1 December 2023 is 30 November; "as of Sunday" is the Sunday before
 * publication; a running total told with no day ("so far", "since October 7", or no marker at all) is as
 * of publication. Without a publication date a named weekday is kept as a name, so two undated "on
 * Thursday"s still meet.
 */
export interface When {
  /** The day the figure is for or as of (YYYY-MM-DD), when words and publication date tell it. */
  day: string | null;
  /** The weekday named, or the weekday of the day ("thursday"); null when neither is known. */
  weekday: string | null;
}

// In the order of Date's getUTCDay: Sunday first.
const WEEKDAY_LIST = ['sunday', ...WEEKDAYS.slice(0, 6)];
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const DAY_MS = 86_400_000;

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const shift = (iso: string, days: number) => isoOf(new Date(toDate(iso).getTime() + days * DAY_MS));

/** Days relative to publication that a word names: "yesterday" is the day before, "overnight" the night just past. */
const RELATIVE_DAYS: Record<string, number> = { today: 0, tonight: 0, overnight: 0, yesterday: -1 };

/** The latest such weekday on or before the day of publication: news reports what has happened. */
function weekdayBefore(published: string, weekday: number): string {
  const back = (toDate(published).getUTCDay() - weekday + 7) % 7;
  return shift(published, -back);
}

/** "december 1", "1 december", "dec 1": the date in the year of publication, or the year before for a later month. */
function dateOfAnchor(words: string[], published: string): string | null {
  const month = words.map((w) => MONTHS.findIndex((m) => w.length >= 3 && m.startsWith(w))).find((i) => i >= 0);
  const dayOfMonth = words.map(Number).find((n) => Number.isInteger(n) && n >= 1 && n <= 31);
  if (month === undefined || dayOfMonth === undefined) return null;
  const [year, pubMonth] = [Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1];
  const y = month > pubMonth + 1 ? year - 1 : year;
  return `${y}-${String(month + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function dayNamed(anchor: string, published: string | null): When {
  const words = anchor.split(/\s+/).filter((w) => w !== 'as' && w !== 'of' && w !== 'on');
  const weekday = WEEKDAY_LIST.findIndex((w) => words.includes(w));
  if (weekday >= 0) return { day: published && weekdayBefore(published, weekday), weekday: WEEKDAY_LIST[weekday]! };
  const relative = words.map((w) => RELATIVE_DAYS[w]).find((n) => n !== undefined);
  if (relative !== undefined) return { day: published && shift(published, relative), weekday: null };
  return { day: published && dateOfAnchor(words, published), weekday: null };
}

/** Running totals told as of a day ("as of Sunday") or as of nothing but their report. */
const AS_OF = /^as of\b/;

const weekdayOf = (iso: string) => WEEKDAY_LIST[toDate(iso).getUTCDay()]!;

function resolved(q: Pick<Quantity, 'scope' | 'anchor'>, published: string | null): When {
  if (q.scope === 'single_day' || (q.scope === 'cumulative' && AS_OF.test(q.anchor)))
    return dayNamed(q.anchor, published);
  if (q.scope === 'cumulative' || q.scope === 'other') return { day: published, weekday: null };
  return { day: null, weekday: null };
}

export function whenOf(q: Pick<Quantity, 'scope' | 'anchor'>, published: string | null): When {
  const found = resolved(q, published);
  // The weekday of a known day, worked out once: a day meets an undated weekday by its name.
  return found.day && !found.weekday ? { day: found.day, weekday: weekdayOf(found.day) } : found;
}

/** Whether two times are one day, two days, or cannot be told apart. */
export function sameTime(a: When, b: When): 'same' | 'different' | 'unknown' {
  if (a.day && b.day) return a.day === b.day ? 'same' : 'different';
  // An undated weekday against a dated one, or two undated weekdays: by the weekday's name.
  if (a.weekday && b.weekday && !(a.day && b.day)) return a.weekday === b.weekday ? 'same' : 'different';
  return 'unknown';
}

/** Which of two known days is later: positive when `a` is. */
export const daysBetween = (a: string, b: string): number => (toDate(a).getTime() - toDate(b).getTime()) / DAY_MS;
