import type { NewArticle } from '../bundle/types';
import { ENGINE_VERSION } from '../claims/version';
import type { BundleRow, CorpusDb } from './db';
import { prepareArticle } from './prepare';
import { textHash } from './text-hash';
import { notStored, writeArticles } from './write-bundle';

/**
 * The bundles that grow one article at a time from the pages a reader reads: the articles added from the
 * popup, and those kept with the reader's opt-in. Fixed ids, so each is one bundle however often it grows;
 * deleted like any bundle, and made again by the next article.
 */
export const READER_BUNDLES = {
  added: { id: 'reader-added', name: 'Articles I added' },
  read: { id: 'reader-read', name: 'Articles I read' },
} as const;

export type ReaderBundle = keyof typeof READER_BUNDLES;

export type AppendResult = { added: true } | { added: false; bundle: BundleRow | null };

/** The bundle of the stored article with this URL or text hash (staged imports' included); null for none. */
async function holderOf(db: CorpusDb, url: string | null, hash: string): Promise<BundleRow | null> {
  const byUrl = url === null ? undefined : await db.articles.where('url').equals(url).first();
  const article = byUrl ?? (await db.articles.where('textHash').equals(hash).first());
  return article ? ((await db.bundles.get(article.bundleId)) ?? null) : null;
}

/** The bundle already holding an article with the same URL or text; null when the article is new. */
export async function bundleHolding(db: CorpusDb, article: NewArticle): Promise<BundleRow | null> {
  return holderOf(db, article.url, await textHash(article.text));
}

/**
 * Adds one article to a reader's bundle through the import's write path (claims analysed and packed, keys
 * filed, fingerprints for self detection, a source row that makes it visible), in one transaction that
 * makes the bundle when it is missing and counts the article in it. An article the corpus already holds
 * (same URL or text, in any bundle) is not added; the bundle holding it is returned.
 */
export async function appendArticle(db: CorpusDb, into: ReaderBundle, article: NewArticle): Promise<AppendResult> {
  const prepared = await prepareArticle(article);
  const { id, name } = READER_BUNDLES[into];
  return db.transaction('rw', db.bundles, db.articles, db.packs, db.sources, async (): Promise<AppendResult> => {
    const [fresh] = await notStored(db, [prepared]);
    if (!fresh) return { added: false, bundle: await holderOf(db, prepared.row.url, prepared.row.textHash) };
    const claims = fresh.row.claimCount;
    const bundle = await db.bundles.get(id);
    // A stale engine version stays as it is: the bundle's older articles still need re-analysing.
    if (bundle)
      await db.bundles.update(id, { articleCount: bundle.articleCount + 1, claimCount: bundle.claimCount + claims });
    else
      await db.bundles.add({
        id,
        name,
        kind: 'import',
        version: 1,
        importedAt: Date.now(),
        engineVersion: ENGINE_VERSION,
        articleCount: 1,
        claimCount: claims,
      });
    await db.sources.bulkAdd(await writeArticles(db, id, [fresh]));
    return { added: true };
  });
}
