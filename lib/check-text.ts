import { extractClaims } from './claims/extract';
import { sentenceFingerprints } from './claims/fingerprint';
import { checkClaims } from './compare/check';
import type { CheckedClaim, CorpusLookup } from './compare/types';
import { claimsReadIn, ENGLISH } from './languages/readable-claims';

/**
 * Finds the claims of a text and checks them against the corpus, never using the text itself as a
 * source. A page checked in batches passes the articles found to be the page from all its batches. A
 * text in another language than English keeps only the claims the engine can read there
 * (lib/languages/readable-claims.ts).
 */
export async function checkText(
  text: string,
  corpus: CorpusLookup,
  url: string | null,
  self: Promise<ReadonlySet<number>> = corpus.selfArticleIds(url, sentenceFingerprints(text)),
  language: string = ENGLISH,
): Promise<CheckedClaim[]> {
  // Self detection and the claim lookups read different tables: they run side by side.
  return checkClaims(claimsReadIn(extractClaims(text), text, language), corpus, self);
}
