import { useState } from 'preact/hooks';
import type { ArticleSummary } from '@/lib/corpus/browse';
import type { CorpusDb } from '@/lib/corpus/db';
import { deleteArticle, undoDeleteArticle, type DeletedArticle } from '@/lib/corpus/delete-article';
import { errorText } from '@/lib/reply';
import { count } from './format';
import type { NoticeMessage } from './Notice';

/**
 * Deleting one article from the table, with an Undo in the message that says so. The message takes the
 * focus, since the deleted row took the reader's button with it.
 */
export function useArticleActions(db: CorpusDb, onCorpusChanged: () => void) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  async function run(action: () => Promise<NoticeMessage>, failure: string) {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (e) {
      setNotice({ kind: 'error', text: failure, details: [errorText(e)], testId: 'article-error', focus: true });
    } finally {
      setBusy(false);
    }
  }

  const undo = (deleted: DeletedArticle) =>
    void run(async () => {
      const title = `“${deleted.article.title}”`;
      const restored = await undoDeleteArticle(db, deleted);
      if (restored) onCorpusChanged();
      return restored
        ? { kind: 'success', text: `Restored ${title}.`, testId: 'article-summary', focus: true }
        : {
            kind: 'info',
            text: `${title} was not restored: the corpus holds it again, or its bundle changed since.`,
            testId: 'article-summary',
            focus: true,
          };
    }, 'Could not restore the article:');

  const remove = (article: ArticleSummary) =>
    void run(async () => {
      const title = `“${article.title}”`;
      const deleted = await deleteArticle(db, article.id);
      if (!deleted) return { kind: 'info', text: `${title} was already gone.`, testId: 'article-summary', focus: true };
      onCorpusChanged();
      return {
        kind: 'success',
        text: `Deleted ${title} and its ${count(deleted.article.claimCount, 'claim')}.`,
        testId: 'article-summary',
        focus: true,
        action: { label: 'Undo', testId: 'undo-delete-article', run: () => undo(deleted) },
      };
    }, `Could not delete “${article.title}”:`);

  return { busy, notice, dismiss: () => setNotice(null), remove };
}
