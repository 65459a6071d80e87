/**
 * Figure keys of a writer's rounding: a figure told rounded ("11%", "$95", "8,000 birds") is looked up beside the
 * finer figure another outlet gives ("11.1 percent", "$94.95", "7,991"), and the other way round; the figure key
 * (lib/claims/key.ts) finds the same figure only. A figure key ("percent|14.58") carries its value as stored, in its
 * unit family's base unit, so the roundings are read off the key. Whether two figures are a rounding of one another
 * is weak-evidence.ts' to say (`roundsTo` in interval.ts, on the figures as written): these keys only find them.
 */

/** Marks the key of the claims whose figure rounds to a value: "percent|~15" files "14.58%" and "15.2%". */
const ROUNDED = '~';

/** Decimals of a value as stored (14.58: 2). */
const decimalsOf = (value: number) => (Number.isInteger(value) ? 0 : (String(value).split('.')[1]?.length ?? 0));

/**
 * The values a writer's rounding of `value` gives, each other than it: with fewer decimals ("14.58": 14.6 and 15),
 * and for a whole figure of a thousand or more, to a step of thousands that moves it by a twentieth at most
 * ("7,991": 8,000; "4,671,021": 4,671,000, 4,670,000 and 4,700,000), as `roundsTo` reads a rounding of a count.
 */
export function roundedValues(value: number): number[] {
  const out = new Set<number>();
  for (let places = decimalsOf(value) - 1; places >= 0; places--) out.add(Number(value.toFixed(places)));
  if (Number.isInteger(value))
    for (let step = 1000; step <= Math.abs(value); step *= 10) {
      const rounded = Math.round(value / step) * step;
      if (Math.abs(value - rounded) <= Math.abs(rounded) / 20) out.add(rounded);
    }
  out.delete(value);
  return [...out];
}

/** A figure key's kind part ("percent|"), its value, and the values a writer's rounding of it gives (none if no number). */
function partsOf(figureKey: string): { kind: string; value: number; roundings: number[] } {
  const bar = figureKey.indexOf('|');
  const value = Number(figureKey.slice(bar + 1));
  return { kind: figureKey.slice(0, bar + 1), value, roundings: Number.isFinite(value) ? roundedValues(value) : [] };
}

const keyOf = (kind: string, value: number, rounded: boolean) => `${kind}${rounded ? ROUNDED : ''}${value}`;

/** The key under which the claims whose figure rounds to this figure key's are filed ("percent|15": "percent|~15"). */
export function roundedKey(figureKey: string): string {
  const { kind, value } = partsOf(figureKey);
  return keyOf(kind, value, true);
}

/** Whether a figure key is one of rounded figures (`roundedKey`). */
export const isRoundedKey = (figureKey: string) => figureKey.includes(`|${ROUNDED}`);

/** The rounded keys a claim with this figure key is filed under besides its own: one per value its rounding gives. */
export function roundedKeysOf(figureKey: string): string[] {
  const { kind, roundings } = partsOf(figureKey);
  return roundings.map((v) => keyOf(kind, v, true));
}

/**
 * The keys a claim's roundings are looked up under: of the finer figures that round to it, and the plain figure keys
 * of the coarser figures it rounds to.
 */
export function roundingLookupKeys(figureKey: string): string[] {
  const { kind, value, roundings } = partsOf(figureKey);
  return [keyOf(kind, value, true), ...roundings.map((v) => keyOf(kind, v, false))];
}
