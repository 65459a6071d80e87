const MONTHS = 'january february march april may june july august september october november december'.split(' ');

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** YYYY-MM-DD for a real calendar date, null for impossible ones (2023-02-30). */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Spreadsheet and database exports write a space where ISO writes the "T" ("2023-12-01 14:03:22").
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The date of an ISO date or timestamp, as YYYY-MM-DD; null when the string is neither. A timestamp keeps
 * the date as written, which is the publisher's local date.
 */
export function dateOfIso(s: string): string | null {
  const m = ISO.exec(s.trim());
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The date of "December 1, 2023", "Dec. 1, 2023" or "1 December 2023"; null otherwise. */
export function dateOfWords(s: string): string | null {
  const monthFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s.trim());
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(s.trim());
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!]
      : [];
  if (!monthName) return null;
  const written = monthName.toLowerCase();
  const month = MONTHS.findIndex((m) => m.startsWith(written)) + 1;
  return month > 0 ? isoDate(Number(year), month, Number(day)) : null;
}
