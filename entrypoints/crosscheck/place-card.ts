export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The room on the chosen side; a taller card scrolls inside it rather than cover the figure. */
  maxHeight: number;
}

/** Whether a figure has left the viewport (or has no box at all): a card has nothing to point at then. */
export const outOfView = (figure: Box | undefined, viewportHeight: number) =>
  !figure ||
  figure.top + figure.height < 0 ||
  figure.top > viewportHeight ||
  (figure.width === 0 && figure.height === 0);

const GAP_PX = 6;
const MARGIN_PX = 8;

/** Where a card of `size` goes for a figure at `figure`: below it, or above when it fits better there. */
export function placeCard(
  figure: Box,
  size: { width: number; height: number },
  viewportSize: { width: number; height: number },
): Placement {
  const left = Math.max(MARGIN_PX, Math.min(figure.left, viewportSize.width - size.width - MARGIN_PX));
  const below = figure.top + figure.height + GAP_PX;
  const roomBelow = Math.max(0, viewportSize.height - below - MARGIN_PX);
  const roomAbove = Math.max(0, figure.top - GAP_PX - MARGIN_PX);
  if (size.height <= roomBelow || roomBelow >= roomAbove) return { top: below, left, maxHeight: roomBelow };
  return { top: figure.top - GAP_PX - Math.min(size.height, roomAbove), left, maxHeight: roomAbove };
}
