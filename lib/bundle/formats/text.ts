import { validateRecords } from '../records';
import type { ParseResult } from '../types';

/**
 * A plain-text article: the whole file is its text. Title, outlet and date are inferred from the text
 * itself (a headline on the first line, a dateline, a " date YYYY-MM-DD" crawler header), the outlet
 * falling back to the file name.
 */
export function parseText(text: string, fileName: string): ParseResult {
  return validateRecords([{ where: '', value: { text } }], fileName);
}
