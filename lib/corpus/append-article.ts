import type { NewArticle } from '../bundle/types';
import { sentenceFingerprints } from '../claims/fingerprint';
import { ENGINE_VERSION } from '../claims/version';
import type { BundleRow, CorpusDb } from './db';
import { DexieCorpus } from './dexie-corpus';
import { prepareArticle } from './prepare';
import { textHash } from './text-hash';
import { writeArticles } from './write-bundle';

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

export type AppendResult = { added: true } | { added: false; bundle: BundleRow };

/**
 * The bundle of the stored article (staged imports' included) with this URL, this text, or whose sentences
 * are nearly all in this text (80% of its fingerprints, as a page recognises itself in the corpus: the same
 * report with another headline line, dateline or caption); null for none.
 */
async function holderOf(db: CorpusDb, url: string | null, hash: string, fingerprints: string[]) {
  const byUrl = url === null ? undefined : await db.articles.where('url').equals(url).first();
  const byText = byUrl ?? (await db.articles.where('textHash').equals(hash).first());
  const [within] = byText ? [] : await new DexieCorpus(db).selfArticleIds(null, fingerprints);
  const found = byText ?? (within === undefined ? undefined : await db.articles.get(within));
  return found ? ((await db.bundles.get(found.bundleId)) ?? null) : null;
}

/** The bundle already holding this article (same URL, same text, or the same sentences); null when it is new. */
export async function bundleHolding(db: CorpusDb, article: NewArticle): Promise<BundleRow | null> {
  return holderOf(db, article.url, await textHash(article.text), sentenceFingerprints(article.text));
}

/**
 * Adds one article to a reader's bundle through the import's write path (claims analysed and packed, keys
 * filed, fingerprints for self detection, a source row that makes it visible), in one transaction that
 * makes the bundle when it is missing and counts the article in it. An article the corpus already holds
 * (in any bundle, as `bundleHolding` finds it) is not added; the bundle holding it is returned.
 */
export async function appendArticle(db: CorpusDb, into: ReaderBundle, article: NewArticle): Promise<AppendResult> {
  const prepared = prepareArticle({ article, textHash: await textHash(article.text) });
  const { id, name } = READER_BUNDLES[into];
  return db.transaction(
    'rw',
    db.bundles,
    db.articles,
    db.packs,
    db.postings,
    db.sources,
    async (): Promise<AppendResult> => {
      const { url, textHash: hash, fingerprints } = prepared.row;
      const holder = await holderOf(db, url, hash, fingerprints);
      if (holder) return { added: false, bundle: holder };
      const claims = prepared.row.claimCount;
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
      await db.sources.bulkAdd(await writeArticles(db, id, [prepared]));
      return { added: true };
    },
  );
}
