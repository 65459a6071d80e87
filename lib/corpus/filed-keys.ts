import { keyWithoutEvent } from '../claims/key';
import { isRoundedKey, roundedKeysOf } from '../compare/rounded-keys';
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
 * Every index entry a stored claim is filed under: its claim key (with a count of people's event, the key
 * without it too) and its figure keys. When the engine files a claim under more keys (lib/claims/key.ts), they
 * are added here, and the store indexes by whatever this returns; a read finds the claims under an entry by
 * figureKeyOf and filedUnder (pack.ts), which then tell the new kind of entry apart.
 */
export function filedKeys(claim: Pick<CorpusClaim, 'key' | 'figureKey'>): string[] {
  return [...claimIndexKeys(claim.key), ...filedFigureKeys(claim.figureKey).map(figureIndexKey)];
}

/**
 * The figure keys a stored claim is filed under: its own, and the keys of the values a writer's rounding of it gives
 * (lib/compare/rounded-keys.ts: "11.1%" under "percent|~11"), so that a page's "11%" finds it.
 */
export const filedFigureKeys = (figureKey: string): string[] => [figureKey, ...roundedKeysOf(figureKey)];

/**
 * Whether a stored claim with this figure key is filed under the figure key `figure` of an index entry. A pack's
 * every claim is asked this for each entry read: its kind ("percent|") is compared before its roundings are worked out.
 */
export const filedUnderFigure = (figureKey: string, figure: string): boolean =>
  figureKey === figure ||
  (isRoundedKey(figure) &&
    figureKey.startsWith(figure.slice(0, figure.indexOf('|') + 1)) &&
    roundedKeysOf(figureKey).includes(figure));

/**
 * The index entries of a stored claim key: the key, and a count of people filed with what befell them
 * (lib/claims/key.ts `eventKey`) under the key without it too.
 */
export function claimIndexKeys(key: string): string[] {
  const general = keyWithoutEvent(key);
  return general === key ? [key] : [general, key];
}

/** Whether a claim stored with this key is filed under the index entry `indexKey` of claim keys. */
export const filedUnder = (key: string, indexKey: string): boolean =>
  key === indexKey || (key.length > indexKey.length && key.startsWith(indexKey) && keyWithoutEvent(key) === indexKey);
