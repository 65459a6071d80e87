import { parseBundleBytes, type HtmlReader } from '../bundle/read-file';
import type { CorpusDb } from './db';
import { importBundle, type ImportResult } from './import';
import type { Progress } from './prepare';

export type ImportFileResult = { ok: true; result: ImportResult } | { ok: false; errors: string[] };

export interface ImportFileOptions {
  readHtml: HtmlReader;
  onProgress?: Progress;
  signal?: AbortSignal;
}

/**
 * Imports a bundle file of any format as one bundle: nothing is written unless every record in it is
 * valid, and then all of it is written in one transaction.
 */
export async function importBundleFile(
  db: CorpusDb,
  bytes: Uint8Array,
  fileName: string,
  { readHtml, onProgress, signal }: ImportFileOptions,
): Promise<ImportFileResult> {
  const parsed = await parseBundleBytes(bytes, fileName, readHtml);
  if (!parsed.ok) return parsed;
  signal?.throwIfAborted();
  const result = await importBundle(
    db,
    { name: fileName, kind: 'import', version: parsed.version ?? 1 },
    parsed.articles,
    { onProgress, signal },
  );
  return { ok: true, result };
}
