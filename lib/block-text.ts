import type { CheckedClaim } from './compare/types';
import type { BlockClaim } from './messages';

/** Blocks are joined with a paragraph break so the engine never reads a sentence across two of them. */
export const BLOCK_SEPARATOR = '\n\n';

export interface JoinedBlocks {
  text: string;
  /** Offset of each block inside `text`. */
  starts: number[];
}

export function joinBlocks(blocks: string[]): JoinedBlocks {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.join(BLOCK_SEPARATOR), starts };
}

/** Index of the block holding `offset`: the last block starting at or before it. */
function blockAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Re-expresses claims found in the joined text relative to their block. A claim that would straddle two
 * blocks cannot be highlighted in one place, so it is dropped; its sentence is clipped to the block.
 */
export function claimsPerBlock(claims: CheckedClaim[], joined: JoinedBlocks, blocks: string[]): BlockClaim[] {
  const out: BlockClaim[] = [];
  for (const claim of claims) {
    const block = blockAt(joined.starts, claim.start);
    const base = joined.starts[block]!;
    const length = blocks[block]!.length;
    if (claim.end - base > length) continue;
    const clip = (offset: number) => Math.min(Math.max(offset - base, 0), length);
    out.push({
      ...claim,
      block,
      start: claim.start - base,
      end: claim.end - base,
      sentenceStart: clip(claim.sentenceStart),
      sentenceEnd: clip(claim.sentenceEnd),
    });
  }
  return out;
}
