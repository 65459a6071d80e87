import Dexie, { type EntityTable } from 'dexie';
import type { NewArticle } from '../bundle/types';
import type { CorpusClaim, SourceRef } from '../compare/types';
import { searchWordsOf } from './search-words';
import { topicsOf } from '../claims/topics';

export type BundleKind = 'seed' | 'import';

/** The id of the one seed bundle, shipped with the extension. */
export const SEED_BUNDLE_ID = 'seed';

export interface BundleRow {
  id: string;
  name: string;
  kind: BundleKind;
  version: number;
  /** Milliseconds since the epoch. */
  importedAt: number;
  /** The ENGINE_VERSION (lib/claims/version.ts) its claims were extracted with. */
  engineVersion: number;
  articleCount: number;
}

/** A stored article: the bundle's article with what the store computed from it. */
export interface ArticleRow extends NewArticle {
  id: number;
  bundleId: string;
  /** Hash of the whitespace-normalised text, to find the same article imported twice. */
  textHash: string;
  /** Sentence fingerprints (lib/claims/fingerprint.ts), to recognise the article on a page. */
  fingerprints: string[];
  /** fingerprints.length, indexed so self detection can find the few short articles without reading rows. */
  fingerprintCount: number;
  claimCount: number;
  /** searchWordsOf(title, outlet): what the options page searches. */
  searchWords: string[];
}

export interface ClaimRow extends CorpusClaim {
  id: number;
}

/** What a match shows of its article, kept apart from the article's text so checking never reads it. */
export type SourceRow = SourceRef;

export class CorpusDb extends Dexie {
  bundles!: EntityTable<BundleRow, 'id'>;
  articles!: EntityTable<ArticleRow, 'id'>;
  claims!: EntityTable<ClaimRow, 'id'>;
  sources!: EntityTable<SourceRow, 'articleId'>;

  constructor(name: string) {
    super(name);
    // Indexes are exactly what is queried: bundleId (deleting a bundle), url and textHash (self and
    // duplicate detection), fingerprints and fingerprintCount (self detection), claims by key and figureKey (checking)
    // and by articleId (deleting); from version 2 searchWords, outlet and published (the options page).
    // Texts and whole titles are never indexed.
    //
    // Upgrades: never edit a released version. Add this.version(2).stores({...changed tables only...})
    // with .upgrade(tx => ...) to migrate rows; bump SEED_BUNDLE_VERSION too when stored claims must be
    // recomputed (e.g. a new claim engine), which makes ensureSeedCorpus reinstall the seeds.
    this.version(1).stores({
      bundles: 'id',
      articles: '++id, bundleId, url, textHash, *fingerprints, fingerprintCount',
      claims: '++id, articleId, key, figureKey',
    });
    // Version 2: searching by title and outlet words, and corpus statistics (outlets, date range) from
    // indexes, so that neither reads 100,000 articles.
    this.version(2)
      .stores({
        articles: '++id, bundleId, url, textHash, *fingerprints, fingerprintCount, *searchWords, outlet, published',
      })
      .upgrade((tx) =>
        tx
          .table<ArticleRow>('articles')
          .toCollection()
          .modify((a) => {
            a.searchWords = searchWordsOf(a.title, a.outlet);
          }),
      );
    // Checking a page read whole article rows (text, fingerprints) to show titles: 14 s against 10,000
    // articles. Version 3 keeps the few fields a match shows in a table of their own.
    this.version(3)
      .stores({ sources: 'articleId' })
      .upgrade(async (tx) => {
        const figures = new Map<number, Set<string>>();
        await tx
          .table<ClaimRow>('claims')
          .each((c) => figures.set(c.articleId, (figures.get(c.articleId) ?? new Set()).add(c.figureKey)));
        const articles = await tx.table<ArticleRow>('articles').toArray();
        await tx.table<SourceRow>('sources').bulkAdd(articles.map((a) => sourceOf(a, figures.get(a.id)?.size ?? 0)));
      });
  }
}

export const sourceOf = (
  { id, title, outlet, published, url, origin, text }: ArticleRow,
  figureCount: number,
): SourceRow => ({
  articleId: id,
  title,
  outlet,
  published,
  url,
  origin,
  figureCount,
  topics: topicsOf(text),
});

/** Opens the corpus database; tests pass unique names so they never share one. */
export function openCorpus(name = 'crosscheck'): CorpusDb {
  return new CorpusDb(name);
}
