import type { LocatedClaim } from './page-claims';

/** Chrome and Firefox have caretPositionFromPoint; Safari before 18 only the older caretRangeFromPoint. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const SLACK_PX = 1;
const contains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left - SLACK_PX && x <= rect.right + SLACK_PX && y >= rect.top - SLACK_PX && y <= rect.bottom + SLACK_PX;

/**
 * The claim under the pointer. The caret position narrows the search to one claim by binary search over
 * the claims in document order; its boxes then confirm the pointer is on the figure, not beside it.
 */
export function claimAtPoint(claims: LocatedClaim[], x: number, y: number): LocatedClaim | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  let lo = 0;
  let hi = claims.length - 1;
  try {
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const claim = claims[mid]!;
      const side = claim.range.comparePoint(caret.node, caret.offset);
      if (side < 0) hi = mid - 1;
      else if (side > 0) lo = mid + 1;
      else return [...claim.range.getClientRects()].some((r) => contains(r, x, y)) ? claim : undefined;
    }
  } catch {
    // The caret is in another tree (a shadow root, an iframe): no figure of ours there.
  }
  return undefined;
}
