import { useState } from 'preact/hooks';
import type { BundleRow, CorpusDb } from '@/lib/corpus/db';
import { deleteBundle } from '@/lib/corpus/import';
import { removeSeedCorpus, restoreSeedCorpus } from '@/lib/corpus/seed';
import { errorText } from '@/lib/reply';
import { downloadExport, exportFileName } from './download-export';
import { count } from './format';
import type { NoticeMessage } from './Notice';

/** Deleting and exporting bundles, exporting the corpus and restoring the built-in articles, one action at a time. */
export function useBundleActions(
  db: CorpusDb,
  loadSeedBundle: () => Promise<unknown>,
  notify: (m: NoticeMessage) => void,
  onCorpusChanged: () => void,
) {
  const [busy, setBusy] = useState(false);

  // An action reports its outcome through `notify` and never rejects, so callers start it without waiting.
  // A deletion or a restore removes the button pressed: its message takes the focus (Notice).
  async function run(action: () => Promise<string>, failure: string, focus = true) {
    setBusy(true);
    try {
      notify({ kind: 'success', text: await action(), testId: 'bundle-summary', focus });
    } catch (e) {
      notify({ kind: 'error', text: failure, details: [errorText(e)], testId: 'bundle-error', focus });
    } finally {
      setBusy(false);
    }
  }

  const remove = (bundle: BundleRow) =>
    void run(async () => {
      // The built-in articles stay deleted until restored; any other bundle is simply gone.
      const deleted = bundle.kind === 'seed' ? await removeSeedCorpus(db) : await deleteBundle(db, bundle.id);
      onCorpusChanged();
      return `Deleted ${bundle.name} (${count(deleted, 'article')}).`;
    }, `Could not delete ${bundle.name}:`);

  const restoreSeed = () =>
    void run(async () => {
      await restoreSeedCorpus(db, await loadSeedBundle());
      onCorpusChanged();
      return 'Restored the built-in articles.';
    }, 'Could not restore the built-in articles:');

  const exportBundle = (bundle: BundleRow | null) => {
    const fileName = exportFileName(bundle?.name ?? 'crosscheck-corpus');
    void run(
      async () => {
        await downloadExport(db, bundle?.id ?? null, fileName);
        return `Exported ${bundle?.name ?? 'the corpus'} as ${fileName}.`;
      },
      `Could not export ${bundle?.name ?? 'the corpus'}:`,
      false,
    );
  };

  return { busy, remove, restoreSeed, exportBundle };
}
