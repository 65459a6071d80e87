import { shareTopic } from '../claims/topics';
import { unitFactor } from '../claims/units';
import type { Frame } from './frame';
import { intervalOf, roundsTo, sameFigure, type Figure } from './interval';
import { CHANGES_OVER_TIME, LOOSE_MIN_VALUE, sameFigureLooseContext, sameness, type Sameness } from './same-quantity';
import type { Relation } from './types';

/** A claim to compare: its figure, its frame (lib/compare/frame.ts) and what its text is about. */
export interface Comparable extends Figure {
  frame: Frame;
  topics: readonly string[];
}

export interface Related {
  relation: Relation;
  /** How sure the alignment is: 'series' for one running total reported at two times. */
  sameness: Exclude<Sameness, null>;
  /** The same figure in a context that could not be aligned. */
  loose: boolean;
}

/** Within a factor of two of each other. */
const near = (a: number, b: number) => Math.min(Math.abs(a), Math.abs(b)) * 2 >= Math.max(Math.abs(a), Math.abs(b));

/**
 * A count, share or sum reported with no scope on one side may be a different total of the same thing
 * ("178 killed" in a day, "15,000 killed" in the war): a conflict needs the figures to be close enough to
 * be one total told twice.
 */
const unscoped = (a: Comparable, b: Comparable) =>
  CHANGES_OVER_TIME.has(a.frame.kind) && (a.frame.quantity.scope === 'other' || b.frame.quantity.scope === 'other');

const comparable = (f: Comparable) => f.value * unitFactor(f.quantity.unit);

/**
 * The relation between two claims, or null when they are not about the same quantity. Values compare as
 * intervals: disjoint intervals conflict; overlapping ones agree when they state the same figure ("at
 * least 32" and "32", "about 240" and "240") and are compatible otherwise ("more than 15,000" and "more
 * than 14,800"). How sure the alignment is bounds the relation: a conflict only on the strongest evidence.
 */
/** The figure as its sentence bounds it: a figure moved past ("climbs past 500") is a lower bound. */
const bounded = (f: Comparable): Comparable =>
  f.frame.passed ? { ...f, qualifier: 'at_least', low: f.value, high: null } : f;

export function relationOf(claimAsRead: Comparable, otherAsRead: Comparable): Related | null {
  if (!shareTopic(claimAsRead.topics, otherAsRead.topics)) return null;
  const [claim, other] = [bounded(claimAsRead), bounded(otherAsRead)];
  const same = sameness(claim.frame, other.frame);
  const result = (relation: Relation, loose = false): Related => ({ relation, sameness: same ?? 'weak', loose });
  if (same && same !== 'weak') {
    const [aLow, aHigh] = intervalOf(claim, other);
    const [bLow, bHigh] = intervalOf(other, claim);
    const overlap = aLow <= bHigh && bLow <= aHigh;
    const close = near(comparable(claim), comparable(other));
    if (!overlap && roundsTo(claim, other)) return result('compatible');
    if (same === 'series') return sameFigure(claim, other) ? result('agree') : close ? result('compatible') : null;
    if (!overlap) return same === 'same' && (close || !unscoped(claim, other)) ? result('conflict') : null;
    if (sameFigure(claim, other)) return result('agree');
    // "109 deaths" fits "at least 32 killed on Friday", but with a scope unstated they may be two tolls:
    // compatible only when the figures are close, as a toll told as it grows is ("at least 27 killed",
    // "the toll rose to 39").
    return same === 'same' || close ? result('compatible') : null;
  }
  if (same === 'weak' && sameFigure(claim, other)) return result('agree');
  if (
    Math.abs(claim.value) >= LOOSE_MIN_VALUE &&
    sameFigure(claim, other) &&
    sameFigureLooseContext(claim.frame, other.frame)
  )
    return { relation: 'agree', sameness: 'weak', loose: true };
  return null;
}
