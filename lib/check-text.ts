import { extractClaims } from './claims/extract';
import { sentenceFingerprints } from './claims/fingerprint';
import { checkClaims } from './compare/check';
import type { CheckedClaim, CorpusLookup } from './compare/types';

/**
 * Finds the claims of a text and checks them against the corpus, never using the text itself as a
 * source. A page checked in batches passes the fingerprints of all its sentences seen so far.
 */
export async function checkText(text: string, corpus: CorpusLookup, url: string | null, fingerprints = sentenceFingerprints(text)): Promise<CheckedClaim[]> {
  // Self detection and the claim lookups read different tables: let them run side by side.
  return checkClaims(extractClaims(text), corpus, corpus.selfArticleIds(url, fingerprints));
}
