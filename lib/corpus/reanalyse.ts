import { ENGINE_VERSION } from '../claims/version';
import { topicsOf } from '../claims/topics';
import { figureCountOf } from '../compare/stories';
import { corpusClaimsOf } from './article-claims';
import type { CorpusDb } from './db';

/**
 * Analyses again, from the stored texts, every bundle whose claims came from another engine version.
 * Each bundle is read, analysed outside any transaction, then its claims are replaced in one
 * transaction, so a bundle is never left half old, half new. Returns how many bundles were redone.
 */
export async function reanalyseStaleBundles(db: CorpusDb): Promise<number> {
  const stale = await db.bundles.filter((b) => b.engineVersion !== ENGINE_VERSION).toArray();
  for (const bundle of stale) {
    const articles = await db.articles.where('bundleId').equals(bundle.id).toArray();
    const claims = articles.map((a) => corpusClaimsOf(a.id, a.text));
    await db.transaction('rw', db.bundles, db.articles, db.claims, db.sources, async () => {
      const current = await db.bundles.get(bundle.id);
      if (!current || current.engineVersion === ENGINE_VERSION) return;
      const ids = articles.map((a) => a.id);
      await db.claims.where('articleId').anyOf(ids).delete();
      await db.claims.bulkAdd(claims.flat());
      await db.articles.bulkUpdate(articles.map((a, i) => ({ key: a.id, changes: { claimCount: claims[i]!.length } })));
      await db.sources.bulkUpdate(
        articles.map((a, i) => ({
          key: a.id,
          changes: { figureCount: figureCountOf(claims[i]!), topics: topicsOf(a.text) },
        })),
      );
      await db.bundles.update(bundle.id, { engineVersion: ENGINE_VERSION });
    });
  }
  return stale.length;
}
