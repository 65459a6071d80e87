import { dateOfIso } from './bundle/dates';
import { inferMetadata } from './bundle/infer';
import { extractClaims } from './claims/extract';
import { sentenceFingerprints } from './claims/fingerprint';
import { checkClaims } from './compare/check';
import type { CheckedClaim, CorpusLookup } from './compare/types';
import { claimsReadIn, ENGLISH } from './languages/readable-claims';

export interface TextReading {
  /** The text's language (a primary subtag); outside English only the claims the engine can read there are kept. */
  language?: string;
  /**
   * When the text was published, a date or an ISO timestamp (its date as written is the one kept);
   * resolves its time words ("on Thursday", "as of Sunday").
   */
  published?: string | null;
  /**
   * The text's title (a page's document title), whose words may name what the text is about when its
   * sentences name only agencies ("the Federal Emergency Management Agency estimates about 2,207 structures");
   * when not given, its headline or the first words of its lead (lib/bundle/infer.ts), where a text names
   * its subject even at the start of a sentence, which its topics leave out.
   */
  title?: string | null;
}

/** A text's date and headline are printed at its top or foot (lib/bundle/published.ts): read no more than these. */
const EDGE_CHARS = 2_000;

/** The text's first and last lines, whole, within EDGE_CHARS of its ends; the text itself when short. */
function edgesOf(text: string): string {
  if (text.length <= 3 * EDGE_CHARS) return text;
  const headEnd = text.indexOf('\n', EDGE_CHARS);
  const footStart = text.lastIndexOf('\n', text.length - EDGE_CHARS);
  if (headEnd < 0 || footStart <= headEnd) return text;
  return `${text.slice(0, headEnd)}\n\n${text.slice(footStart + 1)}`;
}

/**
 * Finds the claims of a text and checks them against the corpus, never using the text itself as a
 * source. A page checked in batches passes the articles found to be the page from all its batches. A
 * text in another language than English keeps only the claims the engine can read there
 * (lib/languages/readable-claims.ts). The text's date of publication, when given or printed in it (a
 * crawler's header, a "Published" line or a date alone at its top or foot), resolves its time words.
 */
export async function checkText(
  text: string,
  corpus: CorpusLookup,
  url: string | null,
  self: Promise<ReadonlySet<number>> = corpus.selfArticleIds(url, sentenceFingerprints(text)),
  { language = ENGLISH, published, title }: TextReading = {},
): Promise<CheckedClaim[]> {
  // Read off the text only when not given, and its paragraphs split once for both.
  const inferred = published === undefined || title === undefined ? inferMetadata(edgesOf(text), '') : null;
  const date = published === undefined ? inferred!.published : published;
  // Self detection and the claim lookups read different tables: they run side by side.
  const day = date && dateOfIso(date);
  const page = { text, published: day || null, title: title === undefined ? inferred!.title : title };
  return checkClaims(claimsReadIn(extractClaims(text), text, language), corpus, self, page);
}
