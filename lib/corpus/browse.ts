import type { ArticleRow, BundleRow, CorpusDb } from './db';
import { searchWordsOf } from './search-words';

/** An article as the options page lists it: no text, its bundle's name. */
export interface ArticleSummary {
  id: number;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  origin: string;
  claimCount: number;
  bundleId: string;
  bundleName: string;
}

export interface ArticlePage {
  articles: ArticleSummary[];
  /** How many articles the whole listing (or search) holds. */
  total: number;
}

/** The articles of bundles still being imported: stored, but not yet in the corpus. */
async function stagedIds(db: CorpusDb): Promise<Set<number>> {
  const staging = await db.bundles.filter((b) => b.staging !== undefined).primaryKeys();
  return new Set(staging.length > 0 ? await db.articles.where('bundleId').anyOf(staging).primaryKeys() : []);
}

/**
 * The ids of articles having, for every word of the query, a title or outlet word starting with it:
 * key-only reads of the searchWords index, intersected, in the order the articles were stored.
 */
async function idsMatching(db: CorpusDb, words: string[]): Promise<number[]> {
  const lists = await Promise.all(words.map((w) => db.articles.where('searchWords').startsWith(w).primaryKeys()));
  const staged = await stagedIds(db);
  lists.sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = lists.map((l) => new Set(l));
  return [...shortest!].filter((id) => !staged.has(id) && rest.every((s) => s.has(id))).sort((a, b) => a - b);
}

async function summaries(db: CorpusDb, rows: ArticleRow[]): Promise<ArticleSummary[]> {
  const bundleIds = [...new Set(rows.map((r) => r.bundleId))];
  const bundles = await db.bundles.bulkGet(bundleIds);
  const names = new Map(bundleIds.map((id, i) => [id, bundles[i]?.name ?? id]));
  return rows.map(({ id, title, outlet, published, url, origin, claimCount, bundleId }) => ({
    id,
    title,
    outlet,
    published,
    url,
    origin,
    claimCount,
    bundleId,
    bundleName: names.get(bundleId) ?? bundleId,
  }));
}

/** A page of articles in the order they were stored; with a query, of those whose title or outlet match it. */
export function listArticles(
  db: CorpusDb,
  { offset, limit, query = '' }: { offset: number; limit: number; query?: string },
): Promise<ArticlePage> {
  const words = searchWordsOf(query);
  return db.transaction('r', db.articles, db.bundles, db.sources, async () => {
    // Only committed articles have a source row, so the sources table lists the corpus.
    const [ids, total] =
      words.length === 0
        ? [await db.sources.orderBy(':id').offset(offset).limit(limit).primaryKeys(), await db.sources.count()]
        : await idsMatching(db, words).then((all) => [all.slice(offset, offset + limit), all.length] as const);
    const rows = await db.articles.bulkGet(ids);
    return {
      articles: await summaries(
        db,
        rows.filter((r): r is ArticleRow => r !== undefined),
      ),
      total,
    };
  });
}

export interface CorpusStats {
  articles: number;
  claims: number;
  outlets: number;
  /** The earliest and latest publication dates; null when no article has one. */
  dateRange: { from: string; to: string } | null;
  bundles: BundleRow[];
}

/** The seed bundle first, then the imported ones in the order they came. */
const bundleOrder = (a: BundleRow, b: BundleRow) =>
  a.kind === b.kind ? a.importedAt - b.importedAt : a.kind === 'seed' ? -1 : 1;

/**
 * Counts and ranges read from indexes and bundle rows, never from the articles themselves; of committed
 * bundles only (sources are written when a bundle commits).
 */
export function corpusStats(db: CorpusDb): Promise<CorpusStats> {
  return db.transaction('r', db.sources, db.bundles, async () => {
    const [from] = await db.sources.orderBy('published').limit(1).keys();
    const [to] = await db.sources.orderBy('published').reverse().limit(1).keys();
    const bundles = (await db.bundles.toArray()).filter((b) => b.staging === undefined).sort(bundleOrder);
    return {
      articles: await db.sources.count(),
      claims: bundles.reduce((n, b) => n + b.claimCount, 0),
      outlets: (await db.sources.orderBy('outlet').uniqueKeys()).length,
      dateRange: typeof from === 'string' && typeof to === 'string' ? { from, to } : null,
      bundles,
    };
  });
}
