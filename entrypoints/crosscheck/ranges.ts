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
 * Highlights hold StaticRanges: live Ranges would be updated by the browser on every change the page
 * makes to its DOM, thousands of times over on a live blog. The price is that a StaticRange can go stale,
 * so `stillHolds` is checked whenever the page changes.
 */
export interface Figure {
  range: StaticRange;
  text: string;
}

/** The text a static range covers now, or null when its nodes have left the document. */
function currentText(range: StaticRange): string | null {
  const { startContainer: start, endContainer: end } = range;
  if (!start.isConnected || !end.isConnected) return null;
  if (start === end) return (start as Text).data.slice(range.startOffset, range.endOffset);
  return liveRange(range)?.toString() ?? null;
}

export const stillHolds = (figure: Figure): boolean => currentText(figure.range) === figure.text;

/** A live Range over the same text, for geometry and comparisons, which StaticRange lacks; null when stale. */
export function liveRange(range: StaticRange): Range | null {
  try {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

/**
 * The figure at `[start, end)` of a block's text, or null when the page has changed since the block was
 * read (the text there is no longer what was checked).
 */
export function blockFigure(block: TextBlock, start: number, end: number): Figure | null {
  const from = pieceAt(block, start, false);
  const to = pieceAt(block, end, true);
  if (!from || !to || start >= end) return null;
  const range = new StaticRange({
    startContainer: from.node,
    startOffset: start - from.start,
    endContainer: to.node,
    endOffset: end - to.start,
  });
  const figure = { range, text: block.text.slice(start, end) };
  return stillHolds(figure) ? figure : null;
}
