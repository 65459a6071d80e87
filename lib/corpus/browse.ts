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

/**
 * The ids of articles having, for every word of the query, a title or outlet word starting with it:
 * key-only reads of the searchWords index, intersected, in the order the articles were stored.
 */
async function idsMatching(db: CorpusDb, words: string[]): Promise<number[]> {
  const lists = await Promise.all(words.map((w) => db.articles.where('searchWords').startsWith(w).primaryKeys()));
  lists.sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = lists.map((l) => new Set(l));
  return [...shortest!].filter((id) => rest.every((s) => s.has(id))).sort((a, b) => a - b);
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
  return db.transaction('r', db.articles, db.bundles, async () => {
    if (words.length === 0) {
      const rows = await db.articles.orderBy(':id').offset(offset).limit(limit).toArray();
      return { articles: await summaries(db, rows), total: await db.articles.count() };
    }
    const ids = await idsMatching(db, words);
    const rows = await db.articles.bulkGet(ids.slice(offset, offset + limit));
    return {
      articles: await summaries(
        db,
        rows.filter((r): r is ArticleRow => r !== undefined),
      ),
      total: ids.length,
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

/** Counts and ranges read from indexes, never from the articles themselves. */
export function corpusStats(db: CorpusDb): Promise<CorpusStats> {
  return db.transaction('r', db.articles, db.claims, db.bundles, async () => {
    const [from] = await db.articles.orderBy('published').limit(1).keys();
    const [to] = await db.articles.orderBy('published').reverse().limit(1).keys();
    return {
      articles: await db.articles.count(),
      claims: await db.claims.count(),
      outlets: (await db.articles.orderBy('outlet').uniqueKeys()).length,
      dateRange: typeof from === 'string' && typeof to === 'string' ? { from, to } : null,
      bundles: (await db.bundles.toArray()).sort(bundleOrder),
    };
  });
}
