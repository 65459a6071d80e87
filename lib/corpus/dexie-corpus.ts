import { isSelf } from '../claims/fingerprint';
import type { CorpusHit, CorpusLookup, SourceRef } from '../compare/types';
import { countIn } from '../map-lists';
import type { CorpusDb } from './db';
import { figureIndexKey } from './filed-keys';
import { claimsFiledUnder, type PackRow } from './pack';
import { FEW, TINY } from './self-prints';

/** A sentence in more articles than this is boilerplate ("This story has been updated."): it names no article. */
const BOILERPLATE = 50;

/**
 * The corpus in IndexedDB, looked up through its indexes only. Claims are stored packed per article
 * (pack.ts): a lookup reads, key by key, the ids of the latest articles filed under it from the index
 * alone, then each of those articles' packs once.
 */
export class DexieCorpus implements CorpusLookup {
  constructor(private readonly db: CorpusDb) {}

  claimsByKeys(keys: string[], perKey: number): Promise<CorpusHit[]> {
    return this.claimsBy(keys, perKey);
  }

  claimsByFigureKeys(figureKeys: string[], perKey: number): Promise<CorpusHit[]> {
    return this.claimsBy(figureKeys.map(figureIndexKey), perKey);
  }

  async figureKeysOf(articleIds: number[]): Promise<Map<number, string[]>> {
    const packs = await this.db.packs.bulkGet(articleIds);
    return new Map(articleIds.map((id, i) => [id, packs[i]?.figureKeys ?? []]));
  }

  /**
   * At most `perKey` claims under each index key, the latest stored first, as the claim-per-row store
   * gave them: an article's claims were stored in order, so the latest are the last of the latest article.
   */
  private async claimsBy(indexKeys: string[], perKey: number): Promise<CorpusHit[]> {
    const { db } = this;
    const keys = [...new Set(indexKeys)];
    return db.transaction('r', db.packs, db.sources, async () => {
      const idLists = await Promise.all(
        keys.map((k) => db.packs.where('keys').equals(k).reverse().limit(perKey).primaryKeys()),
      );
      const ids = [...new Set(idLists.flat())];
      const [packs, found] = await Promise.all([db.packs.bulkGet(ids), db.sources.bulkGet(ids)]);
      const stored = new Map<number, { pack: PackRow; source: SourceRef }>();
      ids.forEach((id, i) => {
        // Articles of a bundle still being imported have no source yet: they are not in the corpus.
        if (packs[i] && found[i]) stored.set(id, { pack: packs[i], source: found[i] });
      });
      return keys.flatMap((key, k) => {
        const hits: CorpusHit[] = [];
        for (const id of idLists[k]!) {
          const article = stored.get(id);
          if (!article) continue;
          const filed = claimsFiledUnder(article.pack, key);
          for (let i = filed.length - 1; i >= 0 && hits.length < perKey; i--)
            hits.push({ claim: filed[i]!, source: article.source });
        }
        return hits;
      });
    });
  }

  async selfArticleIds(url: string | null, fingerprints: string[]): Promise<Set<number>> {
    const { db } = this;
    return db.transaction('r', db.articles, async () => {
      const ids = new Set(url === null ? [] : await db.articles.where('url').equals(url).primaryKeys());
      const found = new Map<number, number>();
      const page = new Set(fingerprints);
      const lists = await Promise.all(
        [...page].map((f) =>
          db.articles
            .where('selfPrints')
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
        if (!article) continue;
        const shown = article.fingerprints.filter((f) => page.has(f)).length;
        if (isSelf(article.fingerprints.length, shown)) ids.add(article.id);
      }
      return ids;
    });
  }
}
