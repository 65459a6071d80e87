/**
 * The content script runs in every frame (so same-origin iframes, including about:blank ones a page
 * writes into, are read with their own highlights and cards), but reads a child frame only when it has
 * the top page's origin: cross-origin frames are ads, embeds and widgets, not the article.
 */
export const isTopFrame = (): boolean => window === window.top;

/** The site the reader is on, for the per-site switch: the top page's origin, also inside its frames. */
export function siteOrigin(): string | null {
  try {
    return window.top!.location.origin;
  } catch {
    return null;
  }
}

export const isReadFrame = (): boolean =>
  isTopFrame() || siteOrigin() === location.origin || (location.origin === 'null' && siteOrigin() !== null);
