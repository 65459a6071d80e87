/** An sRGB colour with alpha, channels 0-255 and alpha 0-1, as computed styles give them. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "transparent"); null for anything else. */
export function parseColor(css: string): Rgba | null {
  if (css.trim() === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG's relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio between two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over the opaque `under`. */
const over = (top: Rgba, under: Rgba): Rgba => ({
  r: top.r * top.a + under.r * (1 - top.a),
  g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a),
  a: 1,
});

/**
 * The colour text sits on, from the background colours of its element and its ancestors, innermost first,
 * each painted over the next; `canvas` is what shows through when all are transparent (white, or the
 * browser's dark canvas on a page that declares a dark colour scheme).
 */
export function effectiveBackground(layers: Rgba[], canvas: Rgba): Rgba {
  return layers.reduceRight((under, layer) => (layer.a === 0 ? under : over(layer, under)), canvas);
}

/**
 * Whether the highlights should use the palette drawn for dark surfaces: the page's own background decides,
 * not the system's colour scheme, since most news pages stay light when the system is dark.
 */
export const isDarkSurface = (background: Rgba) => luminance(background) < 0.18;
