import { parseArticle } from './article';
import { formatCount } from './describe';
import { LIMITS, type NewArticle, type ParseResult } from './types';

/** A record read from a bundle file and where it was: "article 3", "line 12", "row 7". */
export interface LocatedRecord {
  where: string;
  value: unknown;
}

/** Keeps the first errors and counts the rest, so a message about a huge bundle stays readable. */
export function listed(errors: string[], total: number): string[] {
  const more = total - errors.length;
  return more > 0 ? [...errors, `… and ${formatCount(more)} more ${more === 1 ? 'error' : 'errors'}`] : errors;
}

/** `atLeast` when reading stopped at the first article past the limit, so `n` is not the whole count. */
export const tooManyArticles = (n: number, atLeast = false) =>
  atLeast
    ? `the bundle holds more than the ${formatCount(LIMITS.articles)} articles allowed`
    : `the bundle holds ${formatCount(n)} articles, more than the ${formatCount(LIMITS.articles)} allowed`;

/**
 * Validates every record of a file (lib/bundle/article.ts) and fills in what each leaves out. Any invalid
 * record rejects the whole file, so an import is all or nothing; each error names the record's place.
 * `prior` are errors the format's reader found first (a line that is not JSON, a row with a stray quote).
 */
export function validateRecords(
  records: LocatedRecord[],
  fileName: string,
  version: number | null = null,
  prior: string[] = [],
): ParseResult {
  if (records.length === 0 && prior.length === 0) return { ok: false, errors: ['the bundle holds no articles'] };
  if (records.length > LIMITS.articles) return { ok: false, errors: [tooManyArticles(records.length)] };
  const articles: NewArticle[] = [];
  const errors = prior.slice(0, LIMITS.listedErrors);
  let total = prior.length;
  for (const { where, value } of records) {
    const parsed = parseArticle(value, fileName);
    if (!Array.isArray(parsed)) {
      articles.push(parsed);
      continue;
    }
    total += parsed.length;
    for (const problem of parsed)
      if (errors.length < LIMITS.listedErrors) errors.push(where ? `${where}: ${problem}` : problem);
  }
  return total > 0 ? { ok: false, errors: listed(errors, total) } : { ok: true, articles, version };
}
