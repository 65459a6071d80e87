import type { BlockClaim, PageClaim, PageClaimsResponse } from '@/lib/messages';
import { blockRange } from './ranges';
import type { TextBlock } from './text-blocks';

export interface LocatedClaim extends PageClaim {
  range: Range;
}

/** Places the background's claims in the page: document order, no overlaps, only ranges still present. */
export function locateClaims(claims: BlockClaim[], blocks: TextBlock[]): LocatedClaim[] {
  const sorted = [...claims].sort((a, b) => a.block - b.block || a.start - b.start);
  const located: LocatedClaim[] = [];
  let previous: BlockClaim | undefined;
  for (const { block, ...claim } of sorted) {
    const source = blocks[block];
    if (!source || (previous && previous.block === block && claim.start < previous.end)) continue;
    const range = blockRange(source, claim.start, claim.end);
    if (!range) continue;
    previous = { ...claim, block };
    const sentence = source.text.slice(claim.sentenceStart, claim.sentenceEnd);
    located.push({ ...claim, id: located.length, sentence, offsetInSentence: claim.start - claim.sentenceStart, range });
  }
  return located;
}

/** What the content script knows about the current page, for the hover card and the popup. */
export class PageClaims {
  status: PageClaimsResponse['status'] = 'scanning';
  error: string | undefined;
  claims: LocatedClaim[] = [];
  private scan = 0;

  /** Starts a new scan; the returned token tells a late answer for an older scan apart. */
  begin(): number {
    this.status = 'scanning';
    this.error = undefined;
    this.claims = [];
    return ++this.scan;
  }

  isCurrent(token: number): boolean {
    return token === this.scan;
  }

  finish(claims: LocatedClaim[]): void {
    this.status = 'done';
    this.claims = claims;
  }

  fail(error: string): void {
    this.status = 'failed';
    this.error = error;
  }

  byId(id: number): LocatedClaim | undefined {
    return this.claims[id];
  }

  /** The claims without their live ranges, which cannot cross to the popup. */
  toResponse(url: string): PageClaimsResponse {
    const claims = this.claims.map(({ range: _range, ...claim }) => claim);
    return { url, status: this.status, claims, ...(this.error === undefined ? {} : { error: this.error }) };
  }
}
