import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../lib/compare/types';
import { contrast, isDarkSurface, parseColor, type Rgba } from './surface';

const HIGHLIGHT_CSS = readFileSync(join(import.meta.dirname, '../../entrypoints/crosscheck/highlights.css'), 'utf8');

/** The underline colour a ::highlight() rule gives, as rgb. */
function underline(name: string): Rgba {
  const rule = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(HIGHLIGHT_CSS)?.[1];
  const hex = rule && /text-decoration:[^;]*#([0-9a-f]{6})/i.exec(rule)?.[1];
  if (!hex) throw new Error(`no underline colour for ${name}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  return { r, g, b, a: 1 };
}

// Backgrounds news sites use: white, warm and cool off-whites; near-black, charcoal, navy.
const LIGHT = ['rgb(255, 255, 255)', 'rgb(250, 247, 240)', 'rgb(243, 244, 246)'].map((c) => parseColor(c)!);
const DARK = ['rgb(18, 18, 18)', 'rgb(34, 40, 49)', 'rgb(15, 23, 42)'].map((c) => parseColor(c)!);

describe('highlight palette', () => {
  it('the backgrounds are told apart as the content script tells them', () => {
    expect(LIGHT.every((bg) => !isDarkSurface(bg))).toBe(true);
    expect(DARK.every(isDarkSurface)).toBe(true);
  });

  for (const verdict of VERDICTS) {
    it(`${verdict}: at least 3:1 against every light and every dark background`, () => {
      for (const bg of LIGHT) expect(contrast(underline(`crosscheck-${verdict}`), bg)).toBeGreaterThanOrEqual(3);
      for (const bg of DARK) expect(contrast(underline(`crosscheck-${verdict}-on-dark`), bg)).toBeGreaterThanOrEqual(3);
    });
  }
});
