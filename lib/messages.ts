import type { CheckedClaim } from './compare/types';

/**
 * The typed protocol between the content script, the background and the popup. Every message that
 * crosses a boundary is validated by the parse* functions: a malformed one is dropped, never trusted.
 */

export const MAX_BLOCKS = 20_000;
export const MAX_BLOCK_CHARS = 200_000;

/** Content script -> background: check these text blocks (paragraphs) of the page at `url`. */
export interface CheckRequest {
  type: 'check';
  url: string;
  blocks: string[];
}

/** Content script -> background: the page's current number of conflicting claims, for the badge. */
export interface SummaryRequest {
  type: 'summary';
  conflicts: number;
}

export type ContentToBackground = CheckRequest | SummaryRequest;

/** A checked claim whose offsets are relative to `blocks[block]` of the request. */
export interface BlockClaim extends CheckedClaim {
  block: number;
}

export type CheckResponse = { ok: true; claims: BlockClaim[] } | { ok: false; error: string };

/** Popup -> content script. */
export type PopupToContent = { type: 'get-claims' } | { type: 'reveal'; id: number };

export interface PageClaim extends CheckedClaim {
  id: number;
}

export interface PageClaimsResponse {
  url: string;
  status: 'scanning' | 'done';
  claims: PageClaim[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function parseContentMessage(x: unknown): ContentToBackground | null {
  if (!isObject(x)) return null;
  if (x.type === 'check') {
    const { url, blocks } = x;
    if (typeof url !== 'string' || url.length > 8192) return null;
    if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS) return null;
    if (!blocks.every((b) => typeof b === 'string' && b.length <= MAX_BLOCK_CHARS)) return null;
    return { type: 'check', url, blocks: blocks as string[] };
  }
  if (x.type === 'summary') {
    const { conflicts } = x;
    if (typeof conflicts !== 'number' || !Number.isInteger(conflicts) || conflicts < 0) return null;
    return { type: 'summary', conflicts };
  }
  return null;
}

export function parsePopupMessage(x: unknown): PopupToContent | null {
  if (!isObject(x)) return null;
  if (x.type === 'get-claims') return { type: 'get-claims' };
  if (x.type === 'reveal' && typeof x.id === 'number' && Number.isInteger(x.id)) return { type: 'reveal', id: x.id };
  return null;
}
