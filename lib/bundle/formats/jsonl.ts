import { jsonError } from '../parse';
import { validateRecords, type LocatedRecord } from '../records';
import type { ParseResult } from '../types';

/**
 * JSON Lines: one article object per line, blank lines ignored. Lines are numbered from 1 as an editor
 * shows them, so "line 12" can be found.
 */
export function parseJsonLines(text: string, fileName: string): ParseResult {
  const records: LocatedRecord[] = [];
  const syntax: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
    } catch (e) {
      const { what, offset } = jsonError(e, line);
      syntax.push(`line ${i + 1}: not JSON: ${what}${offset === null ? '' : ` at column ${offset + 1}`}`);
    }
  });
  return validateRecords(records, fileName, null, syntax);
}
