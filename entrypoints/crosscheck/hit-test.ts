import { covers, type LocatedClaim, type PageClaims } from './page-claims';
import { liveRange } from './ranges';

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
 * The claim under the pointer: the caret position names a text node, the claims starting or ending in it
 * are looked up directly, and the figure's boxes confirm the pointer is on it, not beside it.
 */
export function claimAtPoint(page: PageClaims, x: number, y: number): LocatedClaim | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  for (const claim of page.at(caret.node)) {
    if (!covers(claim.range, caret.node, caret.offset)) continue;
    const range = liveRange(claim.range);
    if (range && [...range.getClientRects()].some((r) => contains(r, x, y))) return claim;
  }
  return undefined;
}
