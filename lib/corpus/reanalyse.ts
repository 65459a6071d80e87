import Dexie from 'dexie';
import { ENGINE_VERSION } from '../claims/version';
import { figureCountOf } from '../compare/stories';
import { claimsAndTopicsOf } from './article-claims';
import { sourceOf, type CorpusDb } from './db';
import { packClaims } from './pack';
import { addPostingRows, postingRowsOf } from './postings';

/**
 * Analyses again, from the stored texts, every committed bundle whose claims came from another engine
 * version. Each bundle is read, analysed outside any transaction, then its packs are replaced in one
 * transaction with their postings, so a bundle is never left half old, half new. Returns how many bundles were redone.
 */
export async function reanalyseStaleBundles(db: CorpusDb): Promise<number> {
  const stale = await db.bundles.filter((b) => b.engineVersion !== ENGINE_VERSION && !b.staging).toArray();
  for (const bundle of stale) {
    const articles = await db.articles.where('bundleId').equals(bundle.id).toArray();
    const analysed = articles.map((a) => claimsAndTopicsOf(a.id, a.text));
    const claims = analysed.map((a) => a.claims);
    await db.transaction('rw', db.bundles, db.articles, db.packs, db.postings, db.sources, async () => {
      const current = await db.bundles.get(bundle.id);
      if (!current || current.engineVersion === ENGINE_VERSION) return;
      // The sources anew, with their figure counts and topics; each pack keeps a copy, which a pack
      // written before packs kept one gains here.
      const sources = articles.map((a, i) => sourceOf(a, figureCountOf(claims[i]!), analysed[i]!.topics));
      const packs = articles.map((a, i) => ({ ...packClaims(a.id, claims[i]!), source: sources[i] }));
      await db.packs.bulkPut(packs);
      await db.postings.where('bundleId').equals(bundle.id).delete();
      addPostingRows(Dexie.currentTransaction.idbtrans, postingRowsOf(bundle.id, packs));
      await db.articles.bulkUpdate(articles.map((a, i) => ({ key: a.id, changes: { claimCount: claims[i]!.length } })));
      await db.sources.bulkPut(sources);
      await db.bundles.update(bundle.id, {
        engineVersion: ENGINE_VERSION,
        claimCount: claims.reduce((n, c) => n + c.length, 0),
      });
    });
  }
  return stale.length;
}
