/**
 * How much of an element is link text, measured on text without whitespace (Readability measures on
 * normalised text): indentation between list items and links is not text, so it dilutes nothing.
 */
/** Characters of `text` that are not whitespace: counted in a loop, which copies nothing (a page may hold 1 MB). */
export function visibleLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0xa0 && code !== 0x2009 && code !== 0x202f && code !== 0x3000) length++;
  }
  return length;
}

/** The share of an element's text, without whitespace, that is link text. */
export function linkDensity(element: Element, text = element.textContent ?? ''): number {
  const total = visibleLength(text);
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += visibleLength(link.textContent ?? '');
  return Math.min(1, linked / total);
}
