import { parseHTML } from 'linkedom';

/**
 * A page for unit tests of the content script: HTML parsed by linkedom and installed as the globals the
 * content script reads (document, window, Node, NODE_FILTER...).
 *
 * linkedom has no layout and leaves out or simplifies some DOM APIs the content script relies on. Where it
 * lacks one, this file adds the standard's behaviour for what the content script uses: TreeWalker filters
 * (linkedom's walker ignores them), tree order (its compareDocumentPosition compares depths), Range
 * boundary points (its Range has no setStart), StaticRange. Layout is a stated stand-in, not a browser's:
 * elements are inline or block by the HTML standard's default for their tag (or an inline `display`
 * style), and text is set in a fixed pitch, one text node per line (CHAR_PX wide, LINE_PX high), so a test
 * can name the point over any character.
 */
export const CHAR_PX = 10;
export const LINE_PX = 20;

/** Elements the HTML standard's rendering section displays inline; the rest of the fixtures' tags are blocks. */
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo br cite code data dfn em i img kbd label mark q s samp small span strong sub sup u var'.split(' '),
);

const TEXT_NODE = 3;
const DOCUMENT_POSITION = { DOCUMENT_POSITION_PRECEDING: 2, DOCUMENT_POSITION_FOLLOWING: 4 };
/** The standard's NodeFilter constants (linkedom's has only the SHOW_ ones the content script uses). */
const NODE_FILTER = {
  FILTER_ACCEPT: 1,
  FILTER_REJECT: 2,
  FILTER_SKIP: 3,
  SHOW_ALL: 0xffffffff,
  SHOW_ELEMENT: 1,
  SHOW_TEXT: 4,
};

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
  width,
  height,
});

const inlineDisplay = (element: Element) => /display\s*:\s*([a-z-]+)/.exec(element.getAttribute('style') ?? '')?.[1];

/** The node and its ancestors, outermost first. */
function lineage(node: Node): Node[] {
  const chain: Node[] = [];
  for (let at: Node | null = node; at; at = at.parentNode) chain.unshift(at);
  return chain;
}

/** Whether `a` comes before `b` in tree order (an ancestor comes before what it holds). */
function precedes(a: Node, b: Node): boolean {
  const [up, down] = [lineage(a), lineage(b)];
  let i = 0;
  while (i < up.length && i < down.length && up[i] === down[i]) i++;
  if (i === up.length) return i < down.length;
  if (i === down.length || i === 0) return false;
  const siblings = [...up[i - 1]!.childNodes];
  return siblings.indexOf(up[i] as ChildNode) < siblings.indexOf(down[i] as ChildNode);
}

/** -1, 0 or 1 as the boundary point (a, i) is before, at or after (b, j), for points in text nodes. */
function comparePoints(a: Node, i: number, b: Node, j: number): number {
  if (a === b) return Math.sign(i - j);
  return precedes(a, b) ? -1 : 1;
}

export interface TestPage {
  document: Document;
  /** The page's text nodes in tree order: text node k is laid out on line k. */
  textNodes(): Text[];
  /** The viewport point over character `offset` of `node` (its left edge plus a pixel, halfway down the line). */
  pointAt(node: Text, offset: number): { x: number; y: number };
  /** The elements scrolled into view, in order. */
  scrolled: Element[];
}

/** Parses `html` and makes it the page the content script's code sees, with the stand-ins described above. */
export function loadPage(html: string, viewportHeight = 800): TestPage {
  const { document: doc, window: win, Node: LinkedNode } = parseHTML(html) as unknown as typeof globalThis;

  const textNodes = (): Text[] => {
    const out: Text[] = [];
    const visit = (node: Node) => {
      if (node.nodeType === TEXT_NODE) out.push(node as Text);
      node.childNodes.forEach(visit);
    };
    visit(doc);
    return out;
  };
  const lineOf = (node: Node) => textNodes().indexOf(node as Text);

  for (const [name, value] of Object.entries(DOCUMENT_POSITION)) Object.defineProperty(LinkedNode, name, { value });
  LinkedNode.prototype.compareDocumentPosition = function (this: Node, other: Node) {
    if (this === other) return 0;
    return precedes(this, other)
      ? DOCUMENT_POSITION.DOCUMENT_POSITION_FOLLOWING
      : DOCUMENT_POSITION.DOCUMENT_POSITION_PRECEDING;
  };

  class TestStaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      ({
        startContainer: this.startContainer,
        startOffset: this.startOffset,
        endContainer: this.endContainer,
        endOffset: this.endOffset,
      } = init);
    }
    get collapsed() {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }

  /** A live range between points in text nodes: what the content script makes of its static ranges. */
  class TextRange {
    startContainer!: Node;
    startOffset = 0;
    endContainer!: Node;
    endOffset = 0;
    private check(node: Node, offset: number) {
      if (node.nodeType !== TEXT_NODE) throw new Error('this test range takes points in text nodes only');
      if (offset > (node as Text).length) throw new win.DOMException('offset past the end', 'IndexSizeError');
    }
    setStart(node: Node, offset: number) {
      this.check(node, offset);
      [this.startContainer, this.startOffset] = [node, offset];
    }
    setEnd(node: Node, offset: number) {
      this.check(node, offset);
      [this.endContainer, this.endOffset] = [node, offset];
    }
    /** The covered part of each text node from start to end. */
    private spans(): { node: Text; from: number; to: number }[] {
      const nodes = textNodes();
      const first = nodes.indexOf(this.startContainer as Text);
      const last = nodes.indexOf(this.endContainer as Text);
      return nodes.slice(first, last + 1).map((node, k) => ({
        node,
        from: k === 0 ? this.startOffset : 0,
        to: first + k === last ? this.endOffset : node.length,
      }));
    }
    toString() {
      return this.spans()
        .map(({ node, from, to }) => node.data.slice(from, to))
        .join('');
    }
    comparePoint(node: Node, offset: number) {
      if (comparePoints(node, offset, this.startContainer, this.startOffset) < 0) return -1;
      return comparePoints(node, offset, this.endContainer, this.endOffset) > 0 ? 1 : 0;
    }
    getClientRects() {
      return this.spans().map(({ node, from, to }) =>
        rect(from * CHAR_PX, lineOf(node) * LINE_PX, (to - from) * CHAR_PX, LINE_PX),
      );
    }
    getBoundingClientRect() {
      const rects = this.getClientRects();
      const top = Math.min(...rects.map((r) => r.top));
      const left = Math.min(...rects.map((r) => r.left));
      return rect(
        left,
        top,
        Math.max(...rects.map((r) => r.right)) - left,
        Math.max(...rects.map((r) => r.bottom)) - top,
      );
    }
  }

  // linkedom's walker lists every node of the kinds shown; the standard's also asks the filter, and a
  // rejected element's subtree is skipped.
  doc.createTreeWalker = (root: Node, whatToShow = NODE_FILTER.SHOW_ALL, filter?: NodeFilter | null) => {
    const shows = (node: Node) => whatToShow & (1 << (node.nodeType - 1));
    const verdict = (node: Node): number =>
      !filter ? NODE_FILTER.FILTER_ACCEPT : typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
    const order: Node[] = [];
    const visit = (node: Node) => {
      const answer = shows(node) ? verdict(node) : NODE_FILTER.FILTER_SKIP;
      if (answer === NODE_FILTER.FILTER_ACCEPT) order.push(node);
      if (answer !== NODE_FILTER.FILTER_REJECT) node.childNodes.forEach(visit);
    };
    root.childNodes.forEach(visit);
    let next = 0;
    return { root, currentNode: root, nextNode: () => order[next++] ?? null } as unknown as TreeWalker;
  };
  doc.createRange = () => new TextRange() as unknown as Range;
  doc.caretPositionFromPoint = (x: number, y: number) => {
    const node = textNodes()[Math.floor(y / LINE_PX)];
    if (!node) return null;
    const offset = Math.max(0, Math.min(node.length, Math.round(x / CHAR_PX)));
    return { offsetNode: node, offset } as unknown as CaretPosition;
  };

  const scrolled: Element[] = [];
  win.Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  const hidden = (element: Element | null): boolean =>
    element !== null &&
    (element.hasAttribute('hidden') || inlineDisplay(element) === 'none' || hidden(element.parentElement));
  win.Element.prototype.checkVisibility = function (this: Element) {
    return !hidden(this);
  };
  const computedStyle = (element: Element) =>
    ({
      display: inlineDisplay(element) ?? (INLINE_TAGS.has(element.localName) ? 'inline' : 'block'),
    }) as CSSStyleDeclaration;

  Object.assign(globalThis, {
    window: win,
    document: doc,
    Node: LinkedNode,
    NodeFilter: NODE_FILTER,
    StaticRange: TestStaticRange,
    getComputedStyle: computedStyle,
    innerHeight: viewportHeight,
    matchMedia: () => ({ matches: false }),
  });

  return {
    document: doc,
    textNodes,
    scrolled,
    pointAt: (node, offset) => ({ x: offset * CHAR_PX + 1, y: lineOf(node) * LINE_PX + LINE_PX / 2 }),
  };
}
