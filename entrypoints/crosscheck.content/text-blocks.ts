/** The visible text of one block-level element (or of one line, where `<br>` breaks it). */
export interface TextBlock {
  text: string;
  /** The block's text nodes in document order, each with the offset where it starts in `text`. */
  pieces: { node: Text; start: number }[];
}

/** Elements whose text is not prose the reader sees: code, form fields, editors, the extension's own card. */
const SKIPPED = 'script, style, noscript, template, textarea, input, select, svg, math, crosscheck-card, [contenteditable]:not([contenteditable="false"])';

const isInline = (display: string) => display.startsWith('inline') || display === 'contents' || display.startsWith('ruby');

/** Collects the visible text under `root`, one block per block-level element. */
export function collectBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const ownerCache = new Map<Element, Element>();
  let current: TextBlock | null = null;
  let currentOwner: Element | null = null;

  const blockOwner = (element: Element): Element => {
    const cached = ownerCache.get(element);
    if (cached) return cached;
    const owner = element === root || !element.parentElement || !isInline(getComputedStyle(element).display) ? element : blockOwner(element.parentElement);
    ownerCache.set(element, owner);
    return owner;
  };

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element.matches(SKIPPED) || !element.checkVisibility({ visibilityProperty: true })) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if ((node as Element).localName === 'br') current = null;
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || text.data.length === 0) continue;
    const owner = blockOwner(parent);
    if (!current || owner !== currentOwner) {
      current = { text: '', pieces: [] };
      currentOwner = owner;
      blocks.push(current);
    }
    current.pieces.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  return blocks;
}
