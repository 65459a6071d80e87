import { parseCsv } from './formats/csv';
import { formatOfContent, formatOfName, type BundleFormat } from './formats/detect';
import { parseJsonLines } from './formats/jsonl';
import { parseText } from './formats/text';
import { parseZip } from './formats/zip';
import { validateRecords } from './records';
import { FILE_TOO_LARGE, parseBundle } from './parse';
import { formatCount } from './describe';
import { LIMITS, type ParseResult } from './types';

/**
 * Turns a saved web page into an article record, or the problems found. It needs a DOM, which the
 * caller has (DOMParser in the page) and a Web Worker has not; see lib/bundle/formats/html.ts.
 */
export type HtmlReader = (html: string) => Promise<Record<string, string> | string[]>;

/** How far into a file to look when its name does not say its format. */
const SNIFF_BYTES = 4096;

/** Where the first control character no text file holds is (tab, line feed, form feed, carriage return and escape are text), or -1. */
function controlCodeAt(text: string): number {
  // One regular expression scan: a loop over the characters of a 50 MB bundle took a second.
  return CONTROL_CODE.exec(text)?.index ?? -1;
}

// eslint-disable-next-line no-control-regex -- control codes are what it looks for
const CONTROL_CODE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/**
 * The file's text, or why it is none: bytes that are not UTF-8 (where the first bad one is), or control
 * characters that mark a binary file (an image, a database) given a bundle's name. Replacing bad bytes
 * with U+FFFD would import damaged text without a word.
 */
export function textOf(bytes: Uint8Array): string | string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes).indexOf('\ufffd');
    return [`the file is not UTF-8 text (an invalid byte near character ${formatCount(good + 1)})`];
  }
  const control = controlCodeAt(text);
  if (control >= 0) return [`the file is binary, not text (character ${formatCount(control + 1)} is a control code)`];
  return text;
}

/**
 * Parses and validates a bundle file of any format we read, from its bytes. Nothing is written here:
 * the result is every article of the file, or every problem found with where it is (line, row, article,
 * or the file inside a ZIP archive).
 */
export async function parseBundleBytes(
  bytes: Uint8Array,
  fileName: string,
  readHtml: HtmlReader,
): Promise<ParseResult> {
  if (bytes.length > LIMITS.fileBytes) return { ok: false, errors: [FILE_TOO_LARGE] };
  const format: BundleFormat =
    formatOfName(fileName) ?? formatOfContent(bytes, new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES)));
  if (format === 'zip') return parseZip(bytes, fileName, (entry, name) => parseBundleBytes(entry, name, readHtml));
  const text = textOf(bytes);
  if (Array.isArray(text)) return { ok: false, errors: text };
  if (text.trim() === '') return { ok: false, errors: ['the file is empty'] };
  switch (format) {
    case 'json':
      return parseBundle(text, fileName);
    case 'jsonl':
      return parseJsonLines(text, fileName);
    case 'csv':
      return parseCsv(text, fileName);
    case 'html': {
      const record = await readHtml(text);
      return Array.isArray(record)
        ? { ok: false, errors: record }
        : validateRecords([{ where: '', value: record }], fileName);
    }
    case 'text':
      return parseText(text, fileName);
  }
}
