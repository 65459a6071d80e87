import { alternativesOf } from '../alternatives';
import { dateOfIso, dateOfWords } from './dates';

/**
 * Lines that give a text's date of publication, each with its reason: what a saved or copied article
 * keeps of its page's date, at its top or, as many sites print it, at its foot.
 */
export const DATE_LINES: { words: string; reason: string }[] = [
  { words: 'published', reason: '"Published: 7 February 2023", "Published on Dec. 1, 2023"' },
  { words: 'first published', reason: 'The Guardian\'s "First published on Fri 1 Dec 2023 06.12 GMT"' },
  { words: 'posted', reason: 'blogs\' "Posted on February 7, 2023"' },
  { words: 'updated', reason: '"Updated: 2023-02-07 14:03": a later edition of the same day\'s report, most often' },
  { words: 'last updated', reason: '"Last updated 7 February 2023"' },
  { words: 'date', reason: 'a crawler\'s or an archive\'s "Date: 2023-02-07"' },
  { words: 'dated', reason: '"Dated 1 December 2023"' },
];

// "Published: Fri 1 Dec 2023 06.12 GMT", "Posted on Tuesday, February 7, 2023 at 10:30 am".
const LABEL = new RegExp(`^(?:${alternativesOf(DATE_LINES)})(?:\\s+on)?\\s*:?\\s+(.+)$`, 'i');
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
// A time after the date: "06.12 GMT", "at 10:30 am", "| 14:03", "- 2:15 PM ET".
const TIME_AFTER =
  /\s*(?:,|\bat\b|[|•·–—-])?\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\s*$/i;

/** The date a line gives on its own ("Fri 1 Dec 2023 06.12 GMT", "February 7, 2023", "2023-02-07T09:00Z"). */
function dateOfLine(line: string): string | null {
  const bare = line
    .trim()
    .replace(WEEKDAY, '')
    .replace(TIME_AFTER, '')
    .replace(/[.,;]$/, '');
  return dateOfIso(line.trim()) ?? dateOfIso(bare) ?? dateOfWords(bare);
}

const PARTS = /\s+[|•·]\s+/;

/** Lines of the top and of the foot of a text: where pages print their date. */
const EDGE_LINES = 12;

/**
 * The date a text prints for itself, for resolving its time words ("on Thursday", "as of Sunday"): a line
 * among its first or last few that is a date with one of `DATE_LINES` before it, or a date alone. A date
 * inside a sentence is the news's, not the page's. Null when none.
 */
export function printedDateOf(text: string): string | null {
  const lines = text
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const edges = lines.length > 2 * EDGE_LINES ? [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)] : lines;
  // A byline may hold the date among other parts: "By Ana Ruiz | Reuters | February 7, 2023 10:30 AM".
  for (const part of edges.flatMap((line) => line.split(PARTS))) {
    const labelled = LABEL.exec(part);
    const date = labelled ? dateOfLine(labelled[1]!) : dateOfLine(part);
    if (date) return date;
  }
  return null;
}
