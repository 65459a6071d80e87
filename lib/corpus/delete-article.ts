import { SEED_BUNDLE_ID, type ArticleRow, type BundleRow, type CorpusDb, type PackRow, type SourceRow } from './db';
import { refileArticle, unfileArticle } from './postings';
import { recordSeedsRemoved } from './seed';

/** What deleting one article took out of the corpus, kept so the reader can undo it. */
export interface DeletedArticle {
  article: ArticleRow;
  pack: PackRow | undefined;
  source: SourceRow | undefined;
  /** Its bundle as it was before, deleted with its last article. */
  bundle: BundleRow;
}

const tables = (db: CorpusDb) => [db.bundles, db.articles, db.packs, db.postings, db.sources, db.flags];

/**
 * Deletes one committed article with its claims (the pack, and its id in the postings of every key) and its
 * source row, in one transaction; its bundle's counts drop with it, and a bundle left without articles
 * goes too (the seed bundle then stays removed, as when deleted whole). Null when there is no such
 * article, or it belongs to an import still being written.
 */
export function deleteArticle(db: CorpusDb, articleId: number): Promise<DeletedArticle | null> {
  return db.transaction('rw', tables(db), async () => {
    const article = await db.articles.get(articleId);
    const bundle = article && (await db.bundles.get(article.bundleId));
    if (!article || !bundle || bundle.staging) return null;
    const [pack, source] = await Promise.all([db.packs.get(articleId), db.sources.get(articleId)]);
    await Promise.all([
      db.packs.delete(articleId),
      db.sources.delete(articleId),
      db.articles.delete(articleId),
      unfileArticle(db, articleId),
    ]);
    if (bundle.articleCount <= 1) {
      await db.bundles.delete(bundle.id);
      if (bundle.id === SEED_BUNDLE_ID) await recordSeedsRemoved(db, true);
    } else {
      await db.bundles.update(bundle.id, {
        articleCount: bundle.articleCount - 1,
        claimCount: Math.max(0, bundle.claimCount - article.claimCount),
      });
    }
    return { article, pack, source, bundle };
  });
}

/**
 * Puts a deleted article back as it was, under its old id, with its bundle. False, leaving the corpus as
 * it is, when the article is there again (imported anew) or its bundle was since replaced or deleted.
 */
export function undoDeleteArticle(db: CorpusDb, deleted: DeletedArticle): Promise<boolean> {
  const { article, pack, source, bundle } = deleted;
  return db.transaction('rw', tables(db), async () => {
    const again =
      (await db.articles.get(article.id)) !== undefined ||
      (await db.articles.where('textHash').equals(article.textHash).count()) > 0 ||
      (article.url !== null && (await db.articles.where('url').equals(article.url).count()) > 0);
    const current = await db.bundles.get(bundle.id);
    // A bundle with this id imported or reinstalled since is another bundle: the article was not part of it.
    const replaced = current !== undefined && current.importedAt !== bundle.importedAt;
    if (again || replaced) return false;
    if (current) {
      await db.bundles.update(bundle.id, {
        articleCount: current.articleCount + 1,
        claimCount: current.claimCount + article.claimCount,
      });
    } else {
      if (bundle.articleCount > 1) return false;
      await db.bundles.add({ ...bundle, articleCount: 1, claimCount: article.claimCount });
      if (bundle.id === SEED_BUNDLE_ID) await recordSeedsRemoved(db, false);
    }
    await db.articles.add(article);
    if (pack) await Promise.all([db.packs.add(pack), refileArticle(db, article.bundleId, pack)]);
    if (source) await db.sources.add(source);
    return true;
  });
}
