import type { BlockClaim, PageClaim, PageClaimsResponse } from '@/lib/messages';
import { blockFigure, liveRange, stillHolds } from './ranges';
import type { TextBlock } from './text-blocks';

export interface LocatedClaim extends PageClaim {
  range: StaticRange;
  /** The block element the claim was read from, to tell which claims a change to the page touches. */
  block: Element;
}

/** Places one claim of a batch's answer in the page; null when its text is no longer there. */
export function locateClaim(claim: BlockClaim, blocks: TextBlock[], id: number): LocatedClaim | null {
  const source = blocks[claim.block];
  if (!source) return null;
  const figure = blockFigure(source, claim.start, claim.end);
  if (!figure) return null;
  const sentence = source.text.slice(claim.sentenceStart, claim.sentenceEnd);
  return {
    ...claim,
    id,
    sentence,
    offsetInSentence: claim.start - claim.sentenceStart,
    range: figure.range,
    block: source.element,
  };
}

/**
 * Whether a figure's range holds the point. Offsets are compared directly in the common case of a figure
 * within one text node (one node may hold thousands of figures); a live range is made only otherwise.
 */
export function covers(range: StaticRange, node: Node, offset: number): boolean {
  if (range.startContainer === node && range.endContainer === node)
    return range.startOffset <= offset && offset <= range.endOffset;
  return liveRange(range)?.comparePoint(node, offset) === 0;
}

/** Sorts claims by where they stand in the document (the background answers them per block, in any order). */
export function inDocumentOrder(claims: LocatedClaim[]): LocatedClaim[] {
  return [...claims].sort((a, b) => {
    if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
    return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
      ? -1
      : 1;
  });
}

/** What the content script knows about the current page, for the hover card, the popup and the keyboard. */
export class PageClaims {
  status: PageClaimsResponse['status'] = 'scanning';
  error: string | undefined;
  /** The language the page's text was read in. */
  language: string | undefined;
  private byId = new Map<number, LocatedClaim>();
  /** Claims by the text nodes where they start and end, for hit-testing under the pointer. */
  private byNode = new Map<Node, LocatedClaim[]>();
  private nextId = 0;
  /** The claims in document order, kept until the next change: the popup asks repeatedly while a page is read. */
  private ordered: LocatedClaim[] | undefined;

  get size(): number {
    return this.byId.size;
  }

  all(): IterableIterator<LocatedClaim> {
    return this.byId.values();
  }

  get(id: number): LocatedClaim | undefined {
    return this.byId.get(id);
  }

  /** Claims whose figure starts or ends in `node`. */
  at(node: Node): readonly LocatedClaim[] {
    return this.byNode.get(node) ?? [];
  }

  newId(): number {
    return this.nextId++;
  }

  /** Whether a figure would overlap one already on the page (two batches may both hold a changed block's text). */
  overlaps(range: StaticRange): boolean {
    return this.at(range.startContainer).some((c) => covers(c.range, range.startContainer, range.startOffset));
  }

  add(claim: LocatedClaim): void {
    this.ordered = undefined;
    this.byId.set(claim.id, claim);
    for (const node of new Set([claim.range.startContainer, claim.range.endContainer])) {
      const list = this.byNode.get(node);
      if (list) list.push(claim);
      else this.byNode.set(node, [claim]);
    }
  }

  remove(claim: LocatedClaim): void {
    this.ordered = undefined;
    this.byId.delete(claim.id);
    for (const node of [claim.range.startContainer, claim.range.endContainer]) {
      const rest = this.byNode.get(node)?.filter((c) => c !== claim);
      if (rest?.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
  }

  clear(): void {
    this.ordered = undefined;
    this.byId.clear();
    this.byNode.clear();
  }

  inOrder(): LocatedClaim[] {
    return (this.ordered ??= inDocumentOrder([...this.byId.values()]));
  }

  /** The claims whose text has gone from the page or changed. */
  stale(): LocatedClaim[] {
    return [...this.byId.values()].filter((claim) => !stillHolds(claim));
  }

  fail(error: string): void {
    this.status = 'failed';
    this.error = error;
  }

  /** The claims without their ranges and elements, which cannot cross to the popup. */
  toResponse(url: string): PageClaimsResponse {
    const claims = this.inOrder().map(({ range: _range, block: _block, ...claim }) => claim);
    return {
      url,
      status: this.status,
      claims,
      ...(this.error === undefined ? {} : { error: this.error }),
      ...(this.language === undefined ? {} : { language: this.language }),
    };
  }
}
