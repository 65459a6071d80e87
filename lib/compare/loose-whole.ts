import { appendTo } from '../map-lists';
import type { Frame } from './frame';
import { countedAlike, partSums } from './parts';
import type { CorpusClaim } from './types';

/**
 * A whole named by its larger part. Reports that tell a group by its parts ("all 367 passengers and 12 crew were
 * evacuated", 379 in all) show what a writer means who names the whole by the part's noun ("All 379 passengers were
 * evacuated", for everyone aboard): the whole, loosely named. Against another report's figure for that part ("367
 * passengers on board") it is no contradiction, only a looser naming: compatible. Read from the corpus claims a check
 * reads anyway, and only when a conflict is found.
 */

/** A corpus claim as the check reads it: the claim and its frame. */
interface Read {
  claim: CorpusClaim;
  frame: Frame;
}

/** The pairs of a part's figure and its group's whole (`part|whole`) the corpus sentences tell by their parts. */
export function partsAndWholes(read: readonly Read[]): Set<string> {
  const bySentence = new Map<string, Read[]>();
  for (const r of read) appendTo(bySentence, `${r.claim.articleId}|${r.claim.sentence}`, r);
  const pairs = new Set<string>();
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    const sorted = [...new Map(list.map((r) => [r.claim.offsetInSentence, r])).values()].sort(
      (a, b) => a.claim.offsetInSentence - b.claim.offsetInSentence,
    );
    const placed = sorted.map(({ claim }) => ({
      ...claim,
      sentenceStart: 0,
      start: claim.offsetInSentence,
      end: claim.offsetInSentence + claim.text.length,
    }));
    const sums = partSums(placed, sorted[0]!.claim.sentence, (a, b) =>
      countedAlike(sorted[a]!.frame, sorted[b]!.frame),
    );
    sums.forEach((sum, i) => {
      if (sum !== null) pairs.add(`${sorted[i]!.claim.value}|${sum}`);
    });
  }
  return pairs;
}

/** Whether two figures are a part and the whole the corpus tells it a part of (`partsAndWholes`). */
export const partAndWhole = (a: number, b: number, pairs: ReadonlySet<string>): boolean =>
  a !== b && pairs.has(a < b ? `${a}|${b}` : `${b}|${a}`);
