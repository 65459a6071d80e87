import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import * as linkedom from 'linkedom';
import { articleRecordOfDocument } from '../../lib/bundle/formats/html';
import { FILE_TOO_LARGE } from '../../lib/bundle/parse';
import { parseBundleBytes, textOf } from '../../lib/bundle/read-file';
import type { NewArticle } from '../../lib/bundle/types';
import { LIMITS } from '../../lib/bundle/types';

/** A file the command line cannot use: the message names the file and says why, on one line. */
export class FileProblem extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ').replace(/\s*\n\s*/g, ' ')}`);
  }
}

/** The file's bytes, after the checks that need none of them read: it exists, is a file, is not too large. */
function bytesOf(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new FileProblem(file, ['is a folder, not a file']);
    if (!stat.isFile()) throw new FileProblem(file, ['is not a regular file']);
    size = stat.size;
  } catch (e) {
    if (e instanceof FileProblem) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileProblem(file, [code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(e)})`]);
  }
  // Checked before reading, as the options page does, so a huge file is never loaded.
  if (size > LIMITS.fileBytes) throw new FileProblem(file, [FILE_TOO_LARGE]);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new FileProblem(file, [`cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`]);
  }
}

/** A text file to find the claims of: UTF-8 text that is not empty. */
export function readTextFile(file: string): string {
  const text = textOf(bytesOf(file));
  if (Array.isArray(text)) throw new FileProblem(file, text);
  if (text.trim() === '') throw new FileProblem(file, ['the file is empty']);
  return text;
}

// The options page reads web pages with the browser's DOMParser; linkedom stands in for it here.
const readHtml = (html: string) =>
  Promise.resolve(
    articleRecordOfDocument(new linkedom.DOMParser().parseFromString(html, 'text/html') as unknown as Document),
  );

/**
 * The articles of a bundle file of any format the options page imports, read and validated by the same
 * code (lib/bundle), so a file refused there is refused here with the same message.
 */
export async function readBundleFile(file: string): Promise<NewArticle[]> {
  const parsed = await parseBundleBytes(bytesOf(file), basename(file), readHtml);
  if (!parsed.ok) throw new FileProblem(file, parsed.errors);
  return parsed.articles;
}
