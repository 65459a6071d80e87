import { unitFactor } from '../claims/units';
import type { Figure } from './interval';

/**
 * How many times over two figures may differ and still be one quantity told wrong. Counts, shares, sums and lengths
 * of time farther apart are more often two quantities ("178 killed" in a day and "15,000 killed" in the war, a
 * sector's 22,000 jobs and the economy's 187,000, "the first strike in 16 years" and "a seven-week strike"): a
 * figure told wrong is off by some of it, not by a factor.
 */
const NEAR_FACTOR = 2;

/** A figure's value in its unit family's base unit, so that figures told in two units of one family compare. */
const inBaseUnit = (f: Figure) => Math.abs(f.value * unitFactor(f.quantity.unit));

/**
 * Whether two figures, brought to one unit, are within `factor` of each other (`NEAR_FACTOR` unless a rule with
 * stronger evidence of one quantity allows more), whatever their signs.
 */
export function near(a: Figure, b: Figure, factor = NEAR_FACTOR): boolean {
  const [x, y] = [inBaseUnit(a), inBaseUnit(b)];
  return Math.min(x, y) * factor >= Math.max(x, y);
}
