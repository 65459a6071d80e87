import { words } from './entries';

/** Month and weekday names, listed once: every pattern and word set that needs them is made from these. */
export const MONTHS: { name: string; abbreviations: string[] }[] = [
  { name: 'january', abbreviations: ['jan'] },
  { name: 'february', abbreviations: ['feb'] },
  { name: 'march', abbreviations: ['mar'] },
  { name: 'april', abbreviations: ['apr'] },
  { name: 'may', abbreviations: [] },
  { name: 'june', abbreviations: ['jun'] },
  { name: 'july', abbreviations: ['jul'] },
  { name: 'august', abbreviations: ['aug'] },
  { name: 'september', abbreviations: ['sep', 'sept'] },
  { name: 'october', abbreviations: ['oct'] },
  { name: 'november', abbreviations: ['nov'] },
  { name: 'december', abbreviations: ['dec'] },
];
/** Days named from the day of the report. */
export const RELATIVE_DAYS = words('a day named from the day of the report', 'today yesterday tonight overnight');
/** Quarters of a year, by their ordinal: "the third quarter", "Q3". */
export const QUARTER_ORDINALS = ['first', 'second', 'third', 'fourth'];
/** "fiscal 2024": a year of accounts, still named by its number. */
export const YEAR_QUALIFIERS = words('a year of accounts', 'fiscal');
/** "early December", "late 2023", "mid-November": a part of a period, said before it. */
export const PERIOD_PARTS = words('a part of a period', 'early late mid');
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** Every month name and abbreviation, lower case, longest first within a month ("sept" before "sep"). */
export const MONTH_FORMS = [
  ...MONTHS.map((m) => m.name),
  ...MONTHS.flatMap((m) => [...m.abbreviations].sort((a, b) => b.length - a.length)),
];
/** The month names as a pattern's alternatives, lower case ("january|...|sept|sep|..."). */
export const MONTH_PATTERN = MONTH_FORMS.join('|');
/** The same, capitalised: "may" is mostly a verb, so a period is read only from "May". */
export const CAPITALISED_MONTH_PATTERN = MONTH_FORMS.map(capitalised).join('|');
/** The abbreviations only, for dates written "Oct. 7". */
export const MONTH_ABBREVIATION_PATTERN = MONTHS.flatMap((m) => m.abbreviations).join('|');
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');
export const MONTH_WORDS = new Set(MONTH_FORMS);
export const WEEKDAY_WORDS = new Set(WEEKDAYS);
/** Month and weekday names, lower case: when, never what or where. */
export const CALENDAR_WORDS = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS]);
/** The full name of a month named or abbreviated ("Oct", "sept", "November"), or undefined. */
export const fullMonth = (word: string): string | undefined => FULL_MONTH.get(word.toLowerCase());
const FULL_MONTH = new Map(MONTHS.flatMap((m) => [m.name, ...m.abbreviations].map((w) => [w, m.name])));
