import { intervalOf } from './interval';
import { near } from './near';
import type { Comparable } from './related';
import { placeOnlyIn } from './same-quantity';
import { countedWithinDay } from './series';
import { wholeDay } from './when';

/**
 * A rough figure below another source's floor for one count of one day: "It is estimated that around 60 houses were
 * covered" and "more than 100 houses were buried", reported the same day. The floor says how many are known at the
 * least; a rough figure of the whole that stays below it cannot also hold, since rounding never takes "around 60"
 * past 66. Within the factor of two of any conflict between counts (`near`): farther apart, a dozen of one thing and
 * over 150 of another are more often two quantities. Not when either tells a part of the day or names a place the other does
 * not (one village's houses are a part of the district's), nor for a total counted through the day (a toll, the
 * injured: `countedWithinDay`), whose morning's rough figure may be below its evening's floor.
 */
export function estimateBelowFloor(a: Comparable, b: Comparable): boolean {
  const [rough, floor] = a.qualifier === 'approx' ? [a, b] : [b, a];
  if (rough.qualifier !== 'approx' || floor.qualifier !== 'at_least') return false;
  const [r, f] = [rough.frame, floor.frame];
  if (r.kind !== 'count' || !r.named || !f.named || r.earlier || f.earlier) return false;
  if (r.when.reported === undefined || r.when.reported !== f.when.reported) return false;
  if (!wholeDay(r.when) || !wholeDay(f.when) || countedWithinDay(r, f)) return false;
  if (placeOnlyIn(r, f) || placeOnlyIn(f, r)) return false;
  return intervalOf(floor)[0] > intervalOf(rough)[1] && near(rough, floor);
}
