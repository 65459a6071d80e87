import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { NewArticle } from '../bundle/types';
import type { CorpusClaim, SourceRef } from '../compare/types';
import { searchWordsOf } from './search-words';
import { topicsOf } from '../claims/topics';
import { packClaims, type PackRow } from './pack';
import { selfPrintsOf } from './self-prints';
import { RUN, idString, postingRowsOf, type Posting, type PostingRow } from './postings';

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
  /** How many claims its articles hold (version 4 on). */
  claimCount: number;
  /**
   * Set while an import writes the bundle in several transactions: its articles and packs are stored but
   * it has no sources yet, so no lookup, listing or count sees it. The last transaction clears it.
   * `heartbeat` (ms) moves with every transaction, so a bundle left staging by a closed page is told
   * from one still being written.
   */
  staging?: { heartbeat: number };
}

/** A stored article: the bundle's article with what the store computed from it. */
export interface ArticleRow extends NewArticle {
  id: number;
  bundleId: string;
  /** Hash of the whitespace-normalised text, to find the same article imported twice. */
  textHash: string;
  /** Sentence fingerprints (lib/claims/fingerprint.ts), to recognise the article on a page; not indexed. */
  fingerprints: string[];
  /** The few fingerprints indexed for self detection (self-prints.ts). */
  selfPrints: string[];
  /**
   * fingerprints.length, indexed so self detection can find the few short articles without reading rows;
   * stored only for those (at most TINY, self-prints.ts), though rows written before may have it.
   */
  fingerprintCount?: number;
  claimCount: number;
  /** searchWordsOf(title, outlet): what the options page searches. */
  searchWords: string[];
}

/** A claim as versions 1 to 3 stored it, one row each; version 4 packs them per article. */
export interface ClaimRow extends CorpusClaim {
  id: number;
}

export type { PackRow, PostingRow };

/** A fact about the corpus as a whole, e.g. that the reader deleted the seed articles (seed.ts). */
export interface FlagRow {
  name: string;
}

/** What a match shows of its article, kept apart from the article's text so checking never reads it. */
export type SourceRow = SourceRef;

export class CorpusDb extends Dexie {
  bundles!: EntityTable<BundleRow, 'id'>;
  articles!: EntityTable<ArticleRow, 'id'>;
  packs!: EntityTable<PackRow, 'articleId'>;
  postings!: EntityTable<PostingRow, 'id'>;
  sources!: EntityTable<SourceRow, 'articleId'>;
  flags!: EntityTable<FlagRow, 'name'>;

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
    // Importing 10,000 articles wrote 668,581 claim rows under three indexes and 730,000 fingerprint
    // index entries: 44 articles/s in Chromium. Version 4 stores an article's claims as one pack under one
    // multi-entry index of the keys they are filed under, indexes a fifth of the fingerprints, and moves
    // the outlet and date indexes to sources, which only committed articles have.
    this.version(4)
      .stores({
        articles: '++id, bundleId, url, textHash, *selfPrints, fingerprintCount, *searchWords',
        packs: 'articleId, *keys',
        sources: 'articleId, outlet, published',
      })
      .upgrade(migrateToPacks);
    this.version(5).stores({ claims: null });
    this.version(6).stores({ flags: 'name' });
    // The packs' multi-entry index of every key (104 entries per generated article) took 2.6 ms of
    // IndexedDB's CPU per article, two thirds of an import's. Version 7 files the keys of each run of
    // up to 250 articles in one row, an index entry per key with its articles' ids (postings.ts).
    this.version(7).stores({ packs: 'articleId', postings: 'id, bundleId, *postings' }).upgrade(migrateToPostings);
    // Each posting's ids as numbers, a key each in its index entry, were most of what the import's
    // thread made of a posting row for IndexedDB. Version 8 holds them as one string (postings.ts).
    this.version(8).stores({ postings: 'id, bundleId, *postings' }).upgrade(postingIdsAsStrings);
    // Packs keep a copy of their article's source (PackRow.source) with no version of their own: copying
    // the sources onto an existing corpus's packs in an upgrade held the database 69 s for 10,000
    // articles. A pack written before has none, and a check reads its source row (latest-packs.ts) until
    // the pack is written again (re-analysis, reanalyse.ts).
  }
}

export const sourceOf = (
  { id, title, outlet, published, url, origin, text }: ArticleRow,
  figureCount: number,
  topics = topicsOf(text),
): SourceRow => ({
  articleId: id,
  title,
  outlet,
  published,
  url,
  origin,
  figureCount,
  topics,
});

/**
 * Version 4's migration, inside the upgrade transaction: claims are read in article order and packed one
 * article at a time, so a large corpus is never in memory at once.
 */
async function migrateToPacks(tx: Transaction): Promise<void> {
  const packs = tx.table<PackRow>('packs');
  const counts = new Map<number, number>();
  let current: ClaimRow[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const articleId = current[0]!.articleId;
    counts.set(articleId, current.length);
    void packs.add(
      packClaims(
        articleId,
        current.map(({ id: _id, ...claim }) => claim),
      ),
    );
    current = [];
  };
  await tx
    .table<ClaimRow>('claims')
    .orderBy('articleId')
    .each((c) => {
      if (current.length > 0 && current[0]!.articleId !== c.articleId) flush();
      current.push(c);
    });
  flush();
  const claimsOf = new Map<string, number>();
  await tx
    .table<ArticleRow>('articles')
    .toCollection()
    .modify((a) => {
      a.selfPrints = selfPrintsOf(a.fingerprints);
      claimsOf.set(a.bundleId, (claimsOf.get(a.bundleId) ?? 0) + (counts.get(a.id) ?? 0));
    });
  await tx
    .table<BundleRow>('bundles')
    .toCollection()
    .modify((b) => {
      b.claimCount = claimsOf.get(b.id) ?? 0;
    });
}

/**
 * Version 7's migration: each bundle's packs, read in id order (a pack at a time: their claims are not
 * parsed), filed in posting rows of runs of consecutive ids.
 */
async function migrateToPostings(tx: Transaction): Promise<void> {
  const bundleOf = new Map<number, string>();
  await tx
    .table<ArticleRow>('articles')
    .orderBy('bundleId')
    .eachKey((bundleId, cursor) => bundleOf.set(cursor.primaryKey as number, bundleId as string));
  const postings = tx.table<PostingRow>('postings');
  let bundle: string | undefined;
  let run: Pick<PackRow, 'articleId' | 'claimKeys' | 'figureKeys'>[] = [];
  const flush = () => {
    if (bundle !== undefined) void postings.bulkAdd(postingRowsOf(bundle, run));
    run = [];
  };
  await tx
    .table<PackRow>('packs')
    .toCollection()
    .each(({ articleId, claimKeys, figureKeys }) => {
      const of = bundleOf.get(articleId);
      if (of === undefined) return;
      if (of !== bundle || run.length === RUN) flush();
      bundle = of;
      run.push({ articleId, claimKeys, figureKeys });
    });
  flush();
}

/** A posting as version 7 stored it: the key, then each id. */
type PostingOf7 = [string, ...number[]];

/**
 * Version 8's migration: each posting's ids as one string, a row at a time. Rows filed by version 7's own
 * migration in the same upgrade already hold strings, and stay as they are.
 */
async function postingIdsAsStrings(tx: Transaction): Promise<void> {
  await tx
    .table<PostingRow>('postings')
    .toCollection()
    .modify((row) => {
      row.postings = (row.postings as unknown as (PostingOf7 | Posting)[]).map((posting): Posting => {
        if (typeof posting[1] === 'string') return posting as Posting;
        const [key, ...ids] = posting as PostingOf7;
        return [key, idString(ids)];
      });
    });
}

/** Opens the corpus database; tests pass unique names so they never share one. */
export function openCorpus(name = 'crosscheck'): CorpusDb {
  return new CorpusDb(name);
}
