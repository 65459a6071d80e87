import { extractClaims } from '../claims/extract';
import { frameOf, type Frame } from './frame';
import { intervalOf, sameFigure, type Figure } from './interval';
import { near } from './near';
import type { Comparable } from './related';
import { accumulates, runningTotalOf } from './series';
import { daysBetween } from './when';

/**
 * A figure of another running total told in the same sentence ("140 dead" beside "182 wounded"): officials give a
 * disaster's tallies together, the dead with the injured, so a sentence that tells two of them tells one update.
 */
export interface Tally extends Figure {
  /** The running total it counts (series.ts): "kill", "injure", "missing"..., or '' for a count that is none. */
  event: string;
  /** What it counts, with its sub-groups ("person|indonesian"): a part of a breakdown (`oneBreakdown`). */
  counts: string;
}

/**
 * Below this a shared figure tells nothing of one update: small counts ("two children", "five arrested") recur in
 * every report whatever its hour.
 */
const MIN_SHARED_TALLY = 10;

/** A figure of a sentence as a tally beside another, or null: a count of ten or more of a running total. */
export function tallyOf(c: Figure & { kind: string }, frame: Frame): Tally | null {
  if (c.kind !== 'count' || c.value < MIN_SHARED_TALLY) return null;
  return { ...c, event: runningTotalOf(frame)?.event ?? '', counts: `${frame.head}|${c.quantity.groups.join(' ')}` };
}

/**
 * The other running totals a stored claim's sentence tells beside the figure at `offset`, read when asked: the
 * sentence is read again only for the rare pair a rule needs them for (`toldOfOneUpdate`).
 */
export function tallyReader(sentence: string, offset: number, published: string | null): () => readonly Tally[] {
  let tallies: Tally[] | undefined;
  return () => {
    tallies ??= extractClaims(sentence).flatMap((c) => {
      if (c.start === offset) return [];
      return tallyOf(c, frameOf(c, sentence, c.start, published)) ?? [];
    });
    return tallies;
  };
}

/**
 * Whether two sentences give the same figure for one running total other than the one compared, and neither gives a
 * second figure of the one compared: "of the 360 injured, 182 remain in hospital" tells a part of a whole, and "the
 * injured rose from 182 to 360" a change.
 */
function sharedTally(a: Comparable, b: Comparable, event: string): boolean {
  const [ours, theirs] = [a.tallies?.() ?? [], b.tallies?.() ?? []];
  if (ours.some((t) => t.event === event) || theirs.some((t) => t.event === event)) return false;
  return ours.some(
    (t) => t.event !== '' && t.qualifier === 'exact' && theirs.some((u) => u.event === t.event && sameFigure(t, u)),
  );
}

/** Parts of one breakdown two sentences must share, figure for figure, before they are one breakdown told twice. */
const MIN_SHARED_PARTS = 3;

/**
 * One breakdown told twice: two sentences that give the same figures for three or more of its parts ("60 Jordanians,
 * 35 Pakistanis, 13 Iraqis, 11 Iranians") tell one tally, so the figures one gives for another part ("32 Indonesians")
 * and the other's ("132 Indonesians") cannot both hold. Where the breakdown is of a running total (the pair or a part
 * of either told as one), its parts grow one by one between reports: only a part lower in the later report is a
 * contradiction, as for a tally beside a shared one (`toldOfOneUpdate`).
 */
export function oneBreakdown(a: Comparable, b: Comparable): boolean {
  if (a.quantity.groups.length === 0 || a.quantity.groups.join(' ') !== b.quantity.groups.join(' ')) return false;
  const own = `${a.frame.head}|${a.quantity.groups.join(' ')}`;
  const [ours, theirs] = [a.tallies?.() ?? [], b.tallies?.() ?? []];
  const shared = ours.filter(
    (t) => t.counts !== own && t.qualifier === 'exact' && theirs.some((u) => u.counts === t.counts && sameFigure(t, u)),
  );
  if (new Set(shared.map((t) => t.counts)).size < MIN_SHARED_PARTS) return false;
  const grows = accumulates(a.frame) || accumulates(b.frame) || [...ours, ...theirs].some((t) => t.event !== '');
  return !grows || laterBelowEarlier(a, b);
}

/**
 * Two reports of one running total on different days, each sentence giving it beside the same figure for another
 * running total ("140 dead and 182 wounded" on Thursday, "140 dead ... 360 wounded" on Wednesday), the later report's
 * figure below the earlier's: told of one update, the figures would be the same; of two, the later would be no
 * lower, since the shared tally held still and this one only grows. Either way they cannot both hold: a
 * contradiction (a stale figure given as current), where reports of a running total at two times are otherwise a
 * series. A shared tally alone is no sign of one update (the dead at 103 while the injured rose from 173 to 211 in
 * the next day's report are two updates): the figure running backward is what the rule rests on.
 */
export function toldOfOneUpdate(a: Comparable, b: Comparable): boolean {
  const total = runningTotalOf(a.frame);
  if (!total?.rises || runningTotalOf(b.frame)?.event !== total.event || !near(a, b)) return false;
  return laterBelowEarlier(a, b) && sharedTally(a, b, total.event);
}

/** Whether of two figures in reports of different days, the later one's is below the earlier one's. */
function laterBelowEarlier(a: Comparable, b: Comparable): boolean {
  const [dayA, dayB] = [a.frame.when.reported, b.frame.when.reported];
  if (!dayA || !dayB) return false;
  const days = daysBetween(dayA, dayB);
  if (days === 0) return false;
  const [earlier, later] = days > 0 ? [b, a] : [a, b];
  return intervalOf(later)[1] < intervalOf(earlier)[0];
}
