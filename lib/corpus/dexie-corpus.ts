import { isSelf, SELF_SHARE } from '../claims/fingerprint';
import type { CorpusHit, CorpusLookup } from '../compare/types';
import { countIn } from '../map-lists';
import { rowsWithAnyOf } from './any-of';
import type { CorpusDb } from './db';

/**
 * Boilerplate sentences ("This is a developing story and will be updated.") are shared by thousands of
 * articles, each found once on the page. An article found fewer than FEW times can only be the page
 * when it has at most TINY fingerprints, so those are the only ones of them worth reading.
 */
const FEW = 4;
/** A sentence in more articles than this is boilerplate ("This story has been updated."): it names no article. */
const BOILERPLATE = 50;
const TINY = Math.floor((FEW - 1) / SELF_SHARE);

/** The corpus in IndexedDB, looked up through its indexes only. */
export class DexieCorpus implements CorpusLookup {
  constructor(private readonly db: CorpusDb) {}

  claimsByKeys(keys: string[], perKey: number): Promise<CorpusHit[]> {
    return this.claimsBy('key', keys, perKey);
  }

  claimsByFigureKeys(figureKeys: string[], perKey: number): Promise<CorpusHit[]> {
    return this.claimsBy('figureKey', figureKeys, perKey);
  }

  async figureKeysOf(articleIds: number[]): Promise<Map<number, string[]>> {
    const rows = await rowsWithAnyOf(this.db.claims, 'articleId', articleIds);
    const keys = new Map(articleIds.map((id) => [id, [] as string[]]));
    for (const row of rows) keys.get(row.articleId)?.push(row.figureKey);
    return keys;
  }

  private async claimsBy(index: 'key' | 'figureKey', keys: string[], perKey: number): Promise<CorpusHit[]> {
    const { db } = this;
    return db.transaction('r', db.claims, db.sources, async () => {
      const lists = await Promise.all(
        [...new Set(keys)].map((k) => db.claims.where(index).equals(k).reverse().limit(perKey).toArray()),
      );
      const rows = lists.flat();
      const found = await db.sources.bulkGet([...new Set(rows.map((r) => r.articleId))]);
      const sources = new Map(found.flatMap((s) => (s ? [[s.articleId, s] as const] : [])));
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
      const found = new Map<number, number>();
      const lists = await Promise.all(
        [...new Set(fingerprints)].map((f) =>
          db.articles
            .where('fingerprints')
            .equals(f)
            .limit(BOILERPLATE + 1)
            .primaryKeys(),
        ),
      );
      for (const list of lists) {
        if (list.length > BOILERPLATE) continue;
        for (const id of list) countIn(found, id);
      }
      const rarelyFound = [...found.values()].some((n) => n < FEW);
      const tiny = new Set(
        rarelyFound ? await db.articles.where('fingerprintCount').between(1, TINY, true, true).primaryKeys() : [],
      );
      const candidates = [...found].filter(([id, n]) => !ids.has(id) && (n >= FEW || tiny.has(id))).map(([id]) => id);
      for (const article of await db.articles.bulkGet(candidates)) {
        if (article && isSelf(article.fingerprints.length, found.get(article.id)!)) ids.add(article.id);
      }
      return ids;
    });
  }
}
