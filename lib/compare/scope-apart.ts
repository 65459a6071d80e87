import { isCommonCount } from './common-count';
import type { Frame } from './frame';
import { sameFigure } from './interval';
import type { Comparable } from './related';
import { FIELDS, fieldGrade, type Field } from './same-quantity';
import { ONE_TIME_DAYS } from './series';
import { daysBetween, differentDeedDays } from './when';

/**
 * A percent told to a decimal ("3.75%") or of ten or more: a share or a rate a writer does not round into by
 * chance. A whole percent under ten ("4%") turns up in any report of an economy, as small counts do in any
 * report of a disaster (common-count.ts).
 */
const MIN_WHOLE_PERCENT = 10;

/**
 * Fields other than the one told apart that may be told on weak evidence alone (what is counted unnamed on one side, a
 * deed said on one side only, a scope left unsaid): one. "A range of forecasts running from 40,000" and "40,000 new
 * jobs added" name neither the same thing nor the same deed, and share a figure by chance.
 */
const MAX_WEAK_FIELDS = 1;

/**
 * Two frames of one figure told in reports within one release of each other (`ONE_TIME_DAYS`), every field but
 * `apart` aligned, at most `MAX_WEAK_FIELDS` of them on weak evidence alone: what a figure told one field apart
 * (a scope here, what is counted in thing-apart.ts) needs to be one quantity.
 */
export function oneReleaseAlignedBut(apart: Field, fa: Frame, fb: Frame): boolean {
  const ra = fa.when.reported;
  const rb = fb.when.reported;
  if (ra === undefined || rb === undefined || Math.abs(daysBetween(ra, rb)) > ONE_TIME_DAYS) return false;
  const grades = FIELDS.filter((field) => field !== apart).map((field) => fieldGrade(field, fa, fb));
  return !grades.includes(null) && grades.filter((g) => g === 'weak').length <= MAX_WEAK_FIELDS;
}

/**
 * Two figures two texts would rarely share by chance: no small count, no small whole percent, unless both are the value
 * one change came from, told with the same value it came to ("from 4% to 3.75%", "to 3.75% from a record 4.0%"): the
 * two figures together are the change.
 */
const distinctive = (a: Comparable, b: Comparable) =>
  (a.before != null && a.before === b.before) || (distinctiveFigure(a) && distinctiveFigure(b));

/** A figure two texts would rarely share by chance: no small count, no small whole percent. */
function distinctiveFigure(f: Comparable): boolean {
  if (isCommonCount(f.frame.kind, f.value)) return false;
  if (f.frame.kind === 'percent' && f.frame.family === '%')
    return !Number.isInteger(f.value) || Math.abs(f.value) >= MIN_WHOLE_PERCENT;
  return true;
}

/** A figure told of a day against a report from before that day, which cannot tell that day's figure. */
const reportedBeforeDay = (f: Frame, reported: string | undefined) =>
  f.quantity.scope === 'single_day' && f.when.day !== null && reported !== undefined && reported < f.when.day;

/**
 * Scopes a sentence lends every figure in it, which may belong to another of its figures: "cut the rate to 3.75%
 * from a record 4.0% on Thursday" (one day), "a record high of 4 percent since September, by 0.25 points to 3.75
 * percent" (a running total), "will reduce from 4% to 3.75%" (a plan). Told with different kinds of scope, and
 * aligned in every other field (what is counted, the deed, the unit, the place), the same distinctive figure is one
 * quantity on moderate evidence: it may agree, never conflict. Scopes of one kind that differ ("2.2% in 2025",
 * "2.2% in 2024"), deeds of two days ("12 killed on Monday" twice, a week apart), or reports farther apart than one
 * release (`ONE_TIME_DAYS`: a month's jobless rate the same as the month before's) are two quantities, and so is a
 * figure of a day against a report from before it ("trying to raise $1.5 billion" on Monday, "launched a sale on
 * Wednesday to raise $1.5 billion").
 */
export function oneFigureScopesApart(a: Comparable, b: Comparable): boolean {
  // Asked of most pairs of a check, nearly all of one scope: the frames named one by one, without a pair's array.
  const fa = a.frame;
  const fb = b.frame;
  if (fa.quantity.scope === fb.quantity.scope || !distinctive(a, b) || !sameFigure(a, b)) return false;
  if (differentDeedDays(fa.when, fa.quantity.scope, fb.when, fb.quantity.scope)) return false;
  if (reportedBeforeDay(fa, fb.when.reported) || reportedBeforeDay(fb, fa.when.reported)) return false;
  return oneReleaseAlignedBut('time', fa, fb);
}
