/** An article ready to be stored: every field present and normalised. */
export interface NewArticle {
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  url: string | null;
  /** Where the article came from: its URL, else the bundle's file name. */
  origin: string;
  text: string;
}

export type ParseResult =
  | { ok: true; articles: NewArticle[]; /** The bundle's "version", null when it has none. */ version: number | null }
  | { ok: false; errors: string[] };

export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** What the files in a ZIP archive may add up to once unpacked. */
  archiveBytes: 200 * 1024 * 1024,
  articles: 200_000,
  textChars: 1_000_000,
  titleChars: 1_000,
  outletChars: 200,
  urlChars: 2_048,
  publishedChars: 40,
  originChars: 2_048,
  /** Bytes a ZIP archive may unpack to per byte of archive: text deflates about 5 to 1, a bomb 1,000 to 1. */
  archiveRatio: 100,
  /** Arrays and objects inside one another: a bundle needs 3, and each level costs memory before validation. */
  jsonNesting: 64,
  /** Columns of a CSV file: exports carry tens; a row object per row holds them all. */
  csvColumns: 1_000,
  /** Elements inside one another in a web page: real pages nest a few dozen deep; Readability slows with depth. */
  htmlNesting: 256,
  /** Errors listed before the rest are only counted. */
  listedErrors: 20,
} as const;

/** The fields an article in a bundle may have; anything else is a mistake worth reporting. */
export const ARTICLE_FIELDS = ['title', 'url', 'outlet', 'published', 'text', 'origin'] as const;
/** The fields a bundle object may have ("$schema" lets editors validate against public/bundle.schema.json). */
export const BUNDLE_FIELDS = ['articles', 'version', '$schema'] as const;
