import { phrases, words } from './entries';

/**
 * Month names, listed once: every pattern and word set that needs them is made from these. Each entry says
 * which abbreviations news writes for it: agency style (AP, Reuters) abbreviates a month before a date
 * ("Oct. 7", "Sept. 12") and British copy and tables write three letters ("7 Oct", "12 Sep").
 */
export const MONTHS: { name: string; abbreviations: string[]; reason: string }[] = [
  { name: 'january', abbreviations: ['jan'], reason: '"Jan. 6" in agency style, "6 Jan" in British copy' },
  { name: 'february', abbreviations: ['feb'], reason: '"Feb. 6" in agency style, "6 Feb" in British copy' },
  { name: 'march', abbreviations: ['mar'], reason: 'written out in agency style; "12 Mar" in British copy and tables' },
  { name: 'april', abbreviations: ['apr'], reason: 'written out in agency style; "3 Apr" in British copy and tables' },
  { name: 'may', abbreviations: [], reason: 'too short to abbreviate, in every style' },
  { name: 'june', abbreviations: ['jun'], reason: 'written out in agency style; "5 Jun" in British copy and tables' },
  { name: 'july', abbreviations: ['jul'], reason: 'written out in agency style; "26 Jul" in British copy and tables' },
  { name: 'august', abbreviations: ['aug'], reason: '"Aug. 8" in agency style, "8 Aug" in British copy' },
  {
    name: 'september',
    abbreviations: ['sep', 'sept'],
    reason: '"Sept. 12" in agency style, "12 Sep" in British copy and tables',
  },
  { name: 'october', abbreviations: ['oct'], reason: '"Oct. 7" in agency style, "7 Oct" in British copy' },
  { name: 'november', abbreviations: ['nov'], reason: '"Nov. 24" in agency style, "24 Nov" in British copy' },
  { name: 'december', abbreviations: ['dec'], reason: '"Dec. 1" in agency style, "1 Dec" in British copy' },
];
/** Days named from the day of the report. */
export const RELATIVE_DAYS = [
  ...words('a day named from the day of the report', 'today yesterday'),
  ...words('the night of the day of the report ("late tonight")', 'tonight'),
  ...words('the night just past, as a morning report names it ("fighting overnight")', 'overnight'),
];
/** Quarters of a year, by their ordinal: "the third quarter", "Q3". */
export const QUARTER_ORDINALS_TOLD = words(
  'the quarter of a year a figure is for, by its ordinal ("the third quarter"), as Q1 to Q4 number them',
  'first second third fourth',
);
export const QUARTER_ORDINALS = QUARTER_ORDINALS_TOLD.map((q) => q.word);
/** "fiscal 2024": a year of accounts, still named by its number. */
export const YEAR_QUALIFIERS = words('a year of accounts', 'fiscal');
/**
 * "fiscal year 2011 gaps", "FY 2024 results", "model year 2020 cars": a kind of year named before its number makes it
 * a year, whatever plural follows ("2000 people" counts).
 */
export const YEAR_NAMING_LEADS = phrases(
  'a kind of year named before its number',
  'fiscal year, financial year, tax year, calendar year, school year, academic year, model year, fiscal, FY',
);
/** "early December", "late 2023", "mid-November": a part of a period, said before it. */
export const PERIOD_PARTS = words('a part of a period', 'early late mid');
/** The days of the week, Monday first: news names the days around its report by them ("on Monday"). */
export const WEEKDAY_NAMES = words(
  'a day of the week, by which news names the days around its report ("on Monday", "Tuesday’s blast")',
  'monday tuesday wednesday thursday friday saturday sunday',
);
export const WEEKDAYS = WEEKDAY_NAMES.map((d) => d.word);

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
