import { durationUnits } from './grammar/durations';
import { MEASURE_UNITS, MONEY_SUBUNITS } from './lexicon';

const DURATION_UNITS = durationUnits();

/** Factor that brings a unit to the one figures are compared in: days for durations, metres, kilograms... */
export function unitFactor(unit: string): number {
  if (unit === '') return 1;
  const { whole } = perItem(unit);
  return DURATION_UNITS[whole] ?? MEASURE_UNITS[whole]?.[1] ?? MONEY_SUBUNITS[whole]?.[1] ?? 1;
}

/**
 * A price per item ("cent/share", "usd/share": "10 cents a share", "$0.10 per share") is its sum's unit per the item:
 * the coin is worth what it is worth whatever it is the price of.
 */
function perItem(unit: string): { whole: string; item: string } {
  const slash = unit.indexOf('/');
  // A measure written with a slash ("km/h", "mb/s") is one unit.
  if (slash === -1 || unit in MEASURE_UNITS) return { whole: unit, item: '' };
  return { whole: unit.slice(0, slash), item: unit.slice(slash) };
}

/** The unit family two figures must share to be compared ("week" and "day" do; "%" and "pp" do not). */
export function unitFamily(unit: string): string {
  if (unit === '') return '';
  if (unit in DURATION_UNITS) return 'time';
  const { whole, item } = perItem(unit);
  return (MEASURE_UNITS[whole]?.[0] ?? MONEY_SUBUNITS[whole]?.[0] ?? whole) + item;
}

/**
 * For a rate over a span of time ("30,000 vehicles a day": unit "per day"), the span in days; else null. A rate over
 * one span restated over another is the same rate ("11 million vehicles a year").
 */
export function perSpanDays(unit: string): number | null {
  if (!unit.startsWith('per ')) return null;
  return DURATION_UNITS[unit.slice(4)] ?? null;
}
