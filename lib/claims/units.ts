import { durationUnits } from './grammar/durations';
import { MEASURE_UNITS, MONEY_SUBUNITS } from './lexicon';

const DURATION_UNITS = durationUnits();

/** Factor that brings a unit to the one figures are compared in: days for durations, metres, kilograms... */
export function unitFactor(unit: string): number {
  if (unit === '') return 1;
  return DURATION_UNITS[unit] ?? MEASURE_UNITS[unit]?.[1] ?? MONEY_SUBUNITS[unit]?.[1] ?? 1;
}

/** The unit family two figures must share to be compared ("week" and "day" do; "%" and "pp" do not). */
export function unitFamily(unit: string): string {
  if (unit === '') return '';
  if (unit in DURATION_UNITS) return 'time';
  return MEASURE_UNITS[unit]?.[0] ?? MONEY_SUBUNITS[unit]?.[0] ?? unit;
}

/**
 * For a rate over a span of time ("30,000 vehicles a day": unit "per day"), the span in days; else null. A rate over
 * one span restated over another is the same rate ("11 million vehicles a year").
 */
export function perSpanDays(unit: string): number | null {
  if (!unit.startsWith('per ')) return null;
  return DURATION_UNITS[unit.slice(4)] ?? null;
}
