import { parseBundle } from '../bundle/parse';
import type { CorpusDb } from './db';
import { importBundle, type ImportResult } from './import';
import type { Progress } from './prepare';

export type ImportFileResult = { ok: true; result: ImportResult } | { ok: false; errors: string[] };

/** Imports a bundle file's text: nothing is written unless every article in it is valid. */
export async function importBundleFile(db: CorpusDb, jsonText: string, fileName: string, onProgress?: Progress): Promise<ImportFileResult> {
  const parsed = parseBundle(jsonText, fileName);
  if (!parsed.ok) return parsed;
  const result = await importBundle(db, { name: fileName, kind: 'import', version: parsed.version ?? 1 }, parsed.articles, onProgress);
  return { ok: true, result };
}
