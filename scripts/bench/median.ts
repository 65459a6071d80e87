/** The median of the known values (the upper middle one for an even count), or null when none is known. */
export function median(xs: readonly (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : known[Math.floor(known.length / 2)]!;
}
