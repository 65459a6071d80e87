import { parseBundleBytes, type HtmlReader } from '../bundle/read-file';
import type { CorpusDb } from './db';
import { importBundle, type ImportOptions, type ImportResult } from './import';

export type ImportFileResult = { ok: true; result: ImportResult } | { ok: false; errors: string[] };

export interface ImportFileOptions extends ImportOptions {
  readHtml: HtmlReader;
}

/**
 * Imports a bundle file of any format as one bundle: nothing is written unless every record in it is
 * valid, and then all of it lands or none (lib/corpus/import.ts).
 */
export async function importBundleFile(
  db: CorpusDb,
  bytes: Uint8Array,
  fileName: string,
  { readHtml, ...options }: ImportFileOptions,
): Promise<ImportFileResult> {
  const parsed = await parseBundleBytes(bytes, fileName, readHtml);
  if (!parsed.ok) return parsed;
  options.signal?.throwIfAborted();
  const result = await importBundle(
    db,
    { name: fileName, kind: 'import', version: parsed.version ?? 1 },
    parsed.articles,
    options,
  );
  return { ok: true, result };
}
