import { blocksIn, type TextBlock } from '../../entrypoints/crosscheck/text-blocks';
import { locateClaim, type LocatedClaim } from '../../entrypoints/crosscheck/page-claims';
import { claimsPerBlock, joinBlocks } from '../../lib/block-text';
import { checkText } from '../../lib/check-text';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';
import { loadPage, type TestPage } from './dom';

export interface ReadPage extends TestPage {
  blocks: TextBlock[];
  claims: LocatedClaim[];
  /** The first claim whose figure begins with `figure` (so the tests do not depend on where the engine ends one). */
  claim(figure: string): LocatedClaim;
}

/**
 * Loads `html` (test/support/dom.ts) and reads it as the content script does: its blocks, the engine's
 * claims in them (checked against an empty corpus, so all unverified), each placed in the page.
 */
export async function readPage(html: string): Promise<ReadPage> {
  const page = loadPage(html);
  const blocks = [...blocksIn(page.document.body, () => undefined)];
  const texts = blocks.map((b) => b.text);
  const joined = joinBlocks(texts);
  const checked = await checkText(joined.text, new MemoryCorpus([]), null);
  const claims = claimsPerBlock(checked, joined, texts)
    .map((c, id) => locateClaim(c, blocks, id))
    .filter((c): c is LocatedClaim => c !== null);
  const claim = (figure: string) => {
    const found = claims.find((c) => c.text.startsWith(figure));
    if (!found) throw new Error(`no claim "${figure}" among ${claims.map((c) => c.text).join(', ')}`);
    return found;
  };
  return { ...page, blocks, claims, claim };
}
