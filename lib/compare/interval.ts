import { unitFactor, unitFamily } from '../claims/units';
import type { Claim } from '../claims/types';
import { looseLength } from './durations';

export type Figure = Pick<Claim, 'text' | 'value' | 'qualifier' | 'low' | 'high' | 'quantity'>;

// A figure as written, its decimals captured; ".6 miles" has no digit before its point.
const WRITTEN_NUMBER = /(?:\d[\d,]*)?\.(\d+)|\d[\d,]*/;
const SCALED = /(\d+)(?:\.(\d+))?\s*(million|billion|trillion|thousand|mn|bn|tn|k|m)\b/i;

/**
 * The scale word a figure is written with ("1.8 million", "$7.6m"), or null; "m" after a measure in metres ("7.6m of
 * water") is the unit, not a million.
 */
function scaleOf(f: Figure): RegExpExecArray | null {
  const m = SCALED.exec(f.text);
  return m && !(m[3]!.toLowerCase() === 'm' && f.quantity.unit === 'm') ? m : null;
}

/**
 * Half the rounding step of a figure written with a scale word ("1.8 million" stands for 1.75–1.85
 * million): such figures are rounded by the writer, so a source with 1,812,000 does not contradict them.
 */
function roundingSlack(f: Figure): number {
  const m = scaleOf(f);
  if (!m) return 0;
  const mantissa = Number(m[1] + (m[2] ? `.${m[2]}` : ''));
  return mantissa === 0 ? 0 : (Math.abs(f.value) / mantissa) * 10 ** -(m[2]?.length ?? 0) * 0.5;
}

/**
 * Half the step of the last digit written ("48": 0.5, "30": 5, "2.5": 0.05): a figure converted from
 * another unit ("30 miles (48 km)") is rounded by whoever converted it, to as many digits as it shows.
 */
function writtenStepSlack(f: Figure): number {
  const m = WRITTEN_NUMBER.exec(f.text);
  if (!m) return 0;
  if (m[1]) return 0.5 * 10 ** -m[1].length;
  const zeros = /0*$/.exec(m[0].replace(/,/g, ''))![0].length;
  return 0.5 * 10 ** zeros;
}

/**
 * The interval a figure asserts, in comparable units, with rounding slack for exact rounded figures; and
 * when it is compared with a figure in another unit of its family, the slack of a conversion, or for a length
 * of time what its unit may stand for (durations.ts: "seven weeks" for 53 days).
 */
export function intervalOf(f: Figure, against?: Figure): [number, number] {
  const loose = against === undefined ? null : looseLength(f, against);
  if (loose) return loose;
  const k = unitFactor(f.quantity.unit);
  const converted = against !== undefined && against.quantity.unit !== f.quantity.unit;
  const slack = f.qualifier !== 'exact' ? 0 : Math.max(roundingSlack(f), converted ? writtenStepSlack(f) : 0);
  const low = f.low === null ? -Infinity : (f.low - slack) * k;
  const high = f.high === null ? Infinity : (f.high + slack) * k;
  return [low, high];
}

/** Whether a value, in the base unit of the figure's family, falls within the figure's interval. */
export function fits(value: number, f: Figure): boolean {
  const [low, high] = intervalOf(f);
  return low <= value && value <= high;
}

/** The step of a whole figure's last digit that is not zero ("780,000": 10,000; "48": 1); the figure is not 0. */
export function lastDigitStep(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** The step a whole figure is rounded to when it ends in three or more zeros ("6,000": 1,000), else 0. */
function thousandsStep(value: number): number {
  return !Number.isInteger(value) || value === 0 || value % 1000 !== 0 ? 0 : lastDigitStep(value);
}

/**
 * Whether the more precise of two exact figures rounds to the other: "17.9 km" and "18 km", "2.43%" and
 * "2.4%", "6,150 children" and "6,000 children". Writers round measures and shares to fewer decimals and
 * large counts to thousands, so this is not a contradiction. Smaller whole numbers are left alone: "110"
 * is not a rounding of "105".
 */
export function roundsTo(a: Figure, b: Figure): boolean {
  if (
    a.qualifier !== 'exact' ||
    b.qualifier !== 'exact' ||
    a.quantity.unit !== b.quantity.unit ||
    scaleOf(a) !== null ||
    scaleOf(b) !== null
  )
    return false;
  const decimals = (f: Figure) => WRITTEN_NUMBER.exec(f.text)?.[1]?.length ?? 0;
  const [da, db] = [decimals(a), decimals(b)];
  if (da === 0 && db === 0) {
    const [sa, sb] = [thousandsStep(a.value), thousandsStep(b.value)];
    if (sa === sb) return false;
    const [fine, coarse, step] = sa < sb ? [a, b, sb] : [b, a, sa];
    // Within a twentieth as well: "1,400" is not "1,000" rounded, however the writer rounds.
    return (
      Math.round(fine.value / step) * step === coarse.value &&
      Math.abs(fine.value - coarse.value) <= Math.abs(coarse.value) / 20
    );
  }
  if (da === db) return false;
  const [fine, coarse, places] = da > db ? [a, b, db] : [b, a, da];
  return Number(fine.value.toFixed(places)) === coarse.value;
}

/** Whether two figures' intervals, each read against the other, share a value. */
export function overlapping(a: Figure, b: Figure): boolean {
  const [aLow, aHigh] = intervalOf(a, b);
  const [bLow, bHigh] = intervalOf(b, a);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Whether two figures state the same number, once brought to the same unit. */
export function sameFigure(a: Figure, b: Figure): boolean {
  const x = a.value * unitFactor(a.quantity.unit);
  const y = b.value * unitFactor(b.quantity.unit);
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/**
 * Half the step a converted figure was rounded to: its last digit's ("21.6": 0.05, "22" or "two": 0.5), or for
 * a whole number of a thousand or more that keeps two or more digits before its zeros, the last of those
 * ("2,300": 50). Whoever converts a large measure keeps about two significant digits, so 700 metres told in feet
 * is "2,300 feet"; smaller figures are converted to the unit ("150 km/h" is not 94 mph's 151), and one digit
 * before the zeros reads as that figure ("4,000 feet" is no rounding of 1,300 metres' 4,265).
 */
function conversionSlack(f: Figure): number {
  const m = WRITTEN_NUMBER.exec(f.text);
  if (m?.[1]) return writtenStepSlack(f);
  const [, digits = '', zeros = ''] = /^(\d*?)(0*)$/.exec(m?.[0].replace(/,/g, '') ?? '')!;
  return digits.length >= 2 && Math.abs(f.value) >= 1000 ? 0.5 * 10 ** zeros.length : 0.5;
}

/**
 * Whether a figure converted to another's unit rounds to it at the other's written precision: "34.8
 * kilometers" is 21.6 miles, "about 22 miles" the same depth told in miles, and 700 metres is 2,297 feet,
 * "2,300 feet" the same distance (conversionSlack).
 */
export function convertsTo(fine: Figure, coarse: Figure): boolean {
  if (fine.quantity.unit === coarse.quantity.unit || scaleOf(fine) !== null || scaleOf(coarse) !== null) return false;
  const converted = (fine.value * unitFactor(fine.quantity.unit)) / unitFactor(coarse.quantity.unit);
  return Math.abs(converted - coarse.value) <= conversionSlack(coarse) + 1e-9 * Math.abs(coarse.value);
}

/**
 * A range converted to another's unit, each end rounded as the other writes it ("six to eight metres" told as "20
 * to 26 feet": 19.7 and 26.2 feet).
 */
function rangeConvertsTo(fine: Figure, coarse: Figure): boolean {
  if (fine.qualifier !== 'range' || coarse.qualifier !== 'range') return false;
  if (fine.low === null || fine.high === null || coarse.low === null || coarse.high === null) return false;
  const ends = coarse.text.match(new RegExp(WRITTEN_NUMBER, 'g'));
  if (ends?.length !== 2) return false;
  return (
    convertsTo({ ...fine, value: fine.low }, { ...coarse, value: coarse.low, text: ends[0] }) &&
    convertsTo({ ...fine, value: fine.high }, { ...coarse, value: coarse.high, text: ends[1]! })
  );
}

/**
 * A bound that names one end of the other's range ("to as much as 5.5%" and "to a range of 5.25% to 5.5%",
 * "at least 40" and "40 to 60", "gusts as high as 70 miles per hour" and "between 45 and 70 mph"): both give that end,
 * the same figure.
 */
function boundAtRangeEnd(bound: Figure, range: Figure): boolean {
  if (range.qualifier !== 'range' || range.low === null || range.high === null) return false;
  const end = bound.qualifier === 'at_most' ? range.high : bound.qualifier === 'at_least' ? range.low : null;
  return end !== null && oneMeasure(bound.value, bound.quantity.unit, end, range.quantity.unit);
}

/**
 * Two figures that are one measure in units of one family, however each unit is spelled ("70 miles per hour" and
 * "70 mph", "10 feet" and "10 ft").
 */
const oneMeasure = (a: number, unitA: string, b: number, unitB: string) =>
  unitA === unitB
    ? a === b
    : unitFamily(unitA) === unitFamily(unitB) &&
      Math.abs(a * unitFactor(unitA) - b * unitFactor(unitB)) <= 1e-9 * Math.abs(a * unitFactor(unitA));

/**
 * A range and a figure at one of its ends ("between $10 and $15 billion", "$10bn"), or two ranges from one
 * figure ("18 to 25", "18 to 30"): a range's value is its lower end, but it states both.
 */
const rangeAgainstOther = (a: Figure, b: Figure) =>
  (a.qualifier === 'range' || b.qualifier === 'range') &&
  !(
    a.qualifier === b.qualifier &&
    a.high !== null &&
    b.high !== null &&
    sameFigure({ ...a, value: a.high }, { ...b, value: b.high })
  );

/** Exact or roughly told: a figure that stands for one value, neither a bound nor a range. */
export const pointLike = (f: Figure) => f.qualifier === 'exact' || f.qualifier === 'approx';

/** A floor or a ceiling ("at least 40", "fewer than 12"): a figure that only starts or ends at its value. */
export const isBound = (f: Figure) => f.qualifier === 'at_least' || f.qualifier === 'at_most';

/**
 * The same figure, a bound at the end of the other's range, or the other's measure converted to the claim's
 * unit and rounded as the claim is written ("about 22 miles" for "34.8 kilometers", 21.6 miles: the writer's
 * conversion), a range likewise end by end ("20 to 26 feet" for "six to eight metres"). Not the other way round:
 * "17.9 kilometres" is not "11 miles" (17.7 km) converted, though it rounds to 11 miles.
 */
export const sameStated = (claim: Figure, other: Figure) =>
  (sameFigure(claim, other) && !rangeAgainstOther(claim, other)) ||
  boundAtRangeEnd(claim, other) ||
  boundAtRangeEnd(other, claim) ||
  (pointLike(claim) && pointLike(other) && convertsTo(other, claim)) ||
  rangeConvertsTo(other, claim);
