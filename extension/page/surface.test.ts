import { describe, expect, it } from 'vitest';
import { contrast, effectiveBackground, isDarkSurface, parseColor, type Rgba } from './surface';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const color = (css: string) => parseColor(css)!;

describe('parseColor', () => {
  it('reads computed rgb and rgba colours, and transparent', () => {
    expect(parseColor('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('transparent')?.a).toBe(0);
  });
  it('refuses what it cannot read', () => {
    expect(parseColor('color(display-p3 1 0 0)')).toBeNull();
  });
});

describe('contrast', () => {
  it('matches WCAG: black on white is 21, a colour on itself 1', () => {
    expect(contrast(color('rgb(0, 0, 0)'), WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    expect(contrast(color('rgb(118, 118, 118)'), WHITE)).toBeCloseTo(4.54, 2);
  });
});

describe('effectiveBackground', () => {
  it('lets transparent layers show what is under them', () => {
    expect(effectiveBackground([color('transparent'), color('rgb(17, 17, 17)')], WHITE)).toEqual(
      color('rgb(17, 17, 17)'),
    );
    expect(effectiveBackground([color('transparent')], WHITE)).toEqual(WHITE);
  });
  it('blends a translucent layer over the one under it', () => {
    const bg = effectiveBackground([color('rgba(0, 0, 0, 0.5)')], WHITE);
    expect(bg.r).toBeCloseTo(127.5);
  });
});

describe('isDarkSurface', () => {
  it('tells a dark page from a light one, whatever the system prefers', () => {
    expect(isDarkSurface(color('rgb(18, 18, 18)'))).toBe(true);
    expect(isDarkSurface(color('rgb(34, 40, 49)'))).toBe(true);
    expect(isDarkSurface(WHITE)).toBe(false);
    expect(isDarkSurface(color('rgb(250, 247, 240)'))).toBe(false);
  });
});
