import type { TextBlock } from './text-blocks';

/** The piece holding `offset`: for a start, the piece it begins; for an end, the piece it closes. */
function pieceAt(block: TextBlock, offset: number, isEnd: boolean) {
  const { pieces } = block;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = pieces[mid]!.start;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo];
}

/**
 * The DOM range of `[start, end)` in a block's text, or null when the page has changed since the block
 * was read (the text there is no longer what was checked).
 */
export function blockRange(block: TextBlock, start: number, end: number): Range | null {
  const from = pieceAt(block, start, false);
  const to = pieceAt(block, end, true);
  if (!from || !to || start >= end) return null;
  try {
    const range = document.createRange();
    range.setStart(from.node, start - from.start);
    range.setEnd(to.node, end - to.start);
    return range.toString() === block.text.slice(start, end) ? range : null;
  } catch {
    return null;
  }
}
