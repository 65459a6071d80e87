import { mayHoldFigure } from '@/extension/page/figure-hint';

/** Whether the text under a node may hold a figure (none under a missing node). */
export const mayHoldFigureIn = (node: Node | null): boolean => node !== null && mayHoldFigure(node.textContent ?? '');

/**
 * Whether the page's body may hold a figure. Its text is read as XPath's string value of the body, which
 * comes back without the extension making its own wrappers for the page's elements: on a small page,
 * making them costs more than reading and testing the text. Matched by local name, for XHTML as well.
 */
export function bodyMayHoldFigure(): boolean {
  const body = document.evaluate("string(/*/*[local-name()='body'])", document, null, XPathResult.STRING_TYPE, null);
  return mayHoldFigure(body.stringValue);
}
