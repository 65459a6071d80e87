import type { Frame } from './frame';

/**
 * A figure told on a day ("sending its market value below $7 billion on Thursday") and one told as a total with no
 * time of its own ("the drop brought its market value below $7 billion", "to raise $2.25 billion in total"),
 * reported that day or later: nothing says two times, so the two may be one figure (`likely` in same-quantity.ts:
 * agreement, never a conflict). Not for counts: a day's count and a total of the same thing are as often a part and
 * its whole (a day's dead and the toll) as one figure.
 */
export function dayAgainstUntimedTotal(a: Frame, b: Frame): boolean {
  const [day, total] = a.quantity.scope === 'single_day' ? [a, b] : [b, a];
  if (day.kind === 'count' || day.quantity.scope !== 'single_day') return false;
  if (total.quantity.scope !== 'cumulative' || total.quantity.anchor || total.earlier || total.when.words) return false;
  const [on, reported] = [day.when.day, total.when.reported];
  return on !== null && reported !== undefined && on <= reported;
}
