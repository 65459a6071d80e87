import { unzipSync } from 'fflate';
import { FILE_TOO_LARGE } from '../parse';
import { listed, tooManyArticles } from '../records';
import { LIMITS, type NewArticle, type ParseResult } from '../types';
import { formatOfName } from './detect';
import { errorText } from '../../reply';

export const ARCHIVE_TOO_LARGE = `the archive unpacks to more than ${LIMITS.archiveBytes / 1024 / 1024} MB`;
export const ARCHIVE_RATIO = `the archive unpacks to more than ${LIMITS.archiveRatio} times its size`;

class Refused extends Error {}

/** Folders, macOS resource forks and hidden files are no articles. */
const skipped = (name: string) => name.endsWith('/') || /(^|\/)(__MACOSX\/|\.)/.test(name);

export type ReadEntry = (bytes: Uint8Array, name: string) => Promise<ParseResult>;

/**
 * A ZIP archive of bundle files of any other format, read as one bundle: every file in it must be valid
 * for any of it to be imported. Errors name the file inside the archive. The sizes the archive declares
 * are checked before anything is unpacked, and fflate unpacks no entry past its declared size, so a
 * small archive cannot unpack to gigabytes: no file may exceed a bundle file's limit, and the whole at
 * most LIMITS.archiveRatio times the archive, and never LIMITS.archiveBytes.
 */
export async function parseZip(bytes: Uint8Array, archiveName: string, readEntry: ReadEntry): Promise<ParseResult> {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (skipped(f.name)) return false;
        if (f.originalSize > LIMITS.fileBytes) throw new Refused(`${f.name}: ${FILE_TOO_LARGE}`);
        unpacked += f.originalSize;
        if (unpacked > LIMITS.archiveBytes) throw new Refused(ARCHIVE_TOO_LARGE);
        if (unpacked > LIMITS.archiveRatio * bytes.length) throw new Refused(ARCHIVE_RATIO);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof Refused) return { ok: false, errors: [e.message] };
    return { ok: false, errors: [`not a ZIP archive: ${errorText(e)}`] };
  }
  const names = Object.keys(files).sort();
  const unreadable = names.filter((n) => formatOfName(n) === null || formatOfName(n) === 'zip');
  if (unreadable.length > 0) {
    const what = unreadable.map(
      (n) =>
        `${n}: ${formatOfName(n) === 'zip' ? 'archives inside archives are not read' : 'not a bundle file (.json, .jsonl, .csv, .txt, .html)'}`,
    );
    return { ok: false, errors: listed(what.slice(0, LIMITS.listedErrors), what.length) };
  }
  if (names.length === 0) return { ok: false, errors: ['the archive holds no files'] };

  const articles: NewArticle[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const r = await readEntry(files[name]!, `${archiveName}/${name}`);
    if (r.ok) articles.push(...r.articles);
    else errors.push(...r.errors.map((e) => `${name}: ${e}`));
  }
  if (errors.length > 0) return { ok: false, errors: listed(errors.slice(0, LIMITS.listedErrors), errors.length) };
  if (articles.length > LIMITS.articles) return { ok: false, errors: [tooManyArticles(articles.length)] };
  return { ok: true, articles, version: null };
}
