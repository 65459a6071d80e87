import { useCallback, useEffect, useState } from 'preact/hooks';
import { corpusStats, listArticles } from '@/lib/corpus/browse';
import type { CorpusDb } from '@/lib/corpus/db';
import { ensureSeedCorpus } from '@/lib/corpus/seed';
import { errorText } from '@/lib/reply';
import { ArticleTable } from './ArticleTable';
import { BundleList } from './BundleList';
import { CorpusStats } from './CorpusStats';
import { DisputeList } from './DisputeList';
import { ImportPanel } from './ImportPanel';
import { ImportSummary } from './ImportSummary';
import { KeepArticlesSetting } from './KeepArticlesSetting';
import { Notice, type NoticeMessage } from './Notice';
import { Pager } from './Pager';
import { SearchBox } from './SearchBox';
import { useArticleActions } from './useArticleActions';
import { useBundleActions } from './useBundleActions';
import { useImport } from './useImport';
import { useDiskUsage } from './useDiskUsage';
import { useLiveQuery } from './useLiveQuery';

const PAGE_SIZE = 50;

interface Props {
  db: CorpusDb;
  loadSeedBundle: () => Promise<unknown>;
  /** Starts the import worker (entrypoints/options/import.worker.ts). */
  createImportWorker: () => Worker;
  /** Called after an import, a deletion or a restore changed the corpus. */
  onCorpusChanged: () => void;
  /** The browser's storage manager: the corpus's size on disk, and persistence asked for with an import. */
  storage: Pick<StorageManager, 'estimate' | 'persist'>;
}

export function OptionsApp({ db, loadSeedBundle, createImportWorker, onCorpusChanged, storage }: Props) {
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  const [bundleNotice, setBundleNotice] = useState<NoticeMessage | null>(null);
  const stats = useLiveQuery(() => corpusStats(db), [db]);
  const page = useLiveQuery(() => listArticles(db, { offset, limit: PAGE_SIZE, query }), [db, offset, query]);
  const importer = useImport(createImportWorker, storage, onCorpusChanged);
  const bundles = useBundleActions(db, loadSeedBundle, setBundleNotice, onCorpusChanged);
  const articles = useArticleActions(db, onCorpusChanged);
  const disk = useDiskUsage(storage, stats.data);

  // The background installs the seeds too; doing it here as well means the page never shows an empty
  // corpus just because the service worker has not got to it yet. Installing twice is harmless.
  useEffect(() => {
    loadSeedBundle()
      .then((bundle) => ensureSeedCorpus(db, bundle))
      .catch((e) =>
        setBundleNotice({
          kind: 'error',
          text: 'Could not install the seed articles:',
          details: [errorText(e)],
          testId: 'bundle-error',
        }),
      );
  }, [db, loadSeedBundle]);

  // After a deletion or a new search the current page may lie past the end.
  const total = page.data?.total ?? 0;
  useEffect(() => {
    if (offset > 0 && offset >= total) setOffset(Math.max(0, Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE));
  }, [offset, total]);

  // The same function from one render to the next, so the search box does not search again on every render.
  const search = useCallback((q: string) => {
    setQuery(q);
    setOffset(0);
  }, []);

  const busy = bundles.busy || articles.busy || importer.state !== null;
  const readError = stats.error ?? page.error;
  return (
    <main class="page">
      <header class="page-header">
        <h1>Crosscheck corpus</h1>
        <p class="lede">
          Crosscheck checks the numbers on the pages you read against these articles. They are stored in this browser
          only.
        </p>
      </header>

      {readError !== undefined && (
        <Notice
          message={{
            kind: 'error',
            text: 'Could not read the corpus:',
            details: [errorText(readError)],
            testId: 'read-error',
          }}
        />
      )}

      <section aria-labelledby="corpus-heading">
        <h2 id="corpus-heading">Articles</h2>
        {stats.data && page.data ? (
          <>
            <CorpusStats stats={stats.data} disk={disk} />
            <div class="toolbar">
              <SearchBox onSearch={search} />
              <button
                type="button"
                class="button"
                disabled={busy || stats.data.articles === 0}
                data-testid="export-corpus"
                onClick={() => bundles.exportBundle(null)}
              >
                Export corpus
              </button>
            </div>
            <ArticleTable articles={page.data.articles} query={query} busy={busy} onDelete={articles.remove} />
            {articles.notice && <Notice message={articles.notice} onDismiss={articles.dismiss} />}
            <Pager offset={offset} pageSize={PAGE_SIZE} total={total} onChange={setOffset} />
          </>
        ) : (
          <p class="muted" role="status">
            Loading…
          </p>
        )}
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import articles</h2>
        <ImportPanel state={importer.state} onFiles={importer.importFiles} onCancel={importer.cancel} />
        <ImportSummary outcomes={importer.outcomes} onDismiss={importer.dismiss} />
      </section>

      <section aria-labelledby="bundles-heading">
        <h2 id="bundles-heading">Bundles</h2>
        {stats.data && (
          <BundleList
            bundles={stats.data.bundles}
            busy={busy}
            onDelete={bundles.remove}
            onExport={bundles.exportBundle}
            onRestoreSeed={bundles.restoreSeed}
          />
        )}
        {bundleNotice && <Notice message={bundleNotice} onDismiss={() => setBundleNotice(null)} />}
      </section>

      <KeepArticlesSetting />

      <DisputeList />
    </main>
  );
}
