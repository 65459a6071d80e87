import { useEffect, useRef, useState } from 'preact/hooks';
import type { FileOutcome, FileProgress, FromWorker, ToWorker } from '@/lib/corpus/import-protocol';
import { readHtmlInPage } from './read-html';

export interface ImportState {
  /** The file being worked on, which only the progress bar follows. */
  progress: ProgressFeed;
  cancelling: boolean;
}

/**
 * The latest report of the file being worked on, null between the start and its first report. Kept out of the
 * page's state: in it, a report every 250 ms rendered the whole options page again (its article table, bundles
 * and disputes) where only the bar changes; the page's thread took 0.11 of the analysis workers' CPU over an
 * import of 10,000 articles after, against 0.13-0.17 before (bench:import, load 13-15 and 15-29).
 */
export interface ProgressFeed {
  readonly current: FileProgress | null;
  subscribe(listener: () => void): () => void;
}

function progressFeed(): ProgressFeed & { set(progress: FileProgress): void } {
  let current: FileProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
  };
}

/** The feed's latest report, rendering the component that reads it on each report. */
export function useProgress(feed: ProgressFeed): FileProgress | null {
  const [progress, setProgress] = useState(feed.current);
  useEffect(() => {
    setProgress(feed.current);
    return feed.subscribe(() => setProgress(feed.current));
  }, [feed]);
  return progress;
}

/**
 * Imports files in a worker (see entrypoints/options/import.worker.ts), one bundle per file, with
 * progress, cancel, and what became of each file.
 */
export function useImport(
  createWorker: () => Worker,
  storage: Pick<StorageManager, 'persist'>,
  onCorpusChanged: () => void,
) {
  const [state, setState] = useState<ImportState | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const workerRef = useRef<Worker | null>(null);
  useEffect(() => () => workerRef.current?.terminate(), []);

  function finish(w: Worker) {
    w.terminate();
    workerRef.current = null;
    setState(null);
  }

  function importFiles(files: File[]) {
    if (workerRef.current || files.length === 0) return;
    // A researcher's corpus should not be evicted when the disk runs low; the browser may say no.
    storage.persist().catch(() => undefined);
    const w = createWorker();
    workerRef.current = w;
    const send = (m: ToWorker) => w.postMessage(m);
    setOutcomes([]);
    const progress = progressFeed();
    setState({ progress, cancelling: false });
    w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'progress') progress.set(data.progress);
      else if (data.type === 'read-html') send({ type: 'html', id: data.id, record: readHtmlInPage(data.html) });
      else if (data.type === 'file') {
        setOutcomes((o) => [...o, data.outcome]);
        if (data.outcome.status === 'imported' && data.outcome.added > 0) onCorpusChanged();
      } else finish(w);
    };
    w.onerror = (e) => {
      const message = e.message || 'the import stopped unexpectedly';
      setOutcomes((done) => [
        ...done,
        ...files
          .slice(done.length)
          .map((f): FileOutcome => ({ fileName: f.name, status: 'refused', errors: [message] })),
      ]);
      finish(w);
    };
    send({ type: 'import', files });
  }

  function cancel() {
    workerRef.current?.postMessage({ type: 'cancel' } satisfies ToWorker);
    setState((s) => s && { ...s, cancelling: true });
  }

  return { state, outcomes, importFiles, cancel, dismiss: () => setOutcomes([]) };
}
