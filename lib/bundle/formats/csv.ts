import Papa from 'papaparse';
import { formatCount } from '../describe';
import { tooManyArticles, validateRecords, type LocatedRecord } from '../records';
import { LIMITS, type ParseResult } from '../types';

/** Column names of news archives and media-monitoring exports, by the article field they hold. */
const COLUMNS = {
  title: ['title', 'headline'],
  url: ['url', 'link'],
  outlet: ['outlet', 'source', 'media_name', 'publisher'],
  published: ['published', 'date', 'publish_date', 'published_at'],
  text: ['text', 'body', 'content'],
  origin: ['origin'],
} as const;

type Field = keyof typeof COLUMNS;

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** The column read for each field: the first of its names the header has. */
function columnsOf(header: string[]): Partial<Record<Field, string>> {
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, names] of Object.entries(COLUMNS) as [Field, readonly string[]][]) {
    const name = names.find((n) => header.includes(n));
    if (name) columns[field] = name;
  }
  return columns;
}

/**
 * At most how many columns the header row has: its separators plus one, for the separator that has the
 * most. Counted before Papa Parse, which makes an object of every column for every row and renames
 * duplicate names in quadratic time (a header of a million commas took 44 s).
 */
function columnsOfFirstLine(text: string): number {
  const newline = text.indexOf('\n');
  const line = newline === -1 ? text : text.slice(0, newline);
  let most = 0;
  for (const separator of [',', ';', '\t', '|']) most = Math.max(most, line.split(separator).length);
  return most;
}

/**
 * Papa Parse numbers the rows of quote errors counting the header, other errors' not; a quote error
 * also gives its offset, which names the line an editor shows.
 */
function whereIs(error: Papa.ParseError, text: string): string {
  if (error.type === 'Quotes' && error.index !== undefined)
    return `line ${text.slice(0, error.index).split('\n').length}: `;
  return error.row === undefined ? '' : `row ${error.row + 2}: `;
}

/**
 * A table with a header row (comma, semicolon or tab separated, as Papa Parse detects). Columns named for
 * no field are ignored, since exports carry many (ids, language, word counts); empty cells count as left
 * out. Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
export function parseCsv(text: string, fileName: string): ParseResult {
  const columnCount = columnsOfFirstLine(text);
  if (columnCount > LIMITS.csvColumns)
    return {
      ok: false,
      errors: [
        `the header row has ${formatCount(columnCount)} columns, more than the ${formatCount(LIMITS.csvColumns)} read`,
      ],
    };
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: normalise,
    // Rows past the limit are not parsed: the file is refused for them anyway.
    preview: LIMITS.articles + 1,
  });
  if (parsed.meta.truncated) return { ok: false, errors: [tooManyArticles(LIMITS.articles + 1, true)] };
  const header = parsed.meta.fields ?? [];
  const columns = columnsOf(header);
  if (!columns.text) {
    return {
      ok: false,
      errors: [
        `no text column: the header row must name one of ${COLUMNS.text.join(', ')} (it names ${header.join(', ') || 'nothing'})`,
      ],
    };
  }
  // A single column gives Papa Parse no delimiter to detect; that is no error.
  const syntax = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => `${whereIs(e, text)}${e.message}`);
  const records: LocatedRecord[] = parsed.data.map((row, i) => {
    const value: Record<string, string> = {};
    for (const [field, column] of Object.entries(columns)) {
      const cell = row[column];
      if (cell !== undefined && cell.trim() !== '') value[field] = cell;
    }
    return { where: `row ${i + 2}`, value };
  });
  return validateRecords(records, fileName, null, syntax);
}
