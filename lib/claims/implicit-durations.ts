import type { Expression } from './expression';

const WRITTEN_IN_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };

function expression(start: number, end: number, unitWord: string): Expression {
  const unit = unitWord.toLowerCase();
  const days = WRITTEN_IN_DAYS[unit];
  const value = days ?? 1;
  return { start, end, outerStart: start, value, qualifier: 'exact', low: value, high: value, kind: 'duration', unit: days ? 'day' : unit, lastAtom: -1 };
}

const LONG = /\b(day|week|fortnight|month|year|decade|hour)-long\b/gi;
// "for a week", "lasted a month": the article is the number. Not "last week", "once a week", "a week ago".
const ARTICLE = /\b(?:for|after|lasted|lasting|last|of|over|within|took|take|takes|spent|spend|than|nearly|almost|about|barely|just)\s+(an?\s+(week|fortnight|month|year|decade))\b(?!\s+(?:ago|earlier|later|before|after|or so))/gi;

/** Durations written without a number: "week-long", "for a week". */
export function implicitDurations(text: string): Expression[] {
  const out: Expression[] = [];
  for (const m of text.matchAll(LONG)) out.push(expression(m.index, m.index + m[0].length, m[1]!));
  for (const m of text.matchAll(ARTICLE)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push(expression(start, start + m[1]!.length, m[2]!));
  }
  return out;
}
