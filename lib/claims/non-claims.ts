import type { Atom } from './atoms';
import { MEASURE_UNITS, MONTHS, NAME_BEFORE_NUMBER_EXCEPTIONS, WEEKDAYS } from './lexicon';

/**
 * Numbers that are not claims a reader would check: calendar dates, years, clock times, phone numbers,
 * street addresses, numbers inside names ("Apollo 11", "Top 10", "COVID-19"), ages, section numbers.
 */

const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'i');
const MONTH_DAY_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+$`, 'i');
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${WEEKDAYS})\\s+(?:the\\s+)?$`, 'i');
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, 'i');
const ORDINAL_DAY_AFTER = /^(?:st|nd|rd|th)\b/i;
const CLOCK_AFTER = /^(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock|hrs\b|h\b|gmt\b|utc\b|et\b|bst\b|cet\b|local time\b)/i;
const CLOCK_BEFORE = /\b(?:at|by|from|until|till|before|after|around|about)\s+$/i;
const STREET_AFTER = /^\s+(?:[A-Z][\p{L}.'-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|Terrace|Highway|Hwy\.?)(?![\p{L}])/u;
const AGE_BEFORE = /\b(?:aged|age of|ages of|ages|age)\s+$/i;
const AGE_AFTER = /^[\s-]*(?:years?|yrs?)[\s-]*old\b|^-year-old\b/i;
const SECTION_BEFORE = /\b(?:No|Nos|Section|Sect|Art|Article|Chapter|Ch|Page|Pg|p|pp|Paragraph|Para|Vol|Volume|Rule|Clause|Amendment|Resolution|Room|Suite|Flight|Route|Highway|Interstate|Apollo|Top|Windows|Level|Phase|Stage|Gate|Terminal|Platform|Ward|District|Precinct|Unit|Block|Building|Lot|Case|Bill|Title|Item|Question|Figure|Fig|Table|Episode|Season|Part|Act|Game|Round|Week|Day|Year|Class|Grade|Category|Cat|Level|Mark|Model|Type|Version|iPhone|Galaxy|Boeing|Airbus|Formula|World War|WWII|Super Bowl|Channel|Number)\.?\s+$/;

function before(text: string, at: number, n = 40): string {
  return text.slice(Math.max(0, at - n), at);
}

function isDate(text: string, a: Atom): boolean {
  if (a.word) return false;
  const b = before(text, a.start);
  const after = text.slice(a.end, a.end + 20);
  if (MONTH_BEFORE.test(b) && a.value >= 1 && a.value <= 31 && Number.isInteger(a.value)) return true;
  if (MONTH_BEFORE.test(b) && /^\d{4}$/.test(text.slice(a.start, a.end))) return true;
  if (MONTH_AFTER.test(after) && a.value >= 1 && a.value <= 31) return true;
  // "November 28, 2023": the year after a month-day date.
  if (MONTH_DAY_BEFORE.test(b)) return true;
  // 2023-12-01, 12/01/2023, 1/12: the whole token of digits and separators around the number.
  const left = /[\d/.-]*$/.exec(before(text, a.start, 12))![0];
  const right = /^[\d/.-]*/.exec(text.slice(a.end, a.end + 12))![0];
  const token = (left + text.slice(a.start, a.end) + right).replace(/^[-./]+|[-./]+$/g, '');
  if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\/\d{1,2}$/.test(token)) return true;
  if (WEEKDAY_BEFORE.test(b) && ORDINAL_DAY_AFTER.test(after)) return true;
  return false;
}

function isYear(text: string, a: Atom): boolean {
  const raw = text.slice(a.start, a.end);
  if (!/^\d{4}$/.test(raw) || a.value < 1800 || a.value > 2100) return false;
  const after = text.slice(a.end, a.end + 30);
  if (/^\s*(?:%|per\s?cent|percent)/i.test(after)) return false;
  if (/[$€£¥₹]\s?$/.test(before(text, a.start, 3))) return false;
  // "2000 people" counts; "its 1948 founding", "in 2023," are years.
  const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
  return !(next.endsWith('s') && !/^(?:was|is|has|as|its|this|his|plus|thus|does|says)$/.test(next));
}

function isClockTime(text: string, a: Atom): boolean {
  const after = text.slice(a.end, a.end + 14);
  if (/^:\d{2}/.test(after)) return true;
  if (CLOCK_AFTER.test(after) && a.value <= 24) return true;
  return /^\s*(?:a\.m|p\.m)/i.test(after) || (CLOCK_BEFORE.test(before(text, a.start, 12)) && /^\s*(?:gmt|utc|et|bst)\b/i.test(after));
}

function isPhoneOrCode(text: string, a: Atom): boolean {
  const around = text.slice(Math.max(0, a.start - 10), a.end + 14);
  if (/\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/.test(around) || /\+\d{1,3}[\s.-]?\d/.test(around)) return true;
  // Numbers glued to letters or to URL/version punctuation: MH17, 3D, 1990s, 24/7, v2.1.3, example.com/2023.
  const prev = text[a.start - 1] ?? ' ';
  const next = text[a.end] ?? ' ';
  if (/[\p{L}_@#/:]/u.test(prev) || /[/@#_]/.test(next)) return true;
  if (/^\.\d/.test(text.slice(a.end, a.end + 2))) return true;
  if (prev === '-' && /[\p{L}]/u.test(text[a.start - 2] ?? '') && !/minus-$/i.test(before(text, a.start, 6))) return true;
  // Glued letters are an ordinal (1st) or a code (3D, 1990s), unless they are a unit (5km).
  if (/\p{L}/u.test(next) && !a.word) {
    const glued = /^[\p{L}]+/u.exec(text.slice(a.end, a.end + 20))![0];
    return !(glued.toLowerCase() in MEASURE_UNITS) && glued !== 'C' && glued !== 'F';
  }
  return false;
}

function isInsideName(text: string, a: Atom): boolean {
  const b = before(text, a.start, 30);
  if (SECTION_BEFORE.test(b)) return true;
  if (STREET_AFTER.test(text.slice(a.end, a.end + 60))) return !a.word;
  // "Apollo 11", "Boeing 737": a capitalised word right before a digit number, not at a sentence start.
  const m = /(?:^|[^.!?]\s)([A-Z][\p{L}&]+)\s$/u.exec(b);
  if (m && !a.word && !NAME_BEFORE_NUMBER_EXCEPTIONS.has(m[1]!.toLowerCase()) && !CALENDAR_WORD.test(m[1]!)) {
    return !/^\s*(?:%|per\s?cent|percent|million|billion|thousand)/i.test(text.slice(a.end, a.end + 12));
  }
  return false;
}

// "3-1", "52-48", "9-11": a score, a tally or a code, never a range (a range rises: "18-25").
function isScore(text: string, a: Atom): boolean {
  if (a.word) return false;
  const around = /(\d+)[-–](\d+)$/.exec(text.slice(Math.max(0, a.start - 6), a.end)) ?? /^(\d+)[-–](\d+)/.exec(text.slice(a.start, a.end + 6));
  return around !== null && !/[-–]\d+[-–]/.test(text.slice(Math.max(0, a.start - 6), a.end + 6)) && Number(around[2]) <= Number(around[1]);
}

function isAge(text: string, a: Atom): boolean {
  if (/\baged?\s+\d+\s*(?:to|-|–|and)\s*$/i.test(before(text, a.start, 20))) return true;
  if (AGE_BEFORE.test(before(text, a.start, 12)) || AGE_AFTER.test(text.slice(a.end, a.end + 14))) return true;
  // "Mia Shem, 21, was ...": a number between commas right after a name.
  return !a.word && a.value < 120 && /[A-Z][\p{L}]+,\s$/u.test(before(text, a.start, 20)) && /^\s*[,)]/.test(text.slice(a.end, a.end + 3));
}

export function isNonClaim(text: string, a: Atom): boolean {
  return isDate(text, a) || isClockTime(text, a) || isYear(text, a) || isPhoneOrCode(text, a) || isInsideName(text, a) || isAge(text, a) || isScore(text, a);
}
