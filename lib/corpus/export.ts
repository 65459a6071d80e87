import { ARTICLE_FIELDS } from '../bundle/types';
import type { ArticleRow, CorpusDb } from './db';

/** Articles read per request while exporting, so a 100,000-article corpus is never in memory at once. */
const CHUNK = 500;

/** An article as a bundle line: the bundle fields it has, in the order the format lists them. */
export function articleLine(row: ArticleRow): string {
  const record: Record<string, string> = {};
  for (const field of ARTICLE_FIELDS) {
    const value = row[field];
    if (value !== null) record[field] = value;
  }
  return JSON.stringify(record) + '\n';
}

/**
 * The corpus, or one bundle of it, as a JSON Lines bundle, in chunks of lines: importing it gives the
 * same articles back (their stored fields are already what validation and inference leave unchanged).
 */
export async function* exportJsonLines(db: CorpusDb, bundleId: string | null = null): AsyncGenerator<string> {
  // The whole corpus is its committed articles, those with a source: not a bundle still being imported.
  const ids = await (
    bundleId === null ? db.sources.toCollection() : db.articles.where('bundleId').equals(bundleId)
  ).primaryKeys();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.articles.bulkGet(ids.slice(i, i + CHUNK));
    yield rows.map((r) => (r ? articleLine(r) : '')).join('');
  }
}
