/**
 * Imports bundle files off the options page's main thread: reading, parsing, validating and finding the
 * claims of 10,000 articles takes long enough to freeze a page. This worker reads and validates each
 * file, tells duplicates by their text hash, and hands chunks of the rest to analysis workers, one per
 * core (analysis-pool.ts), which write them under a staging bundle that becomes part of the corpus in
 * one last transaction (lib/corpus/import.ts); if the page closes first, the staged rows are deleted
 * later, so a file lands whole or not at all. Imports in several tabs take turns (a Web Lock), so one
 * reading of what is stored tells every duplicate.
 *
 * Web pages inside bundles need a DOM to find their article, and a worker has none: the worker sends
 * each page's HTML to the options page, which reads it with DOMParser and Readability (one page per
 * message, so the options page stays responsive) and sends back the article record. This keeps a
 * second DOM implementation (linkedom) out of the extension.
 */
import { FILE_TOO_LARGE } from '@/lib/bundle/parse';
import type { HtmlReader } from '@/lib/bundle/read-file';
import { LIMITS } from '@/lib/bundle/types';
import { openCorpus } from '@/lib/corpus/db';
import { removeAbandonedImports } from '@/lib/corpus/import';
import { importBundleFile } from '@/lib/corpus/import-file';
import { QuotaError, megabytes } from '@/lib/corpus/quota';
import type { FileOutcome, FromWorker, HtmlRecord, ToWorker } from '@/lib/corpus/import-protocol';
import type { Stage } from '@/lib/corpus/stage';
import { analysisPool } from './analysis-pool';

const db = openCorpus();
const post = (message: FromWorker) => self.postMessage(message);

let controller = new AbortController();
const htmlWaiting = new Map<number, (record: HtmlRecord) => void>();
let nextHtmlId = 0;

const readHtml: HtmlReader = (html) =>
  new Promise((resolve) => {
    const id = nextHtmlId++;
    htmlWaiting.set(id, resolve);
    post({ type: 'read-html', id, html });
  });

/**
 * Progress is posted at most this often while articles are analysed and written: each message renders the
 * whole options page again (its lists and counts with the bar), and the analysis workers report every 25
 * articles. Four a second still move the bar and its counts.
 */
const PROGRESS_MS = 250;

const exclusive = <T>(run: () => Promise<T>): Promise<T> =>
  navigator.locks.request('crosscheck-import', run) as Promise<T>;

async function importOne(
  file: File,
  index: number,
  count: number,
  pool: { stage: Stage; size: number },
): Promise<FileOutcome> {
  const fileName = file.name;
  if (controller.signal.aborted) return { fileName, status: 'cancelled' };
  // Checked before reading, so a huge file is never loaded into memory.
  if (file.size > LIMITS.fileBytes) return { fileName, status: 'refused', errors: [FILE_TOO_LARGE] };
  post({
    type: 'progress',
    progress: { index, count, fileName, stage: 'reading', articles: 0, written: 0, total: 0, claims: 0 },
  });
  let posted = 0;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await importBundleFile(db, bytes, fileName, {
      readHtml,
      signal: controller.signal,
      stage: pool.stage,
      parallel: 2 * pool.size,
      exclusive,
      onProgress: ({ articles, written, total, claims, committing }) => {
        const now = performance.now();
        if (!committing && written < total && now - posted < PROGRESS_MS) return;
        posted = now;
        post({
          type: 'progress',
          progress: {
            index,
            count,
            fileName,
            stage: committing ? 'committing' : 'importing',
            articles,
            written,
            total,
            claims,
          },
        });
      },
    });
    return r.ok
      ? {
          fileName,
          status: 'imported',
          added: r.result.added,
          duplicates: r.result.duplicates,
          claims: r.result.claims,
        }
      : { fileName, status: 'refused', errors: r.errors };
  } catch (e) {
    if (controller.signal.aborted) return { fileName, status: 'cancelled' };
    if (e instanceof QuotaError) return { fileName, status: 'refused', errors: [e.message, await roomLeft()] };
    return { fileName, status: 'refused', errors: [e instanceof Error ? e.message : String(e)] };
  }
}

async function roomLeft(): Promise<string> {
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return `The browser lets Crosscheck use ${megabytes(quota)}, of which ${megabytes(usage)} are in use.`;
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') controller.abort(new DOMException('Import cancelled', 'AbortError'));
  else if (message.type === 'html') {
    htmlWaiting.get(message.id)?.(message.record);
    htmlWaiting.delete(message.id);
  } else {
    controller = new AbortController();
    await removeAbandonedImports(db);
    const pool = analysisPool(navigator.hardwareConcurrency);
    for (const [i, file] of message.files.entries())
      post({ type: 'file', outcome: await importOne(file, i, message.files.length, pool) });
    pool.terminate();
    post({ type: 'done' });
  }
};
