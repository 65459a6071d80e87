import { describeType } from './describe';
import { tooManyArticles, validateRecords } from './records';
import { syntaxErrorOffset, tooDeepAt } from './json-syntax';
import { BUNDLE_FIELDS, LIMITS, type ParseResult } from './types';
import { errorText } from '../reply';

const SHAPE = 'a bundle must be an array of articles or an object {"articles": [...]}';
export const FILE_TOO_LARGE = `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`;

function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (c >= 0xd800 && c < 0xe000) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

export const tooDeep = (max: number, where: string) =>
  `arrays and objects are nested more than ${max} levels deep at ${where}`;

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * JSON.parse's complaint, without the copy of the source V8 puts in it, and the offset of the error in
 * `text` (V8 leaves it out of "Unexpected token" errors); a null offset when the message already says
 * where, as Firefox's does.
 */
export function jsonError(error: unknown, text: string): { what: string; offset: number | null } {
  const message = errorText(error);
  if (/\bline \d+ column \d+ of the JSON data/.test(message)) return { what: message, offset: null };
  return { what: message.split(/,\s*(?:\.\.\.)?"|\s+in JSON\b|\s+at position\b/)[0]!, offset: syntaxErrorOffset(text) };
}

function notJson(error: unknown, text: string): string {
  const { what, offset } = jsonError(error, text);
  return `not JSON: ${what}${offset === null ? '' : ` at ${lineAndColumn(text, offset)}`}`;
}

function articlesOf(json: unknown): { articles: unknown[]; version: number | null } | string[] {
  if (Array.isArray(json)) return { articles: json, version: null };
  if (typeof json !== 'object' || json === null) return [`${SHAPE}, not ${describeType(json)}`];
  const record = json as Record<string, unknown>;
  const errors = Object.keys(record)
    .filter((k) => !(BUNDLE_FIELDS as readonly string[]).includes(k))
    .map((k) => `unknown field "${k}" in the bundle (allowed: ${BUNDLE_FIELDS.join(', ')})`);
  if (!('articles' in record)) errors.push(`"articles" is missing: ${SHAPE}`);
  else if (!Array.isArray(record.articles))
    errors.push(`"articles" must be an array, not ${describeType(record.articles)}`);
  const { version } = record;
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    errors.push(`"version" must be a positive whole number, not ${JSON.stringify(version)}`);
  }
  if (errors.length > 0) return errors;
  return { articles: record.articles as unknown[], version: (version as number | undefined) ?? null };
}

/**
 * Parses and validates a bundle file. Any problem rejects the whole bundle, so an import is all or
 * nothing; each error says what is wrong and where ("article 3: \"text\" is missing"), articles counted
 * from 1.
 */
export function parseBundle(jsonText: string, fileName: string): ParseResult {
  if (jsonText.length > LIMITS.fileBytes || utf8Bytes(jsonText) > LIMITS.fileBytes) {
    return { ok: false, errors: [FILE_TOO_LARGE] };
  }
  if (jsonText.trim() === '') return { ok: false, errors: ['the file is empty'] };
  const deep = tooDeepAt(jsonText, LIMITS.jsonNesting);
  if (deep !== null) return { ok: false, errors: [tooDeep(LIMITS.jsonNesting, lineAndColumn(jsonText, deep))] };
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (e) {
    return { ok: false, errors: [notJson(e, jsonText)] };
  }
  return parseBundleValue(json, fileName);
}

/** Validates a bundle already parsed from JSON (the seed bundle, fetched as JSON), as parseBundle does. */
export function parseBundleValue(json: unknown, fileName: string): ParseResult {
  const shape = articlesOf(json);
  if (Array.isArray(shape)) return { ok: false, errors: shape };
  // Before a record is made for each: a 50 MB "[0,0,0,…" holds 25 million.
  if (shape.articles.length > LIMITS.articles) return { ok: false, errors: [tooManyArticles(shape.articles.length)] };
  return validateRecords(
    shape.articles.map((value, i) => ({ where: `article ${i + 1}`, value })),
    fileName,
    shape.version,
  );
}
