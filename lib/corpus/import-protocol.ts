/** The messages between the options page and its import worker (entrypoints/options/import.worker.ts). */
import type { HashedArticle } from './prepare';
import type { StagedChunk, WireError } from './stage';

/** Reading and checking the file; analysing and writing its articles; the last, uncancellable transaction. */
export type ImportStage = 'reading' | 'importing' | 'committing';

export interface FileProgress {
  /** Which of the files being imported, from 0, and how many there are. */
  index: number;
  count: number;
  fileName: string;
  stage: ImportStage;
  /** Articles analysed and written, of the total. */
  articles: number;
  written: number;
  total: number;
  claims: number;
}

/** What became of one file: imported (as one bundle), refused with every problem found, or cancelled. */
export type FileOutcome =
  | { fileName: string; status: 'imported'; added: number; duplicates: number; claims: number }
  | { fileName: string; status: 'refused'; errors: string[] }
  | { fileName: string; status: 'cancelled' };

export type HtmlRecord = Record<string, string> | string[];

export type ToWorker =
  | { type: 'import'; files: File[] }
  | { type: 'cancel' }
  /** The page's answer to 'read-html': the worker has no DOM to read a web page with. */
  | { type: 'html'; id: number; record: HtmlRecord };

export type FromWorker =
  | { type: 'progress'; progress: FileProgress }
  | { type: 'read-html'; id: number; html: string }
  | { type: 'file'; outcome: FileOutcome }
  | { type: 'done' };

/**
 * The import worker's messages to one of its analysis workers (entrypoints/options/analyse.worker.ts): a
 * chunk to stage, then leave to write it once the chunk before it in the bundle is written.
 */
export type ToAnalyser =
  { type: 'stage'; id: number; bundleId: string; articles: HashedArticle[] } | { type: 'write'; id: number };

export type FromAnalyser =
  | { id: number; type: 'analysed'; n: number }
  | { id: number; type: 'staged'; chunk: StagedChunk }
  | { id: number; type: 'failed'; error: WireError };
