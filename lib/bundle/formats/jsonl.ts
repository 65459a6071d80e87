import { jsonError, tooDeep } from '../parse';
import { tooDeepAt } from '../json-syntax';
import { tooManyArticles, validateRecords, type LocatedRecord } from '../records';
import { LIMITS, type ParseResult } from '../types';

/**
 * JSON Lines: one article object per line, blank lines ignored. Lines are numbered from 1 as an editor
 * shows them, so "line 12" can be found. Lines are only counted once there are more than a bundle may
 * hold, so a file of millions of "{}" costs no more than its text.
 */
export function parseJsonLines(text: string, fileName: string): ParseResult {
  const records: LocatedRecord[] = [];
  const syntax: string[] = [];
  let count = 0;
  for (let start = 0, n = 1; start <= text.length; n++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    if (++count > LIMITS.articles) continue;
    const deep = tooDeepAt(line, LIMITS.jsonNesting);
    if (deep !== null) {
      syntax.push(`line ${n}: ${tooDeep(LIMITS.jsonNesting, `column ${deep + 1}`)}`);
      continue;
    }
    try {
      records.push({ where: `line ${n}`, value: JSON.parse(line) });
    } catch (e) {
      const { what, offset } = jsonError(e, line);
      syntax.push(`line ${n}: not JSON: ${what}${offset === null ? '' : ` at column ${offset + 1}`}`);
    }
  }
  if (count > LIMITS.articles) return { ok: false, errors: [tooManyArticles(count)] };
  return validateRecords(records, fileName, null, syntax);
}
