import { isSelf } from '../claims/fingerprint';
import type { CorpusHit, CorpusLookup, SourceRef } from '../compare/types';
import type { ArticleRow, CorpusDb } from './db';

const sourceOf = ({ id, title, outlet, published, url, origin }: ArticleRow): SourceRef => ({
  articleId: id, title, outlet, published, url, origin,
});

/** The corpus in IndexedDB, looked up through its indexes only. */
export class DexieCorpus implements CorpusLookup {
  constructor(private readonly db: CorpusDb) {}

  async claimsByKeys(keys: string[]): Promise<CorpusHit[]> {
    const { db } = this;
    if (keys.length === 0) return [];
    return db.transaction('r', db.claims, db.articles, async () => {
      const rows = await db.claims.where('key').anyOf([...new Set(keys)]).toArray();
      const articleIds = [...new Set(rows.map((r) => r.articleId))];
      const articles = await db.articles.bulkGet(articleIds);
      const sources = new Map(articles.flatMap((a) => (a ? [[a.id, sourceOf(a)] as const] : [])));
      return rows.flatMap(({ id: _id, ...claim }) => {
        const source = sources.get(claim.articleId);
        return source ? [{ claim, source }] : [];
      });
    });
  }

  async selfArticleIds(url: string | null, fingerprints: string[]): Promise<Set<number>> {
    const { db } = this;
    return db.transaction('r', db.articles, async () => {
      const ids = new Set(url === null ? [] : await db.articles.where('url').equals(url).primaryKeys());
      // One primary key per (fingerprint, article) pair found: counting them gives each article's matches.
      const found = new Map<number, number>();
      for (const id of await db.articles.where('fingerprints').anyOf([...new Set(fingerprints)]).primaryKeys()) {
        found.set(id, (found.get(id) ?? 0) + 1);
      }
      const candidates = [...found.keys()].filter((id) => !ids.has(id));
      for (const article of await db.articles.bulkGet(candidates)) {
        if (article && isSelf(article.fingerprints.length, found.get(article.id)!)) ids.add(article.id);
      }
      return ids;
    });
  }
}
