import { inferMetadata } from './bundle/infer';
import { extractClaims } from './claims/extract';
import { sentenceFingerprints } from './claims/fingerprint';
import { checkClaims } from './compare/check';
import type { CheckedClaim, CorpusLookup } from './compare/types';

/** A crawler's header or a "Published" line stands at the top of a text. */
const HEAD_CHARS = 2000;

/**
 * Finds the claims of a text and checks them against the corpus, never using the text itself as a
 * source. A page checked in batches passes the articles found to be the page from all its batches.
 * The text's date of publication, when given or written in it (a crawler's header, a "Published" line),
 * resolves its time words ("on Thursday", "as of Sunday").
 */
export async function checkText(
  text: string,
  corpus: CorpusLookup,
  url: string | null,
  self: Promise<ReadonlySet<number>> = corpus.selfArticleIds(url, sentenceFingerprints(text)),
  published: string | null = inferMetadata(text.slice(0, HEAD_CHARS), '').published,
): Promise<CheckedClaim[]> {
  // Self detection and the claim lookups read different tables: they run side by side.
  return checkClaims(extractClaims(text), corpus, self, { text, published });
}
