import { CALENDAR_WORDS } from '@/lib/claims/grammar/calendar';
import type { SeriesPoint } from '@/lib/compare/series';

const capitalised = (words: string) =>
  words.replace(/\p{L}+/gu, (w) => (CALENDAR_WORDS.has(w) ? w[0]!.toUpperCase() + w.slice(1) : w));

// Words that say as of when a figure holds ("as of sunday night", "by monday", "tuesday evening", "overnight"),
// rather than what it runs over ("since 7 october") or that it is the latest ("so far").
const NAMES_TIME = /^(?!since\b).*(?:\d|day\b|night|morning|afternoon|evening|noon|week)/;

/** When a reported figure holds, as the card says it: its own words, else the date of its report. */
export function timeOfPoint(p: Pick<SeriesPoint, 'words' | 'day'>): string {
  if (p.words && NAMES_TIME.test(p.words)) return capitalised(p.words);
  const reported = p.day ? `reported ${p.day}` : 'undated';
  return p.words ? `${capitalised(p.words)}, ${reported}` : reported;
}

const ORDER_WORDS: Record<SeriesPoint['order'], string> = {
  this: 'this figure',
  older: 'older',
  newer: 'newer',
  'same time': 'same time',
};

/** One report of a running total: "612 by Monday (newer)", "3,958 (reported 2023-09-18) (newer, revised down)". */
export function seriesPointText(p: SeriesPoint): string {
  const order = [ORDER_WORDS[p.order], p.revised && 'revised down'].filter(Boolean).join(', ');
  return `${p.text} ${timeOfPoint(p)} (${order})`;
}

/** The whole series on one line, oldest first: for the command line and for tests. */
export const seriesLineText = (points: SeriesPoint[]): string => points.map(seriesPointText).join('; ');
