import type { Frame } from './frame';
import { pointLike, sameFigure } from './interval';
import type { Comparable } from './related';
import { oneReleaseAlignedBut } from './scope-apart';

/**
 * Significant digits a figure must keep for two reports to share it by other than chance: "116", "159", "1,301",
 * "141,000" are rarely rounded into, where "60", "100", "2,000", "40%" and "2.2%" turn up in any story of a kind.
 */
const MIN_SIGNIFICANT_DIGITS = 3;

/** The digits of a figure from its first to its last that is not zero ("141,000": 3, "0.35": 2, "949.50": 4). */
function significantDigits(value: number): number {
  return Math.abs(value).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '')
    .length;
}

/**
 * A figure extraction read nothing counted at: its sentence says what it counts before it or leaves it to the
 * sentence before ("There are 116 now left", "It has taken 159 of 400").
 */
const countsNothingRead = (f: Frame) => f.head === '';

/**
 * The same point figure of three significant digits or more in two reports of one story within one release of each
 * other, one side reading nothing counted at it, every field but what is counted aligned, neither a length of time
 * ("a year", "five days": said of many things of a story): "There are 116 now left in Gaza" and "around 116 hostages
 * remain", "It has taken 159 of 400" and "ANC – 159 seats". What a figure counts is often said in the sentence before,
 * and two reports rarely share such a figure by chance. Moderate evidence: it may agree, never conflict. Not a value
 * a change came from, an average or a figure dated back against one that is none: each is of another time.
 */
export function oneFigureThingApart(a: Comparable, b: Comparable): boolean {
  const fa = a.frame;
  const fb = b.frame;
  if (fa.kind !== fb.kind || fa.kind === 'duration' || !(countsNothingRead(fa) || countsNothingRead(fb))) return false;
  if (significantDigits(a.value) < MIN_SIGNIFICANT_DIGITS) return false;
  if (!pointLike(a) || !pointLike(b) || !sameFigure(a, b)) return false;
  if (
    Boolean(a.before) !== Boolean(b.before) ||
    Boolean(a.averaged) !== Boolean(b.averaged) ||
    fa.earlier !== fb.earlier
  )
    return false;
  return oneReleaseAlignedBut('thing', fa, fb);
}
