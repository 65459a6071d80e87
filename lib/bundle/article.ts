import { dateOfIso } from './dates';
import { describeType, formatCount, quote } from './describe';
import { inferMetadata } from './infer';
import { outletOfUrl } from './outlets';
import { ARTICLE_FIELDS, LIMITS, type NewArticle } from './types';

type Problems = string[];

/** A string field: absent (undefined or null) gives null; present must be a non-empty string within `max`. */
function optionalString(
  record: Record<string, unknown>,
  field: string,
  max: number,
  problems: Problems,
): string | null {
  const value = record[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.push(`"${field}" must be a string, not ${describeType(value)}`);
    return null;
  }
  if (value.trim() === '') {
    problems.push(`"${field}" is empty (leave it out to have it inferred)`);
    return null;
  }
  if (value.length > max)
    problems.push(`"${field}" is longer than ${formatCount(max)} characters (${formatCount(value.length)})`);
  return value.trim();
}

function requiredText(record: Record<string, unknown>, problems: Problems): string | null {
  const text = record.text;
  if (text === undefined || text === null) problems.push('"text" is missing');
  else if (typeof text !== 'string') problems.push(`"text" must be a string, not ${describeType(text)}`);
  else if (text.trim() === '') problems.push('"text" is empty');
  else if (text.length > LIMITS.textChars)
    problems.push(`"text" is longer than ${formatCount(LIMITS.textChars)} characters (${formatCount(text.length)})`);
  else return text;
  return null;
}

function httpUrl(url: string | null, problems: Problems): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    problems.push(`"url" must be an http(s) URL, not ${quote(url)}`);
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    problems.push(`"url" must be an http(s) URL, not ${quote(url)}`);
    return null;
  }
  return parsed.href;
}

function publishedDate(published: string | null, problems: Problems): string | null {
  if (published === null) return null;
  const date = dateOfIso(published);
  if (date === null)
    problems.push(`"published" must be a date YYYY-MM-DD or an ISO timestamp, not ${quote(published)}`);
  return date;
}

/**
 * Validates one article of a bundle and fills in what it leaves out: the title, outlet and date from its
 * text, the outlet from its URL first, the origin from its URL or else the bundle's file name.
 * Returns the article or the problems found, each naming the field.
 */
export function parseArticle(x: unknown, fileName: string): NewArticle | Problems {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return [`must be an object, not ${describeType(x)}`];
  const record = x as Record<string, unknown>;
  const problems: Problems = Object.keys(record)
    .filter((k) => !(ARTICLE_FIELDS as readonly string[]).includes(k))
    .map((k) => `unknown field ${quote(k)} (allowed: ${ARTICLE_FIELDS.join(', ')})`);
  const text = requiredText(record, problems);
  const title = optionalString(record, 'title', LIMITS.titleChars, problems);
  const outlet = optionalString(record, 'outlet', LIMITS.outletChars, problems);
  const url = httpUrl(optionalString(record, 'url', LIMITS.urlChars, problems), problems);
  const published = publishedDate(optionalString(record, 'published', LIMITS.publishedChars, problems), problems);
  const origin = optionalString(record, 'origin', LIMITS.originChars, problems);
  if (problems.length > 0 || text === null) return problems;

  const inferred = inferMetadata(text, fileName);
  return {
    title: title ?? inferred.title,
    outlet: outlet ?? outletOfUrl(url) ?? inferred.outlet,
    published: published ?? inferred.published,
    url,
    origin: origin ?? url ?? fileName,
    text: inferred.text,
  };
}
