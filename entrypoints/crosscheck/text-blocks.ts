import { isPageChrome } from '@/extension/page/page-chrome';

/** The visible text of one block-level element (or of one line, where `<br>` breaks it). */
export interface TextBlock {
  /** The block-level element the text belongs to. */
  element: Element;
  text: string;
  /** The block's text nodes in document order, each with the offset where it starts in `text`. */
  pieces: { node: Text; start: number }[];
}

/** Elements whose text is not prose the reader sees: code, form fields, editors, the extension's own card. */
export const SKIPPED =
  'script, style, noscript, template, textarea, input, select, svg, math, crosscheck-card, [contenteditable]:not([contenteditable="false"])';

const isInline = (display: string) =>
  display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');

/** The nearest block-level element holding `element` (itself when it is block-level), no further out than `root`. */
export function blockOwner(element: Element, root?: Node): Element {
  let at = element;
  while (at !== root && at.parentElement && isInline(getComputedStyle(at).display)) at = at.parentElement;
  return at;
}

/** Whether an element's subtree is left out: not prose, page chrome, or not rendered. */
export const isLeftOut = (element: Element) =>
  element.matches(SKIPPED) || isPageChrome(element) || !element.checkVisibility({ visibilityProperty: true });

/**
 * The visible text under `root`, one block at a time, so the caller can stop between blocks and yield to
 * the page. Open shadow roots are read where their host stands; `onShadowRoot` hears of each.
 */
export function* blocksIn(
  root: Element | ShadowRoot,
  onShadowRoot: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  const owners = new Map<Element, Element>();
  const ownerOf = (element: Element) => {
    let owner = owners.get(element);
    if (!owner) owners.set(element, (owner = blockOwner(element, root)));
    return owner;
  };
  let current: TextBlock | null = null;

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.TEXT_NODE || !isLeftOut(node as Element)
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      if (element.localName === 'br' || element.shadowRoot) {
        if (current) yield current;
        current = null;
      }
      if (element.shadowRoot) {
        onShadowRoot(element.shadowRoot);
        yield* blocksIn(element.shadowRoot, onShadowRoot);
      }
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || text.data.length === 0) continue;
    const owner = ownerOf(parent);
    if (current && owner !== current.element) {
      yield current;
      current = null;
    }
    current ??= { element: owner, text: '', pieces: [] };
    current.pieces.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  if (current) yield current;
}
