import { describe, expect, it } from 'vitest';
import { outOfView, placeCard } from './place-card';

const viewportSize = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

describe('placeCard', () => {
  it('puts the card just below the figure when it fits', () => {
    expect(placeCard({ top: 100, left: 200, width: 30, height: 20 }, card, viewportSize)).toEqual({
      top: 126,
      left: 200,
      maxHeight: 666,
    });
  });

  it('puts it above a figure near the bottom, without covering the figure', () => {
    const figure = { top: 700, left: 200, width: 30, height: 20 };
    const { top, maxHeight } = placeCard(figure, card, viewportSize);
    expect(top + Math.min(card.height, maxHeight)).toBeLessThanOrEqual(figure.top);
  });

  it('lets a card taller than either side scroll rather than cover the figure', () => {
    const figure = { top: 500, left: 200, width: 30, height: 20 };
    const { top, maxHeight } = placeCard(figure, { width: 360, height: 900 }, viewportSize);
    expect(top).toBeGreaterThanOrEqual(8);
    expect(top + maxHeight).toBeLessThanOrEqual(figure.top);
  });

  it('keeps it inside the viewport near the right edge', () => {
    const { left } = placeCard({ top: 100, left: 980, width: 15, height: 20 }, card, viewportSize);
    expect(left + card.width).toBeLessThanOrEqual(viewportSize.width);
  });
});

describe('outOfView', () => {
  it('holds a figure partly in view as in view, one wholly above or below as out, and a figure with no box', () => {
    expect(outOfView({ top: -10, left: 0, width: 20, height: 16 }, 800)).toBe(false);
    expect(outOfView({ top: 790, left: 0, width: 20, height: 16 }, 800)).toBe(false);
    expect(outOfView({ top: -40, left: 0, width: 20, height: 16 }, 800)).toBe(true);
    expect(outOfView({ top: 900, left: 0, width: 20, height: 16 }, 800)).toBe(true);
    expect(outOfView({ top: 100, left: 0, width: 0, height: 0 }, 800)).toBe(true);
    expect(outOfView(undefined, 800)).toBe(true);
  });
});
