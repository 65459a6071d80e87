import type { BundleRow, CorpusDb } from './db';

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

/** A page of articles in the order they were stored. */
export async function listArticles(db: CorpusDb, { offset, limit }: { offset: number; limit: number }): Promise<ArticleSummary[]> {
  return db.transaction('r', db.articles, db.bundles, async () => {
    const rows = await db.articles.orderBy(':id').offset(offset).limit(limit).toArray();
    const bundleIds = [...new Set(rows.map((r) => r.bundleId))];
    const bundles = await db.bundles.bulkGet(bundleIds);
    const names = new Map(bundleIds.map((id, i) => [id, bundles[i]?.name ?? id]));
    return rows.map(({ id, title, outlet, published, url, origin, claimCount, bundleId }) => ({
      id, title, outlet, published, url, origin, claimCount, bundleId, bundleName: names.get(bundleId) ?? bundleId,
    }));
  });
}

export interface CorpusStats {
  articles: number;
  claims: number;
  bundles: BundleRow[];
}

/** The seed bundle first, then the imported ones in the order they came. */
const bundleOrder = (a: BundleRow, b: BundleRow) => (a.kind === b.kind ? a.importedAt - b.importedAt : a.kind === 'seed' ? -1 : 1);

export function corpusStats(db: CorpusDb): Promise<CorpusStats> {
  return db.transaction('r', db.articles, db.claims, db.bundles, async () => ({
    articles: await db.articles.count(),
    claims: await db.claims.count(),
    bundles: (await db.bundles.toArray()).sort(bundleOrder),
  }));
}
