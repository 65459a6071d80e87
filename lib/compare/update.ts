import { extractClaims } from '../claims/extract';
import type { Claim } from '../claims/types';
import { isCommonCount } from './common-count';
import { frameOf, type Frame } from './frame';
import { runningTotalOf } from './series';

/**
 * Another running total a figure's sentence gives beside it ("140 dead and 182 wounded": the dead, 140, beside
 * the wounded): what it counts and its figure, as that report has it.
 */
export interface Companion {
  event: string;
  value: number;
}

/**
 * Whether a figure may anchor its sentence's other running totals to one update: an exact count of a running total
 * ("140 dead", "the toll stood at 140"), not set back in time ("up from 137"), and above the counts of ten or fewer
 * that any two reports may share by chance (a toll stuck at nine for a day while the injured are counted on).
 */
const anchors = (c: Pick<Claim, 'kind' | 'value' | 'qualifier'>, frame: Frame) =>
  c.qualifier === 'exact' && !isCommonCount(c.kind, c.value) && !frame.earlier && runningTotalOf(frame) !== null;

const companionOf = (c: Pick<Claim, 'value'>, frame: Frame): Companion => ({
  event: runningTotalOf(frame)!.event,
  value: c.value,
});

// A sentence with one number in it has no companion figure: read first, it spares most sentences extraction.
const TWO_NUMBERS = /\d\D+\d/;

/** The companions of the figure at `offset` in a stored sentence, read from the sentence itself. */
export function companionsIn(sentence: string, offset: number): Companion[] {
  if (!TWO_NUMBERS.test(sentence)) return [];
  const out: Companion[] = [];
  for (const c of extractClaims(sentence)) {
    if (c.start <= offset && offset < c.end) continue;
    const frame = frameOf(c, sentence, c.start, null);
    if (anchors(c, frame)) out.push(companionOf(c, frame));
  }
  return out;
}

/** The companions of each of a page's claims, from the claims of its sentence already read and framed. */
export function companionsAmong(claims: readonly Claim[], framesOf: readonly Frame[]): Companion[][] {
  const bySentence = new Map<number, { at: number; companion: Companion }[]>();
  claims.forEach((c, i) => {
    if (!anchors(c, framesOf[i]!)) return;
    const list = bySentence.get(c.sentenceStart) ?? [];
    list.push({ at: i, companion: companionOf(c, framesOf[i]!) });
    bySentence.set(c.sentenceStart, list);
  });
  return claims.map((c, i) =>
    (bySentence.get(c.sentenceStart) ?? []).filter((x) => x.at !== i).map((x) => x.companion),
  );
}

/**
 * Two reports of one running total, each giving beside it another running total with the same exact figure ("the
 * official toll ... now standing at 140 dead and 182 wounded", "the death toll stood at 140 as of Wednesday
 * afternoon, while another 360 people were listed as wounded"): officials update a disaster's dead and injured
 * together, in one bulletin, so an identical toll marks both reports as quoting one update, whatever day each was
 * published; their figures for the other total are then one quantity at one time, not two points of a series.
 */
export function oneUpdate(a: Frame, ca: readonly Companion[], b: Frame, cb: () => readonly Companion[]): boolean {
  if (!ca.length) return false;
  const own = runningTotalOf(a)?.event;
  if (own === undefined || runningTotalOf(b)?.event !== own) return false;
  const others = ca.filter((x) => x.event !== own);
  return others.length > 0 && cb().some((y) => others.some((x) => y.event === x.event && y.value === x.value));
}
