import type { CorpusDb } from '@/lib/corpus/db';
import { exportJsonLines } from '@/lib/corpus/export';

const REVOKE_AFTER_MS = 60_000;

/**
 * Saves the corpus, or one bundle, as a JSON Lines file. The chunks become Blobs as they come, which the
 * browser may keep out of the page's memory, so a large corpus is never one string.
 */
export async function downloadExport(db: CorpusDb, bundleId: string | null, fileName: string): Promise<void> {
  const parts: Blob[] = [];
  for await (const chunk of exportJsonLines(db, bundleId)) parts.push(new Blob([chunk]));
  saveFile(new Blob(parts, { type: 'application/x-ndjson' }), fileName);
}

/** Hands a file to the browser's downloads. */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later rather than at once: the browser may still be reading the Blob for the download.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** "Seed articles" -> "seed-articles.jsonl", "news.csv" -> "news.jsonl". */
export const exportFileName = (name: string) =>
  `${
    name
      .replace(/\.[a-z0-9]+$/i, '')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .toLowerCase() || 'bundle'
  }.jsonl`;
