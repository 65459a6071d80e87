import { useState } from 'preact/hooks';
import type { BundleRow, CorpusDb } from '@/lib/corpus/db';
import { deleteBundle } from '@/lib/corpus/import';
import { restoreSeedCorpus } from '@/lib/corpus/seed';
import { errorText } from '@/lib/reply';
import { downloadExport, exportFileName } from './download-export';
import { count } from './format';
import type { NoticeMessage } from './Notice';

/** Deleting and exporting bundles, exporting the corpus and restoring the seed articles, one action at a time. */
export function useBundleActions(
  db: CorpusDb,
  loadSeedBundle: () => Promise<unknown>,
  notify: (m: NoticeMessage) => void,
  onCorpusChanged: () => void,
) {
  const [busy, setBusy] = useState(false);

  // An action reports its outcome through `notify` and never rejects, so callers start it without waiting.
  async function run(action: () => Promise<string>, failure: string) {
    setBusy(true);
    try {
      notify({ kind: 'success', text: await action(), testId: 'bundle-summary' });
    } catch (e) {
      notify({ kind: 'error', text: failure, details: [errorText(e)], testId: 'bundle-error' });
    } finally {
      setBusy(false);
    }
  }

  const remove = (bundle: BundleRow) =>
    void run(async () => {
      const deleted = await deleteBundle(db, bundle.id);
      onCorpusChanged();
      return `Deleted ${bundle.name} (${count(deleted, 'article')}).`;
    }, `Could not delete ${bundle.name}:`);

  const restoreSeed = () =>
    void run(async () => {
      await restoreSeedCorpus(db, await loadSeedBundle());
      onCorpusChanged();
      return 'Restored the seed articles.';
    }, 'Could not restore the seed articles:');

  const exportBundle = (bundle: BundleRow | null) => {
    const fileName = exportFileName(bundle?.name ?? 'crosscheck-corpus');
    void run(
      async () => {
        await downloadExport(db, bundle?.id ?? null, fileName);
        return `Exported ${bundle?.name ?? 'the corpus'} as ${fileName}.`;
      },
      `Could not export ${bundle?.name ?? 'the corpus'}:`,
    );
  };

  return { busy, remove, restoreSeed, exportBundle };
}
