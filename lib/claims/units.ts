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
