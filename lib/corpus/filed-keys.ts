import type { CorpusClaim } from '../compare/types';

/**
 * Figure keys share the packs' one index with claim keys; the prefix keeps the two apart whatever either
 * comes to hold.
 */
const FIGURE = 'figure:';

/** The index entry under which claims with this figure key are found. */
export const figureIndexKey = (figureKey: string) => FIGURE + figureKey;

/** The figure key an index entry files claims under, or null for an entry of claim keys. */
export const figureKeyOf = (indexKey: string): string | null =>
  indexKey.startsWith(FIGURE) ? indexKey.slice(FIGURE.length) : null;

/**
 * Every index entry a stored claim is filed under: its claim key and its figure key. When the engine
 * files a claim under more keys (lib/claims/key.ts), they are added here, and the store indexes by whatever
 * this returns; a read finds the claims under an entry by figureKeyOf (pack.ts), which then tells the new
 * kind of entry apart.
 */
export function filedKeys(claim: Pick<CorpusClaim, 'key' | 'figureKey'>): string[] {
  return [claim.key, figureIndexKey(claim.figureKey)];
}
