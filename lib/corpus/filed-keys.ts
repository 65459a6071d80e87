import type { CorpusClaim } from '../compare/types';

/**
 * Figure keys share the packs' one index with claim keys; the prefix keeps the two apart whatever either
 * comes to hold.
 */
const FIGURE = 'figure:';

/** The index entry under which claims with this figure key are found. */
export const figureIndexKey = (figureKey: string) => FIGURE + figureKey;

/**
 * Every index entry a stored claim is filed under: its claim key and its figure key. When the engine
 * files a claim under more keys (lib/claims/key.ts), they are added here, and the store indexes and
 * selects by whatever this returns.
 */
export function filedKeys(claim: Pick<CorpusClaim, 'key' | 'figureKey'>): string[] {
  return [claim.key, figureIndexKey(claim.figureKey)];
}
