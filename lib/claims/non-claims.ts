import type { Atom } from './atoms';
import { CURRENCY_PREFIX, GLUED_UNIT_PREFIXES, letterSignAt, ordinalCountAt, pricePerAt, suffixAt } from './expression';
import {
  charAfterSpaces,
  charBeforeSpaces,
  firstCharsOf,
  isDigit,
  isLetterAt,
  isOneOf,
  isSpaceAt,
  lastCharsOf,
  wordBefore,
} from './chars';
import { BOUNDS_BEFORE } from './grammar/bounds';
import { MONEY_VALUATIONS } from './grammar/currencies';
import { MONTH_PATTERN, MONTH_WORDS, WEEKDAY_WORDS, YEAR_NAMING_LEADS } from './grammar/calendar';
import { GOAL_VERBS } from './grammar/durations';
import {
  AGE_AT_EVENTS,
  AGE_AT_HABITS,
  AGE_CLAUSE_LEADS,
  AGE_TIME_AFTER,
  AGED_THINGS,
  BORE_WORDS,
  DATED_PLURALS,
  DATED_SUMS,
  EMERGENCY_NUMBERS,
  ERAS,
  FORMAT_NOUNS,
  INDEX_SIZE_WORDS,
  MODEL_SUFFIXES,
  OLDEST_PERSON_AGE,
  LOWER_CASE_NAMING_WORDS,
  LAW_REPORTS,
  NUMBERED_NAMES,
  CLASSED_BY_LENGTH,
  SECTION_SIGNS,
  SUBSECTION_LEADS,
  RANK_SUPERLATIVES,
  RANK_WORDS,
  RANK_WORDS_AS_VERBS,
  SCALE_NOUNS,
  TENOR_NOUNS,
} from './grammar/names';
import { alternatives, spacedAlternatives } from './grammar/entries';
import { RUNNING_TOTAL_NOUNS } from './grammar/events';
import { IDIOMS } from './grammar/idioms';
import { GAPPED_LIST_LEADS, LINKS } from './grammar/phrase';
import {
  SCORE_NAMED_BEFORE,
  SCORE_NOUNS_AFTER,
  SCORE_WORDS_BEFORE,
  TALLY_JOINS,
  TALLY_LINES,
  WIN_PERCENTAGE_AFTER,
} from './grammar/scores';
import { PERCENT_FORMS } from './grammar/units';
import { singular } from './lemma';
import { matchesOf } from './matches';
import { isNumberWord, numberWordsValue } from './number-words';
import {
  DURATION_ABBREVIATIONS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  IRREGULAR_PLURALS,
  PERSON_NOUNS,
  MEASURE_UNITS,
  NAME_BEFORE_NUMBER_EXCEPTIONS,
  UNITS_BEFORE,
} from './lexicon';

/**
 * Numbers that are not claims a reader would check: calendar dates, years, clock times, phone numbers,
 * street addresses, numbers inside names ("Apollo 11", "Top 10", "COVID-19"), ages, section numbers.
 */

const isMonth = (w: { word: string } | null) => w !== null && MONTH_WORDS.has(w.word.toLowerCase());
// "3 October", "3-5 October": a day, or the first day of a span of days, before a month; "19-Sep-2017",
// "3/Mar/21": a day joined to its month and year by hyphens or slashes, as datelines and tables write them.
const MONTH_AFTER = new RegExp(
  `^(?:(?:st|nd|rd|th)?(?:[-–]\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b|([-/])(?:${MONTH_PATTERN})\\1\\d{2}(?:\\d{2})?\\b)`,
  'i',
);
// "Oct. 3-5", "Sept. 19-22": the last day of a span after a month.
const SPAN_END_AFTER_MONTH = new RegExp(`(?:^|[^\\p{L}])(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}[-–]$`, 'iu');
// "between June 1 and 18", "from March 3 to 9": the last day of a span told in words.
const WORDED_SPAN_END_AFTER_MONTH = new RegExp(
  `(?:^|[^\\p{L}])(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:and|to|through|until|till)\\s+$`,
  'iu',
);
const DAY_OF_MONTH_BEFORE = /(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?,?\s+$/i;
const ORDINAL_DAY_AFTER = /^(?:st|nd|rd|th)\b/i;
const CLOCK_AFTER =
  /^(?::\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock|hrs\b|h\b|gmt\b|utc\b|et\b|bst\b|cet\b|local time\b)/i;
const CLOCK_BEFORE = /\b(?:at|by|from|until|till|before|after|around|about)\s+$/i;
const STREET_AFTER =
  /^\s+(?:[A-Z][\p{L}.'-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|Terrace|Highway|Hwy\.?|Plaza|Parkway|Pkwy\.?|Circle)(?![\p{L}])/u;
// "aged 30", "aged between 26 and 42", "aged up to 12", "some as young as four": who, not how many.
const AGE_BEFORE =
  /\b(?:(?:aged|age of|ages of|ages|age|age (?:group|bracket|range)s? of)(?:\s+(?:between|from|up to|under|over|as young as|as old as))?|as (?:young|old) as)\s+$/i;
// People named by an age band right after them: "children 2 to 8", "adults 18-64", "people 65 and older".
const AGE_BAND_NOUNS =
  'children kids boys girls teens teenagers adults youngsters infants babies toddlers men women people females males persons viewers'
    .split(' ')
    .join('|');
// The second end of an age band: "aged 26 and 42", "aged between five and 15", "ages 5 to 17", "children 2 to 8";
// "and" only after "aged" or "between the ages of": "under the age of 18 and 10 are aged 75" counts ten.
const AGE_BAND_END = new RegExp(
  `\\b(?:(?:aged?|ages|age (?:group|bracket|range)s?)(?:\\s+of)?\\s+(?:from\\s+)?(?:\\d+|[a-z]+)\\s*(?:to|-|–)|(?:between\\s+(?:the\\s+)?ages\\s+of|aged?\\s+between|aged)\\s+(?:\\d+|[a-z]+)\\s*(?:and|to|-|–)|(?:${AGE_BAND_NOUNS})\\s+\\d+\\s*(?:to|-|–))\\s*$`,
  'i',
);
// The first end of a band after a people noun: "children 2 to 8", "people 65 and older".
const AGE_BAND_NOUN_BEFORE = new RegExp(`\\b(?:${AGE_BAND_NOUNS})\\s+$`, 'i');
const AGE_BAND_AFTER = /^\s*(?:(?:to|-|–)\s*\d|(?:and|or)\s+(?:older|over|above|up|younger|under|below)\b)/i;
// "the 18-49 age group", "its 18-49 rating", "the 25-54 demo": an audience named by its band of ages.
const BAND_NAMED_AFTER =
  /^\s*[-–]\s*\d{2}\s+(?:age\b|demos?\b|demographics?\b|ratings?\b(?!\s+points)|year-olds\b|bracket\b)/i;
const BAND_END_NAMED_AFTER = /^\s+(?:age\b|demos?\b|demographics?\b|ratings?\b(?!\s+points)|year-olds\b|bracket\b)/i;
const AGE_LAST_WORDS = new Set(['aged', 'age', 'ages', 'of', 'between', 'from', 'to', 'and', 'under', 'over', 'as']);
const TURNED_BEFORE = /\bturn(?:s|ed|ing)?\s+$/i;
// "call 911", "text 741741": numbers to call, however short.
const CALL_BEFORE = /\b(?:call|calls|calling|dial|dials|dialled|dialed|text|texting)\s+$/i;
// "call Police immediately on 111", "contact Manawatu Police on 105": whom to call, then the number. A word
// must come between ("called on 30 countries" asks them); none of them a number ("contact 20 people at").
const CALL_ON_BEFORE =
  /\b(?:call|calling|contact|contacting|phone|phoning|ring|ringing|text|texting)\s+(?:[\p{L}'’.-]+\s+){1,4}(?:on|at)\s+$/iu;
// "text HOME to 741741", "Text STOP to 80888": a keyword in capitals, then the short code it is sent to.
const TEXT_TO_BEFORE = /\b(?:[Tt]ext(?:ing)?|TEXT|[Tt]xt|SMS)\s+["“'‘]?[\p{Lu}\d]{2,}["”'’]?\s+to\s+$/u;
/**
 * Whether a number to call is named before `at`. Both patterns end in white space, and the longer one in "on" or
 * "at" before it: the characters are checked first, since the patterns, anchored at the end, are tried at every
 * position of the lead.
 */
function calledBefore(text: string, at: number): boolean {
  if (!isSpaceAt(text, at - 1)) return false;
  if (CALL_BEFORE.test(before(text, at, 12))) return true;
  let end = at - 1;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  const word = text.slice(end - 2, end).toLowerCase();
  if (word === 'to') return isSpaceAt(text, end - 3) && TEXT_TO_BEFORE.test(before(text, at, 40));
  return (word === 'on' || word === 'at') && isSpaceAt(text, end - 3) && CALL_ON_BEFORE.test(before(text, at, 60));
}

// "0800 555 111", "020 7946 0958": a trunk prefix starting with 0, then groups of digits set apart.
const TRUNK_NUMBER = /(?<![\d,.])0\d{2,4}(?:[ -]\d{3,4}){1,2}(?![\d,])/g;
function inTrunkNumber(text: string, a: Atom): boolean {
  const from = Math.max(0, a.start - 16);
  // A number around the figure starts with its 0 at or before the figure: most figures have none there.
  let zero = a.start;
  while (zero >= from && text[zero] !== '0') zero--;
  if (zero < from) return false;
  for (const m of matchesOf(TRUNK_NUMBER, text.slice(from, a.end + 12)))
    if (from + m.index <= a.start && from + m.index + m[0].length >= a.end) return true;
  return false;
}
const AGE_AFTER = /^[\s-]*(?:years?|yrs?)[\s-]*old\b|^-year-old\b/i;
// "by 11 months of age", "at 5 years of age": an age, whatever the unit.
const OF_AGE_AFTER = /^\s+(?:years?|months?|weeks?|days?)\s+of\s+age\b/i;
// Words before a number that make it part of a name or a heading: "Top 10", "Article 5", "World War 2".
const SECTION_WORDS = new Set(
  'No Nos Section Sect Art Article Chapter Ch Page Pg p pp Paragraph Para Vol Volume Rule Clause Amendment Resolution Room Suite Code Flight Route Highway Interstate Apollo Top Windows Level Phase Stage Gate Terminal Platform Ward District Precinct Unit Block Building Lot Case Bill Title Item Question Figure Fig Table Episode Season Part Act Game Round Week Day Year Class Grade Category Cat Level Mark Model Type Version iPhone Galaxy Boeing Airbus Formula WWII Channel Number Photo Image Picture Slide Gallery Video Step'.split(
    ' ',
  ),
);
const SECTION_PAIRS = new Set(['World War', 'Super Bowl']);
// The second words of the pairs: the word before is read only after one of these.
const PAIR_ENDS = new Set([...SECTION_PAIRS].map((pair) => pair.slice(pair.indexOf(' ') + 1)));

const DASHES = '-–';
// "10pc", "5pct", "5.3pp", "25bp": shorthands for per cent and for points, glued to the figure.
const PERCENT_WORDS = new Set(PERCENT_FORMS.map((p) => p.word).filter((w) => /^[a-z]+$/.test(w)));

function digitCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function before(text: string, at: number, n = 40): string {
  return text.slice(Math.max(0, at - n), at);
}

/** The first character after the white space and hyphens at `at`, or '' at the end of the text. */
function charAfterSpacesAndHyphens(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === '-' || isSpaceAt(text, i))) i++;
  return text[i] ?? '';
}

/** The character before the one white space that ends the text before `at`, or '' when none ends it. */
const charBeforeSpace = (text: string, at: number) => (isSpaceAt(text, at - 1) ? (text[at - 2] ?? '') : '');

/** "November 28, 2023": the day of a month-day date just before `at`. */
function monthDayBefore(text: string, at: number): boolean {
  // A digit must come first, before an ordinal ending, a comma and white space.
  let i = at;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  if (i === at) return false;
  if (text[i - 1] === ',') i--;
  const ordinal = i - 2;
  while (i > ordinal && isLetterAt(text, i - 1)) i--;
  if (!isDigit(text[i - 1] ?? '')) return false;
  const day = DAY_OF_MONTH_BEFORE.exec(before(text, at, 12));
  return day !== null && isMonth(wordBefore(text, at - day[0].length + day[0].indexOf(day[1]!), true));
}

/** 2023-12-01, 12/01/2023, 1/12: the whole token of digits and separators around the number. */
function isNumericDate(text: string, a: Atom): boolean {
  let from = a.start;
  while (from > a.start - 12 && from > 0 && DATE_CHARS.has(text[from - 1]!)) from--;
  let to = a.end;
  while (to < a.end + 12 && to < text.length && DATE_CHARS.has(text[to]!)) to++;
  if (from === a.start && to === a.end) return false;
  const token = text.slice(from, to).replace(/^[-./]+|[-./]+$/g, '');
  return /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\/\d{1,2}$/.test(token);
}
const DATE_CHARS = new Set('0123456789/.-');

function isDate(text: string, a: Atom): boolean {
  if (a.word) return false;
  const after = text.slice(a.end, a.end + 20);
  if (isMonth(wordBefore(text, a.start, true))) {
    if (a.value >= 1 && a.value <= 31 && Number.isInteger(a.value)) return true;
    if (/^\d{4}$/.test(text.slice(a.start, a.end))) return true;
  }
  if (a.value >= 1 && a.value <= 31 && MONTH_AFTER.test(after)) return true;
  // "November 28, 2023": the year after a month-day date; not "Since Oct. 7, 14,800 people".
  if (a.end - a.start === 4 && a.value >= 1000 && monthDayBefore(text, a.start)) return true;
  if (!a.slash && isNumericDate(text, a)) return true;
  if ((text[a.start - 1] === '-' || text[a.start - 1] === '–') && SPAN_END_AFTER_MONTH.test(before(text, a.start, 16)))
    return true;
  if (
    isSpaceAt(text, a.start - 1) &&
    Number.isInteger(a.value) &&
    a.value >= 1 &&
    a.value <= 31 &&
    WORDED_SPAN_END_AFTER_MONTH.test(before(text, a.start, 28))
  )
    return true;
  if (isOneOf(after[0] ?? '', 'sntSNT') && ORDINAL_DAY_AFTER.test(after)) {
    // "Friday the 13th"
    const the = wordBefore(text, a.start);
    const weekday = the?.word.toLowerCase() === 'the' ? wordBefore(text, the.start) : the;
    if (weekday && WEEKDAY_WORDS.has(weekday.word.toLowerCase())) return true;
  }
  return false;
}

const YEAR_PREPOSITION = /\b(?:in|since|by|until|during|before|after|from)\s+$/i;
const PROPORTION_IN = /\b(?:one|1|an?)\s+in\s+$/i;

const DATED_PLURAL_WORDS = new Set(DATED_PLURALS.map((d) => d.word));
const DATED_SUM_WORDS = new Set(DATED_SUMS.map((d) => d.word));
// "in 1970 dollars", "in constant 2010 euros": the year a sum is valued as of, after "in" and how it is valued.
const DATED_IN = new RegExp(`\\bin\\s+(?:(?:${alternatives(MONEY_VALUATIONS)})\\s+)?$`, 'i');
const YEAR_SPAN_BEFORE = /\b(?:between|from)\s+(?:1[89]|20)\d\d\s*(?:and|to|-|–)\s*$/i;

// "brings the toll in Syria to 2032", "the tally stood at 1998": the level a running total reached is a count.
const TOTAL_REACHED = new RegExp(
  `\\b(?:${RUNNING_TOTAL_NOUNS.map((n) => n.noun).join('|')})\\b[^.;:]{0,50}\\b(?:${alternatives(LINKS)})\\s+$`,
  'i',
);

// "travelled to Italy in 1649, the...", "a friary founded in 1290.": an older year, told after a preposition of a
// point in time and ending the clause; "in 1500 cases", "from 1200 to 1500", "in 1500 of the towns" count.
const OLDER_YEAR_BEFORE = /\b(?:in|since|during|until)\s+$/i;
const isOlderYear = (text: string, a: Atom) =>
  OLDER_YEAR_BEFORE.test(before(text, a.start, 8)) &&
  !PROPORTION_IN.test(before(text, a.start, 10)) &&
  /^(?:[,.;:)]|$)/.test(text.slice(a.end, a.end + 1));

const YEAR_NAMED_BEFORE = new RegExp(`\\b(?:${spacedAlternatives(YEAR_NAMING_LEADS)})\\s+$`, 'i');
function isYear(text: string, a: Atom): boolean {
  if (a.end - a.start !== 4 || a.value < 1000 || a.value > 2100) return false;
  const raw = text.slice(a.start, a.end);
  if (!/^\d{4}$/.test(raw)) return false;
  if (a.value < 1800) return isOlderYear(text, a);
  if (TOTAL_REACHED.test(before(text, a.start, 70))) return false;
  const after = text.slice(a.end, a.end + 30);
  if (/^\s*(?:%|per\s?cent|percent)/i.test(after)) return false;
  if (/[$€£¥₹]\s?$/.test(before(text, a.start, 3))) return false;
  // "a 2018 data breach", "a 1999 law", "that 2016 data breach": an article or a singular demonstrative before a
  // year-like figure dates what follows (a count after them would need a plural); "a 2000-strong crowd" counts.
  if (text[a.end] !== '-' && /(?:^|[^\p{L}])(?:an?|this|that)\s+$/iu.test(before(text, a.start, 6))) return true;
  // "the Class of 2024 graduates": a cohort named by its year.
  if (/\bclass\s+of\s+$/i.test(before(text, a.start, 10))) return true;
  // "fiscal year 2011 gaps", "FY 2024 results": a year named by its kind.
  if (YEAR_NAMED_BEFORE.test(before(text, a.start, 20))) return true;
  // "between 2019 and 2023 prices rose": the second year of a span of years.
  if (YEAR_SPAN_BEFORE.test(before(text, a.start, 20))) return true;
  // "2000 people" counts; "its 1948 founding", "in 2023," are years.
  const next = /^\s+([a-z]+)/.exec(after)?.[1] ?? '';
  // "2000 people", but "in 2023 children were": after a preposition of time, a year (unless "one in 2000 people").
  if (IRREGULAR_PLURALS[next] !== undefined)
    return YEAR_PREPOSITION.test(before(text, a.start, 14)) && !PROPORTION_IN.test(before(text, a.start, 10));
  // "worse than 2008 levels", "in 1990 dollars": the year a measure stood at.
  if (DATED_PLURAL_WORDS.has(next)) return true;
  if (DATED_SUM_WORDS.has(next) && DATED_IN.test(before(text, a.start, 16))) return true;
  // "by 2100 unless": a function word ending in -s is no plural.
  return !(next.endsWith('s') && !FUNCTION_WORDS.has(next) && !/^(?:plus|thus|perhaps|always)$/.test(next));
}

const CLOCK_SPAN_AFTER =
  /^\s*(?:or|to|and|-|–)\s*(?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:a\.?\s?m\b|p\.?\s?m\b|o'clock)/i;

function isClockTime(text: string, a: Atom): boolean {
  // Every clock pattern goes on with ":" or with one of these letters ("a.m.", "o'clock", "GMT", "local time").
  const next = charAfterSpaces(text, a.end).toLowerCase();
  // "at three or four a.m.", "between 9 and 11pm": the first hour of a span of the clock.
  if (isOneOf(next, 'ot-–a') && a.value <= 24 && CLOCK_SPAN_AFTER.test(text.slice(a.end, a.end + 28))) return true;
  if (text[a.end] !== ':' && !isOneOf(next, 'apohguebcl')) return false;
  const after = text.slice(a.end, a.end + 14);
  if (/^:\d{2}/.test(after)) return true;
  // "(1451 GMT)", "0900 UTC": a 24-hour clock in four digits.
  if (a.end - a.start === 4 && a.value % 100 < 60 && a.value < 2400 && /^\s?(?:gmt|utc|z)\b/i.test(after)) return true;
  if (CLOCK_AFTER.test(after) && a.value <= 24) return true;
  return (
    /^\s*(?:a\.m|p\.m)/i.test(after) ||
    (CLOCK_BEFORE.test(before(text, a.start, 12)) && /^\s*(?:gmt|utc|et|bst)\b/i.test(after))
  );
}

// "166k/0.7%": an audience and its share, set apart by a slash as ratings tables write them; "a 45%/47% approval/
// disapproval rating": two shares set apart by a slash, each with its sign, as polls pair them.
const SLASHED_SHARE_AFTER = /^\/\d+(?:\.\d+)?%/;
const SLASHED_AUDIENCE_BEFORE = /\d[kKmM%]\/$/;
const isSlashedPair = (text: string, a: Atom) =>
  (text[a.end] === '/' && /[kKmM]/.test(text[a.end - 1]!) && SLASHED_SHARE_AFTER.test(text.slice(a.end, a.end + 8))) ||
  (text[a.start - 1] === '/' && SLASHED_AUDIENCE_BEFORE.test(before(text, a.start, 4)) && text[a.end] === '%');

// "+44 20 7946 0958", "+1-202-555-0143": a country code; "+0.48p" and "+12%" are signed figures.
const PHONE_PLUS = /\+\d{1,3}(?:[\s-]\d|\d{4}|\.\d{3,}[\s.-])/;

// "an uptick in 999 calls", "a 911 dispatcher": the number names the line, not how many calls.
const EMERGENCY = new Set(EMERGENCY_NUMBERS.map((e) => e.word));
const CALLS_AFTER = /^\s+(?:calls?|callers?|operators?|dispatchers?|line|number|services?|centres?|centers?)\b/i;

const NUMBER_NAME_AFTER = /^\p{Lu}\p{Ll}+(?![\p{L}-])/u;
const TALLY_BEFORE = new RegExp(`\\d-(?:${alternatives(TALLY_JOINS)})-$`);

// "5km-15km", "40mph-60mph", "640,000 tonnes-670,000 tonnes": a figure with its unit, glued or spaced, then a
// hyphen, is a range's first end; the letters before the hyphen are the unit, not a code's ("COVID-19").
const UNIT_BEFORE_HYPHEN = /\d( ?)(\p{L}{1,8})-$/u;
function isRangeAfterGluedUnit(text: string, at: number): boolean {
  const m = UNIT_BEFORE_HYPHEN.exec(before(text, at, 12));
  // A one-letter unit is lower case, as below: "5G-5" glues a network's generation.
  if (!m || (m[2]!.length === 1 && m[2] !== m[2]!.toLowerCase())) return false;
  const written = m[1]!.length + m[2]!.length;
  const unit = suffixAt(text, at - 1 - written);
  return unit !== null && unit !== 'time-reference' && unit.length === written;
}

function isPhoneOrCode(text: string, a: Atom): boolean {
  if (!a.word && EMERGENCY.has(text.slice(a.start, a.end)) && CALLS_AFTER.test(text.slice(a.end, a.end + 14)))
    return true;
  if (!a.word && calledBefore(text, a.start)) return true;
  const from = Math.max(0, a.start - 10);
  if (!a.word && inTrunkNumber(text, a)) return true;
  const around = text.slice(from, a.end + 14);
  // Digits counted in place: most figures have a few around them, and the phone pattern is then not tried.
  if (
    (digitCount(text, from, a.end + 14) >= 10 && /\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/.test(around)) ||
    (around.includes('+') && PHONE_PLUS.test(around))
  )
    return true;
  // Numbers glued to letters or to URL/version punctuation: MH17, 3D, 1990s, 24/7, v2.1.3, example.com/2023.
  const prev = text[a.start - 1] ?? ' ';
  const next = text[a.end] ?? ' ';
  // "$US65.8 million", "EUR40m": letters of a currency are not a code.
  if (isLetterAt(text, a.start - 1) && CURRENCY_PREFIX.test(before(text, a.start, 6))) return false;
  if (letterSignAt(text, a.start)) return false;
  if (GLUED_UNIT_PREFIXES.has(prev) && !isLetterAt(text, a.start - 2) && !a.word) return false;
  if (isSlashedPair(text, a)) return false;
  // "$30/MWh", "6c/kWh": a price and what it is given per, set apart by a slash.
  if (next === '/' && !a.word && pricePerAt(text, a.end)) return false;
  if (isLetterAt(text, a.start - 1) || '_@#/:'.includes(prev) || '/@#_'.includes(next)) return true;
  if (text[a.end] === '.' && isDigit(text[a.end + 1] ?? '')) return true;
  // "COVID-19" is a code; "$40m-60m" and "three-four days" are ranges; "8-of-16" a tally of two counts.
  if (
    prev === '-' &&
    isLetterAt(text, a.start - 2) &&
    a.scale === undefined &&
    !a.word &&
    !BOUND_PREFIX.test(before(text, a.start, 12)) &&
    !TALLY_BEFORE.test(before(text, a.start, 8)) &&
    !isRangeAfterGluedUnit(text, a.start)
  )
    return true;
  // "7-Eleven": digits hyphened to a number spelt with a capital are a name; no count writes its figure twice.
  const spelt = next === '-' && !a.word ? NUMBER_NAME_AFTER.exec(text.slice(a.end + 1, a.end + 12)) : null;
  if (spelt && isNumberWord(spelt[0])) return true;
  // "J1142+1527": a catalogue name's second part, glued by a sign; "40+83 aircraft" adds two counts.
  if (prev === '+' && (isLetterAt(text, a.start - 2) || /\p{L}[\d.]+\+$/u.test(before(text, a.start, 16)))) return true;
  // "P25-54", "W18-49": the second end of a code glued to letters is part of it.
  if (prev === '-' && /\p{L}\d+-$/u.test(before(text, a.start, 8))) return true;
  // Glued letters are an ordinal (1st) or a code (3D, 1990s), unless they are a unit (5km).
  if (isLetterAt(text, a.end) && !a.word) {
    const glued = /^[\p{L}]+/u.exec(text.slice(a.end, a.end + 20))![0];
    const lower = glued.toLowerCase();
    // A one-letter unit is lower case ("5g", "200W" aside): "4G" and "5G" are generations of a network.
    // "657.2kgs", "12kms": a unit of two letters or more may take a plural "s".
    const unit =
      (lower in MEASURE_UNITS && (glued.length > 1 || glued === lower || glued === 'W')) ||
      (lower.length > 2 && lower.endsWith('s') && lower.slice(0, -1) in MEASURE_UNITS);
    // "3x optical zoom", "2X zoom", "10x faster": a multiple; "4x4" and "3x3" are names.
    const multiple = (glued === 'x' || glued === 'X') && !isDigit(text[a.end + 1] ?? '');
    // "8.1p", "+0.48p": pence; "1080p" and "720p" are formats of video.
    const pence = glued === 'p' && (text.slice(a.start, a.end).includes('.') || a.value < 100);
    const cents = glued === 'c' && pricePerAt(text, a.end + 1);
    const toll = ordinalCountAt(text, a.end) > 0;
    return (
      !unit &&
      !multiple &&
      !pence &&
      !cents &&
      !toll &&
      !(lower in DURATION_ABBREVIATIONS) &&
      !PERCENT_WORDS.has(lower) &&
      glued !== 'C' &&
      glued !== 'F'
    );
  }
  return false;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// "category 3", "No.8", "lane eight": naming words in any case, right before the figure; their plurals before a
// list ("sections 1 and 3", "phases 2 and 3").
const NAMING_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${LOWER_CASE_NAMING_WORDS.map((w) => escapeRegExp(w.word)).join('|')})(?:(?<!\\.)s)?\\s?$`,
  'iu',
);
// "a .38-caliber revolver", "a 12-gauge shotgun": the bore names the gun.
const BORE_AFTER = new RegExp(`^[-\\s](?:${alternatives(BORE_WORDS)})\\b`, 'i');
const MODEL_SUFFIX_AFTER = new RegExp(`^ (?:${alternatives(MODEL_SUFFIXES)})(?![\\p{L}])`, 'u');
const INDEX_SIZE_AFTER = new RegExp(
  `^-(?:${alternatives(INDEX_SIZE_WORDS)})\\s+(?:[\\p{L}&/]+\\s+){0,2}(?:${NUMBERED_NAMES.map((n) => escapeRegExp(n.name)).join('|')}|index)\\b`,
  'iu',
);
const RANK_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<!\\b(?:${alternatives(RANK_WORDS_AS_VERBS)})\\s)(?:${alternatives(RANK_WORDS)})\\s$`,
  'iu',
);
const SHARE_AFTER = /^\s*(?:%|per\s?cent|percent)/i;
// "the 10 most expensive", "the band's 10 biggest": a number between a definite determiner and a superlative ranks.
const RANKED_BEFORE = /(?:(?:^|[^\p{L}])(?:the|its|their|his|her)|\p{L}['’]s)\s$/iu;
const SUPERLATIVE_AFTER = new RegExp(`^\\s(?:${alternatives(RANK_SUPERLATIVES)})\\b`, 'i');
const ERA_BEFORE = new RegExp(`(?:^|\\s)(?:${ERAS.map((e) => escapeRegExp(e.word)).join('|')})\\s$`);
const ERA_WORDS = ERAS.map((e) => escapeRegExp(e.word)).join('|');
const ERA_AFTER = new RegExp(`^\\s(?:${ERA_WORDS})(?![\\p{L}])`, 'u');
const ERA_AFTER_SPAN = new RegExp(`^\\s*[-–]\\s*\\d{1,4}\\s(?:${ERA_WORDS})(?![\\p{L}])`, 'u');
// The numbers of a list before a figure: "3, 4 or " in "Category 3, 4 or 5"; group 1 is the first of them.
const LISTED_AFTER = /(?<![\d.,])(\d{1,2})(?:,\s?\d{1,2})*(?:,?\s(?:and|or|to)\s|,\s?|\s?[-–]\s?)$/;

// "minus-260", "sub-500": words glued by a hyphen that say the figure's sign or bound, not a code.
// ... and "magnitude-6.4": a unit named before the figure, joined to it.
const BOUND_PREFIX = new RegExp(
  `(?:^|[^\\p{L}])(?:minus-|${UNITS_BEFORE.filter((u) => !u.glued)
    .map((u) => `${u.word}-|`)
    .join('')}${BOUNDS_BEFORE.filter((b) => b.phrase.endsWith('-'))
    .map((b) => escapeRegExp(b.phrase))
    .join('|')})$`,
  'iu',
);
const NUMBERED_NAME_BEFORE = new RegExp(
  `(?:${NUMBERED_NAMES.map((n) => escapeRegExp(n.name).replace(/'/g, "['’]")).join('|')})(?:/[A-Z]+)?\\s?$`,
);
// "10-year Treasuries", "India's 10-year benchmark federal paper", "a 30-year, fixed-rate mortgage": up to two
// words before the debt's name, and a comma after a term joined by a hyphen.
const TENOR_AFTER = new RegExp(
  `^(?:-(?:year|month|week|day),?|[\\s-](?:year|month|week|day)s?)\\s+(?:[\\p{L}.-]+\\s+){0,2}(?:${TENOR_NOUNS.map((t) => t.word).join('|')})\\b`,
  'iu',
);

// The characters the words of the patterns around a figure can end (before it) or start (after it) with.
const NAMING_ENDS = lastCharsOf([...LOWER_CASE_NAMING_WORDS.map((w) => w.word), 's']);
const ERA_ENDS = lastCharsOf(ERAS.map((e) => e.word));
const NUMBERED_NAME_ENDS = lastCharsOf(NUMBERED_NAMES.flatMap((n) => [n.name, n.name.replace(/'/g, '’')]));
const RANK_ENDS = lastCharsOf(RANK_WORDS.map((w) => w.word));
const TENOR_FIRSTS = firstCharsOf(['year', 'month', 'week', 'day']);
const MODEL_SUFFIX_FIRSTS = firstCharsOf(MODEL_SUFFIXES.map((m) => m.word));
const BORE_FIRSTS = firstCharsOf(BORE_WORDS.map((b) => b.word));

/** "category 3", "No.8", "A.D. 79", "500 BC", "OS X 10.10.3", "in '91", "Raspberry Pi Zero", "S&P 500". */
/** `listed`: whether to look for a list before the figure; the list's first number is checked without it. */
function isNamingOrEra(text: string, a: Atom, listed = true): boolean {
  // Every naming word, era and index name ends in a letter, a dot or "&P"-like capitals: other figures skip the patterns.
  const last = text[isSpaceAt(text, a.start - 1) ? a.start - 2 : a.start - 1] ?? '';
  if (last === '.' || isLetterAt(text, a.start - (isSpaceAt(text, a.start - 1) ? 2 : 1))) {
    // Each pattern is tried only when the lead ends in a character one of its words can end with.
    const lead = before(text, a.start, 16);
    const spaced = charBeforeSpace(text, a.start);
    if (
      (NAMING_ENDS.has(last) && NAMING_BEFORE.test(lead)) ||
      (ERA_ENDS.has(spaced) && ERA_BEFORE.test(lead)) ||
      ((NUMBERED_NAME_ENDS.has(last) || isOneOf(last, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')) && NUMBERED_NAME_BEFORE.test(lead))
    )
      return true;
    if (RANK_ENDS.has(spaced) && RANK_BEFORE.test(lead) && !SHARE_AFTER.test(text.slice(a.end, a.end + 10)))
      return true;
    if (
      isOneOf(spaced, 'eEsSrR\u017f') &&
      isSpaceAt(text, a.end) &&
      RANKED_BEFORE.test(lead) &&
      SUPERLATIVE_AFTER.test(text.slice(a.end, a.end + 14))
    )
      return true;
  }
  const next = text[a.end];
  if (next === ' ' && isOneOf(text[a.end + 1] ?? '', 'ABC') && ERA_AFTER.test(text.slice(a.end, a.end + 6)))
    return true;
  // "(317 – 420 A.D.)": the first year of a span whose era is written after the second.
  if (isOneOf(charAfterSpaces(text, a.end), '-–') && ERA_AFTER_SPAN.test(text.slice(a.end, a.end + 16))) return true;
  // "Category 3, 4 or 5", "phases 2 and 3": the numbers listed after a naming word name too; a figure with a unit or
  // a percent sign is no item of such a list ("For a grade 9, 79% was required").
  const list =
    listed && !a.word && a.end - a.start <= 2 && suffixAt(text, a.end) === null
      ? LISTED_AFTER.exec(before(text, a.start, 16))
      : null;
  if (list) {
    const first = a.start - list[0].length;
    if (isNamingOrEra(text, { ...a, start: first, end: first + list[1]!.length }, false)) return true;
  }
  const second = text[a.end + 1] ?? '';
  if ((next === ' ' || next === '-') && TENOR_FIRSTS.has(second) && TENOR_AFTER.test(text.slice(a.end, a.end + 48)))
    return true;
  // "Boeing's 737 Max", "premium 3000 Xtra": a model word after the number; "the 30-share BSE Sensex".
  if (
    next === ' ' &&
    !a.word &&
    Number.isInteger(a.value) &&
    MODEL_SUFFIX_FIRSTS.has(second) &&
    MODEL_SUFFIX_AFTER.test(text.slice(a.end, a.end + 8))
  )
    return true;
  if (next === '-' && INDEX_SIZE_AFTER.test(text.slice(a.end, a.end + 40))) return true;
  if ((next === '-' || next === ' ') && BORE_FIRSTS.has(second) && BORE_AFTER.test(text.slice(a.end, a.end + 10)))
    return true;
  if (a.word) {
    // A capitalised number word after a capitalised word mid-sentence names a thing: "Pi Zero", "Formula One".
    const first = text.charCodeAt(a.start);
    return first >= 65 && first <= 90 && nameBefore(text, a.start) !== null;
  }
  // A version's dots ("10.10.3") and a year's apostrophe ("'91").
  if (text[a.start - 1] === '.' && isDigit(text[a.start - 2] ?? '')) return true;
  // A quotation that opens on a count is no year: "reads '41 appearances, one goal'".
  return (
    (text[a.start - 1] === "'" || text[a.start - 1] === '’') &&
    a.end - a.start === 2 &&
    !isLetterAt(text, a.start - 2) &&
    !PLURAL_AFTER.test(text.slice(a.end, a.end + 20))
  );
}
const PLURAL_AFTER = /^\s+(?!(?:was|is|has|as|its|this|his|plus|thus|does|says)\b)[a-z]+s\b/;

function afterSectionWord(text: string, at: number): boolean {
  const word = wordBefore(text, at, true);
  if (!word) return false;
  if (SECTION_WORDS.has(word.word)) return true;
  if (!PAIR_ENDS.has(word.word)) return false;
  const first = text[word.start - 1] === ' ' ? wordBefore(text, word.start) : null;
  return (
    first !== null &&
    first.start + first.word.length === word.start - 1 &&
    SECTION_PAIRS.has(`${first.word} ${word.word}`)
  );
}

// "S&P", "Hi-Fi": a name may hold an ampersand, and a hyphen between letters.
const isNameChar = (text: string, i: number) =>
  text[i] === '&' || isLetterAt(text, i) || (text[i] === '-' && isLetterAt(text, i - 1) && isLetterAt(text, i + 1));
// A sentence-case word that opens a text or a line is an ordinary word, not a name: "Remaining 75 seats".
const ORDINARY_OPENER = /(?:ing|ed|ly)$/;

/** A capitalised word one space before `at` that does not open a sentence: "Apollo 11", "Boeing 737". */
function nameBefore(text: string, at: number): string | null {
  const windowStart = Math.max(0, at - 30);
  // A name and its number share a line: "Kenya\n105 deaths" is a list's next item, not "Kenya 105".
  if (at - 1 < windowStart || !isSpaceAt(text, at - 1) || text[at - 1] === '\n' || text[at - 1] === '\r') return null;
  let start = at - 1;
  while (start > windowStart && isNameChar(text, start - 1)) start--;
  const c = text.charCodeAt(start);
  // A capital first ("Apollo", "Boeing"), or inside a name that starts in lower case ("iOS", "eBay").
  const named = (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && /[A-Z]/.test(text.slice(start + 1, at - 1)));
  if (at - 1 - start < 2 || !named) return null;
  const opensWindow = start === windowStart;
  const opensLine = start === 0 || text[start - 1] === '\n';
  if (opensLine && ORDINARY_OPENER.test(text.slice(start, at - 1))) return null;
  if (!opensWindow && !(isSpaceAt(text, start - 1) && start - 2 >= windowStart && !'.!?'.includes(text[start - 2]!)))
    return null;
  return text.slice(start, at - 1);
}

// "“Meg 2: The Trench”", "“Inside Out 2”": a title in quotes ends with its number, before a colon or the quote's end.
const TITLED_BEFORE = /[“"‘](?:\p{Lu}[\p{L}'’&-]*\s){1,4}$/u;
const TITLE_END_AFTER = /^(?::\s|[”"’])/;

// "737-" before a number: a model's number, which a variant's is glued to.
const VARIANT_AFTER_MODEL = /(?<=\s)(\d{3,4})-$/;

function isInsideName(text: string, a: Atom): boolean {
  if (afterSectionWord(text, a.start)) return true;
  if (
    !a.word &&
    isOneOf(text[a.end] ?? '', ':”"’') &&
    TITLE_END_AFTER.test(text.slice(a.end, a.end + 2)) &&
    TITLED_BEFORE.test(before(text, a.start, 40))
  )
    return true;
  if (
    isSpaceAt(text, a.end) &&
    isOneOf(charAfterSpaces(text, a.end), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') &&
    STREET_AFTER.test(text.slice(a.end, a.end + 60))
  )
    return !a.word;
  // A scale word ("Nets 22.6 Million Viewers") or thousands set apart ("Total 3,366") make an amount: models and
  // versions are numbered plainly, so a headline's capitals or a label before such a figure name nothing.
  if (a.word || a.scale !== undefined || (a.end - a.start > 4 && text.slice(a.start, a.end).includes(',')))
    return false;
  // "Boeing 737-800", "Airbus 320-200": a variant's number glued by a hyphen to its model's names it as the model's does.
  const modelNumber = VARIANT_AFTER_MODEL.exec(before(text, a.start, 12));
  if (
    modelNumber &&
    isInsideName(text, {
      ...a,
      start: a.start - modelNumber[0].length,
      end: a.start - 1,
      value: Number(modelNumber[1]),
    })
  )
    return true;
  const name = nameBefore(text, a.start)?.toLowerCase();
  if (name && !NAME_BEFORE_NUMBER_EXCEPTIONS.has(name) && !MONTH_WORDS.has(name) && !WEEKDAY_WORDS.has(name)) {
    // "won 184 seats, the Conservatives 32, the Liberal Democrats 23 and others 11": a list that goes on
    // counting what its first item counted, the noun left out after each name.
    if (GAPPED_LIST_AFTER.test(text.slice(a.end, a.end + 6)) && isGappedList(before(text, a.start, 160))) return false;
    // "Quad Core 2.0 GHz", "World Championship 100 metres": a unit makes the number a measure, not a name.
    // ... and so does a share told against another: "leads Trump 52-48%", "leading Newsom 31 to 27 percent".
    if (
      /^(?:(?:\s?[-–]|\s+to\s)\s?\d+(?:\.\d+)?)?\s*(?:%|per\s?cent|percent|million|billion|thousand)/i.test(
        text.slice(a.end, a.end + 20),
      )
    )
      return false;
    const unit = suffixAt(text, a.end);
    return unit === null || unit === 'time-reference';
  }
  return false;
}

// An item may name two holders and a verb: "with 24 points, Sanders and Russell score 23, Heinsohn 22".
const GAPPED_ITEMS =
  "(?:(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:and\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4})?(?:\\p{Ll}+\\s+)?\\d[\\d,.]*(?:,\\s+(?:and\\s+)?|\\s+and\\s+))*(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}$";
const GAPPED_LIST_BEFORE = new RegExp(`\\d[\\d,.]*\\s+\\p{Ll}+,\\s+(?:and\\s+)?${GAPPED_ITEMS}`, 'u');
// "with nine recalls ahead of Mitsubishi 8, Nissan 6": a ranking told on from a count, in digits or in words.
const RANKED_LIST_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d])(\\d[\\d,.]*|\\p{L}+)\\s+\\p{Ll}+,?\\s+(?:${spacedAlternatives(GAPPED_LIST_LEADS)})\\s+${GAPPED_ITEMS}`,
  'u',
);
const isGappedList = (lead: string) => {
  if (GAPPED_LIST_BEFORE.test(lead)) return true;
  const first = RANKED_LIST_BEFORE.exec(lead)?.[1];
  return first !== undefined && (isDigit(first[0]!) || isNumberWord(first));
};
const GAPPED_LIST_AFTER = /^\s*(?:[,;.]|and\b)/;

// "3-1", "52-48", "9-11": a score, a tally or a code, never a range (a range rises: "18-25").
// "leads 49-48 percent": a share against a share, two claims, not a score.
const SHARES_AFTER = /^(?: ?[-–]\d+)?\s*(?:%|percent|per cent)/i;
function isScore(text: string, a: Atom): boolean {
  const spaced = text[a.end] === ' ' && text[a.end + 1] === '-';
  if (a.word || !(DASHES.includes(text[a.start - 1] ?? ' ') || DASHES.includes(text[a.end] ?? ' ') || spaced))
    return false;
  // Scores are whole numbers: "1.5-2°C" is a range. "3 -6": a pair set with a stray space before its hyphen.
  const around =
    /(?<!\d|\d\.)(\d+) ?[-–](\d+)$/.exec(text.slice(Math.max(0, a.start - 7), a.end)) ??
    /^(\d+) ?[-–](\d+)(?!\d|\.\d)/.exec(text.slice(a.start, a.end + 7));
  if (around === null || /[-–]\d+[-–]/.test(text.slice(Math.max(0, a.start - 6), a.end + 6))) return false;
  if (Number(around[2]) <= Number(around[1])) return !SHARES_AFTER.test(text.slice(a.end, a.end + 24));
  // A rising pair is a range unless a result is named around it: "to make it 1-4", "a 1-4 defeat".
  const first = DASHES.includes(text[a.start - 1]!) ? a.end - around[0].length : a.start;
  const last = first + around[0].length;
  if (SCORE_AFTER.test(text.slice(last, last + 16))) return true;
  // "beat her 3-6, 6-2, 6-3": a rising pair next to a falling one, set off by a comma, is one of a match's sets;
  // bands ("18-24, 25-34") all rise.
  const next = PAIR_NEXT.exec(text.slice(last, last + 12));
  const previous = PAIR_PREVIOUS.exec(before(text, first, 12));
  if ([next, previous].some((p) => p !== null && Number(p[1]) > Number(p[2]))) return true;
  // "Dwon Odom led Georgia State (4-6)", "Texas (10-2, 6-1 Big 12)": a team's win-loss record in brackets after its
  // name; a range there would name what it measures.
  if (text[first - 1] === '(' && isOneOf(text[last] ?? '', '),') && NAME_BEFORE_BRACKET.test(before(text, first, 24)))
    return true;
  // "Middlesbrough 0-2 Huddersfield Town": a line of results, a score between the two sides' names.
  if (text[last] === ' ' && RESULT_LINE.test(lineAround(text, a))) return true;
  return SCORE_BEFORE.test(before(text, first, 16)) && suffixAt(text, last) === null;
}

// "a decisive score of 106 to 94": a score told with "to", named before its two whole numbers. As with a hyphen,
// the pair falls: a rising one after "score of" is a band of ratings ("a score of 8 to 9 out of 10").
const NAMED_SCORE = new RegExp(
  `\\b(?:${spacedAlternatives(SCORE_NAMED_BEFORE)})\\s+(\\d+)\\s+to\\s+(\\d+)(?![\\d.,]\\d)`,
  'gid',
);
function isNamedScore(text: string, a: Atom): boolean {
  if (a.word || !Number.isInteger(a.value)) return false;
  // Within a window around the figure: the phrase, the two numbers and "to" fit in it.
  const from = Math.max(0, a.start - 36);
  for (const m of matchesOf(NAMED_SCORE, text.slice(from, a.end + 12))) {
    const [first, second] = [from + m.indices![1]![0], from + m.indices![2]![0]];
    if (a.start === first || a.start === second) return Number(m[1]) >= Number(m[2]);
  }
  return false;
}

// "a .500 record", "up to .500 on the season": a team's winning percentage, told as its record is.
const WIN_PERCENTAGE = new RegExp(`^\\s+(?:${spacedAlternatives(WIN_PERCENTAGE_AFTER)})\\b`, 'i');
const isWinPercentage = (text: string, a: Atom) =>
  text[a.start] === '.' && a.end - a.start === 4 && WIN_PERCENTAGE.test(text.slice(a.end, a.end + 16));

const PAIR_NEXT = /^,\s(\d{1,3}) ?[-–](\d{1,3})(?![\d.])/;
const PAIR_PREVIOUS = /(?<![\d.])(\d{1,3}) ?[-–](\d{1,3}),\s$/;
const RESULT_LINE =
  /^\s*\p{Lu}[\p{L}.'’&]*(?: \p{Lu}[\p{L}.'’&]*){0,3} \d{1,2}[-–]\d{1,2} \p{Lu}[\p{L}.'’&]*(?: \p{Lu}[\p{L}.'’&]*){0,3}\s*$/u;
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{L}.'’&]*\s\($/u;
const SCORE_BEFORE = new RegExp(`\\b(?:${spacedAlternatives(SCORE_WORDS_BEFORE)})\\s+$`, 'i');
const SCORE_AFTER = new RegExp(`^\\s+(?:${alternatives(SCORE_NOUNS_AFTER)})\\b`, 'i');

// "a 1,500-year-old temple", "the tree is 300 years old": the age of a thing is a claim (a duration); a
// person's age says who, not how many, and is left out.
// Unknown nouns stay ages of people: a false highlight costs more than a missed age.
const AGED_WORDS = /^[\s-]*(?:years?|yrs?)[\s-]*old\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;
const AGED_THING_WORDS = new Set(AGED_THINGS.map((t) => t.word));
// "a 15-year-old Boeing 737-800 jet", "a 40-year-old Soviet reactor": a make, a name or a model number (capitalised or
// with a digit, up to three) may come before the thing, which must then end the phrase: a function word, a verb in
// -ing or -ed or a mark after it ("a 20-year-old Ford F-150 truck driver" is the driver's age).
const AGED_AFTER_NAMES =
  /^[\s-]*(?:years?|yrs?)[\s-]*old(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|[\p{L}-]*\d[\p{L}\d-]*)){1,3}\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
function isThingAged(text: string, end: number): boolean {
  const rest = text.slice(end, end + 60);
  const m = AGED_WORDS.exec(rest);
  if (!m) return false;
  // "a 1,500-year-old Byzantine church": the thing may come after one describing word.
  if ([m[1], m[2]].some((w) => w !== undefined && AGED_THING_WORDS.has(singular(w)))) return true;
  const named = AGED_AFTER_NAMES.exec(rest);
  const next = named?.[2];
  return (
    named !== null &&
    AGED_THING_WORDS.has(singular(named[1]!)) &&
    (next === undefined || FUNCTION_WORDS.has(next) || /.{3}(?:ing|ed)$/.test(next))
  );
}

// "a six-month-old baby": an infant's age in months, weeks or days, told before a person.
const YOUNG_AGE_AFTER = /^[\s-]*(?:months?|weeks?|days?)[\s-]*old\s+(\p{L}+)/iu;
const isInfantAge = (text: string, end: number) => {
  const m = YOUNG_AGE_AFTER.exec(text.slice(end, end + 30));
  const noun = m ? singular(m[1]!.toLowerCase()) : '';
  return m !== null && (PERSON_NOUNS.has(noun) || GROUP_NOUNS.has(noun) || INFANT_NOUNS.has(noun));
};
const INFANT_NOUNS = new Set(['son', 'daughter', 'newborn', 'baby', 'infant', 'toddler']);

// "Age: 18" opening a line of a factbox: a person's age under its label ("Average age: 34" tells a group).
const AGE_LABEL = /(?:^|\n)[ \t]*age:\s*$/i;

function isAge(text: string, a: Atom): boolean {
  const lead = before(text, a.start, 28);
  if (text[a.start - 2] === ':' && AGE_LABEL.test(lead)) return true;
  // Every age pattern before a figure ends in one of these words or a dash: other figures skip them.
  const last = wordBefore(text, a.start)?.word.toLowerCase();
  if (
    (last !== undefined ? AGE_LAST_WORDS.has(last) : /[-–]\s*$/.test(lead)) &&
    (AGE_BAND_END.test(lead) || AGE_BEFORE.test(lead))
  )
    return true;
  if (
    !a.word &&
    isOneOf(charAfterSpaces(text, a.end), 'tT-–aAoO') &&
    AGE_BAND_AFTER.test(text.slice(a.end, a.end + 12)) &&
    AGE_BAND_NOUN_BEFORE.test(lead)
  )
    return true;
  if (!a.word && a.value >= 10 && a.value < 100 && Number.isInteger(a.value)) {
    if (BAND_NAMED_AFTER.test(text.slice(a.end, a.end + 24))) return true;
    if (/\d{2}\s*[-–]\s*$/.test(lead) && BAND_END_NAMED_AFTER.test(text.slice(a.end, a.end + 16))) return true;
  }
  // Both patterns after the figure are tried only where their first word can start.
  if (isSpaceAt(text, a.end) && OF_AGE_AFTER.test(text.slice(a.end, a.end + 20))) return true;
  if (isOneOf(charAfterSpacesAndHyphens(text, a.end), 'yY') && AGE_AFTER.test(text.slice(a.end, a.end + 14)))
    return a.value <= OLDEST_PERSON_AGE && !isThingAged(text, a.end);
  if (text[a.end] === '-' && isInfantAge(text, a.end)) return true;
  // "she turned 30": an age.
  if (
    !a.word &&
    Number.isInteger(a.value) &&
    a.value < 120 &&
    text[a.end] !== '%' &&
    TURNED_BEFORE.test(before(text, a.start, 10))
  )
    return true;
  if (!a.word && Number.isInteger(a.value) && a.value < 120) {
    const endsClause = AGE_CLAUSE_END.test(text.slice(a.end, a.end + 16));
    // "Ron Hayter, who was 81, died", "He was 86.": told by a person and "be", the number ending its clause.
    if (AGE_CLAUSE_BEFORE.test(lead) && endsClause) return true;
    // "he died at 85.", "began smoking at 17 and quit at 40": a life event or a habit and the age it came at.
    if (AGE_AT_BEFORE.test(lead) && (endsClause || /^\s+and\b/.test(text.slice(a.end, a.end + 5)))) return true;
  }
  // "Mia Shem, 21, was ...", "Betty Bullock, 64 at the time,": a number between commas right after a name.
  return (
    !a.word && a.value < 120 && AFTER_NAMED_AGE.test(text.slice(a.end, a.end + 24)) && /[A-Z][\p{L}]+,\s$/u.test(lead)
  );
}
const AGE_CLAUSE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${spacedAlternatives(AGE_CLAUSE_LEADS)})\\s+$`, 'iu');
const AGE_AT_BEFORE = new RegExp(
  `\\b(?:(?:${alternatives(AGE_AT_EVENTS)})|(?:${alternatives(AGE_AT_HABITS)})\\s+\\p{Ll}+ing)\\s+at\\s+$`,
  'iu',
);
const AGE_TIME = spacedAlternatives(AGE_TIME_AFTER);
const AGE_CLAUSE_END = new RegExp(`^\\s*(?:[,.;)]|$|\\s(?:when|${AGE_TIME})\\b)`, 'i');
const AFTER_NAMED_AGE = new RegExp(`^\\s*(?:[,)]|\\s(?:${AGE_TIME})\\b)`, 'i');

// "2 min read", "5-minute read", "Listen to this article 5 min": how long a page takes to read or hear.
const READING_TIME = /^[\s-]?(?:min|mins|minutes?)\s+read\b/i;
const LISTENING_TIME = /^[\s-]?(?:min|mins|minutes?)\s*$/im;
const LISTEN_BEFORE = /\b(?:listen|read)\b[^.\n]{0,30}$/i;
// Both patterns need an "m" within the few characters after the figure (a line of the window may start one).
const isReadingTime = (text: string, a: Atom) => {
  const after = text.slice(a.end, a.end + 16);
  if (!after.includes('m') && !after.includes('M')) return false;
  return (
    READING_TIME.test(after) || (LISTENING_TIME.test(after.slice(0, 9)) && LISTEN_BEFORE.test(before(text, a.start)))
  );
};
// "Photo 1 of 12", "Page 2 of 5": the count of a gallery or a document's pages, after its section word.
const PAGED_BEFORE = /\b(?:Photo|Image|Picture|Slide|Page|Step|Part|Episode|Chapter)\s+\d+\s+of\s+$/;
// "Comments (87)", "Replies (3)": a page's counters.
const COUNTER_BEFORE = /\b(?:Comments?|Replies|Reviews|Likes|Shares|Views|Reactions)\s*\(\s*$/i;
// "This story has been viewed 6684 times": a page's own counter of readers.
const VIEWED_BEFORE = /\b(?:story|article|page|post|entry)\s+has\s+been\s+(?:viewed|read|shared)\s+$/i;
// "1 / 5" alone on a line: a gallery's counter.
const GALLERY_COUNTER = /^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/;
// "1. Finland", "2) Norway" at the start of a line: the number of a list's item.
const LIST_MARKER_AFTER = /^[.)]\s+\p{Lu}/u;
const itemBefore = (lead: string, n: number) => {
  const at = lead.lastIndexOf(`${n}.`);
  return (
    at >= 0 && (at === 0 || /[\s:]/.test(lead[at - 1]!)) && /^\s+\p{Lu}/u.test(lead.slice(at + String(n).length + 1))
  );
};
const lineAround = (text: string, a: Atom) => {
  const from = text.lastIndexOf('\n', a.start) + 1;
  const to = text.indexOf('\n', a.end);
  return text.slice(from, to < 0 ? undefined : to);
};
const isPageChrome = (text: string, a: Atom) => {
  const lead = before(text, a.start, 40);
  if (!a.word && (text[a.end] === '.' || text[a.end] === ')') && LIST_MARKER_AFTER.test(text.slice(a.end, a.end + 4))) {
    const from = text.lastIndexOf('\n', a.start) + 1;
    if (/^\s*$/.test(text.slice(from, a.start)) || /:\s+$/.test(lead)) return true;
    // "1. Singapore 2. Zurich": the next item of a list run into one line.
    if (Number.isInteger(a.value) && a.value > 1 && itemBefore(before(text, a.start, 60), a.value - 1)) return true;
  }
  if (text.slice(Math.max(0, a.start - 4), a.end + 4).includes('/') && GALLERY_COUNTER.test(lineAround(text, a)))
    return true;
  return (
    (lead.endsWith(' of ') && PAGED_BEFORE.test(lead)) ||
    (lead.endsWith('(') && COUNTER_BEFORE.test(lead)) ||
    (isSpaceAt(text, a.end) && /^\s+times\b/.test(text.slice(a.end, a.end + 7)) && VIEWED_BEFORE.test(lead))
  );
};

// "struck after 16 and 28 minutes": the minutes of a match a goal came after, the figures of a list before the unit.
const GOAL_AFTER_BEFORE = new RegExp(
  `\\b(?:${alternatives(GOAL_VERBS)})\\s+(?:again\\s+)?after\\s+(?:\\d{1,3}(?:\\s*,\\s*|\\s+and\\s+))*$`,
  'i',
);
const MINUTES_AFTER_LIST = /^(?:(?:\s*,\s*|\s+and\s+)\d{1,3})*\s+minutes?\b/i;
const isGoalMinute = (text: string, a: Atom) =>
  !a.word &&
  a.value <= 130 &&
  MINUTES_AFTER_LIST.test(text.slice(a.end, a.end + 30)) &&
  GOAL_AFTER_BEFORE.test(before(text, a.start, 40));

// "22'" is a match minute; "the 800 block of Main Street" an address.
const MINUTE_MARK = /^['’](?![\p{L}\d])/u;
const BLOCK_OF = /^\s+block\s+of\b/i;
const isMinuteOrBlock = (text: string, a: Atom) =>
  (!a.word && a.value <= 130 && MINUTE_MARK.test(text.slice(a.end, a.end + 2))) ||
  isGoalMinute(text, a) ||
  (text[a.end] === ' ' && BLOCK_OF.test(text.slice(a.end, a.end + 10)));

const IDIOM = new RegExp(
  `(?:^|[^\\p{L}])(${IDIOMS.map((i) => escapeRegExp(i.phrase).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'giu',
);
/**
 * For each word of the set phrases, the other words of the phrases that hold it, the longest first: a window
 * around a number word that holds none of them holds no set phrase, and the pattern is not tried there.
 */
const IDIOM_PARTNERS = new Map<string, string[]>();
for (const { phrase } of IDIOMS) {
  const parts = phrase.split(/[\s-]/);
  const longest = [...parts].sort((x, y) => y.length - x.length);
  for (const word of parts) {
    const other = longest.find((w) => w !== word) ?? word;
    const partners = IDIOM_PARTNERS.get(word) ?? [];
    if (!partners.includes(other)) partners.push(other);
    IDIOM_PARTNERS.set(word, partners);
  }
}
// "3-pointers", "a 4-wheeler": the set compounds of a number word and a word ("three-pointers"), written with
// the number's digit.
const DIGIT_COMPOUNDS = new Set(
  IDIOMS.flatMap(({ phrase }) => {
    const m = /^(\p{L}+)(-\p{L}[\p{L}-]*)$/u.exec(phrase);
    const value = m ? numberWordsValue([m[1]!]) : null;
    return value === null ? [] : [`${value}${m![2]!}`];
  }),
);
const HYPHENED_WORD = /^-\p{L}[\p{L}-]*/u;

// "shot 4-of-13 from three", "3-5 from two": after a tally, the line the shots were taken from, named by its worth.
const LINE_AFTER_TALLY = new RegExp(`\\d-(?:(?:${alternatives(TALLY_JOINS)})-)?\\d+\\s+(?:from|beyond)\\s+$`);
const TALLY_LINE_WORDS = new Set(TALLY_LINES.map((l) => l.word));

/** A number word inside a set phrase: "two birds with one stone", "think twice"; a set compound in digits: "3-pointers". */
function isIdiom(text: string, a: Atom): boolean {
  if (
    a.word &&
    TALLY_LINE_WORDS.has(text.slice(a.start, a.end).toLowerCase()) &&
    LINE_AFTER_TALLY.test(before(text, a.start, 24))
  )
    return true;
  if (!a.word) {
    const compound = text[a.end] === '-' ? HYPHENED_WORD.exec(text.slice(a.end, a.end + 24)) : null;
    return compound !== null && DIGIT_COMPOUNDS.has(`${a.value}${compound[0].toLowerCase()}`);
  }
  const partners = a.word
    ? IDIOM_PARTNERS.get(text.slice(a.start, a.end).toLowerCase().split(/\s+/).pop()!)
    : undefined;
  if (!partners) return false;
  const from = Math.max(0, a.start - 32);
  const around = text.slice(from, a.end + 32);
  const lower = around.toLowerCase();
  if (!partners.some((w) => lower.includes(w))) return false;
  for (const m of matchesOf(IDIOM, around)) {
    const start = from + m.index + m[0].length - m[1]!.length;
    if (start <= a.start && start + m[1]!.length >= a.end) return true;
  }
  return false;
}

// "(+1: 166k)": a channel's timeshift service, "+1" for an hour later, in ratings reports.
// "401 F.3d 53", "490 U.S. 435", "18 U.S.C. § 371", "Secs. 371, 1341, and 2": a law report's volume and page, a
// code's title and section. "5 U.S. soldiers" is no citation: a page, a section sign or its number must follow.
const LAW_REPORT = LAW_REPORTS.map((r) => escapeRegExp(r.word).replace(/ /g, '\\s*'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const SECTION_SIGN = SECTION_SIGNS.map((s) => escapeRegExp(s.word)).join('|');
const LAW_VOLUME_AFTER = new RegExp(`^\\s+(?:${LAW_REPORT})\\s*(?:\\d|${SECTION_SIGN})`);
const LAW_PAGE_BEFORE = new RegExp(`\\d\\s+(?:${LAW_REPORT})\\s*$`);
const SECTION_BEFORE = new RegExp(`(?:${SECTION_SIGN})\\s*(?:\\d[\\w().-]*,?\\s+(?:and\\s+|or\\s+)?)*$`);
// "s 3(1)", "Sections 2 and 33(1)(a)": a section of a law with its subsection in brackets glued to it, after a word
// naming a part of a law; both numbers name where.
const SUBSECTION_AFTER = /^\(\w{1,3}\)/;
const SUBSECTION_LEAD = new RegExp(
  `\\b(?:${SUBSECTION_LEADS.map((s) => s.word).join('|')})\\.?\\s+(?:\\d[\\w()]*,?\\s+(?:and\\s+|or\\s+)?)*$`,
  'i',
);
const isSectionWithSubsection = (text: string, a: Atom) => {
  const subsection = text[a.start - 1] === '(' && text[a.end] === ')' && /[\d)]/.test(text[a.start - 2] ?? '');
  if (!subsection && (text[a.end] !== '(' || !SUBSECTION_AFTER.test(text.slice(a.end, a.end + 5)))) return false;
  // The section's own number, back to where it starts.
  let start = a.start;
  while (start > 0 && /[\w()]/.test(text[start - 1]!)) start--;
  return SUBSECTION_LEAD.test(before(text, start, 40));
};
// Each pattern is tried only where the text can hold it: white space after the figure, a report's last character
// before it, a section sign in the lead.
const LAW_REPORT_ENDS = lastCharsOf(LAW_REPORTS.map((r) => r.word));
const hasSectionSign = (lead: string) => SECTION_SIGNS.some((s) => lead.includes(s.word));
const isLawCitation = (text: string, a: Atom) => {
  if (a.word) return false;
  if (isSpaceAt(text, a.end) && LAW_VOLUME_AFTER.test(text.slice(a.end, a.end + 16))) return true;
  if (LAW_REPORT_ENDS.has(charBeforeSpaces(text, a.start)) && LAW_PAGE_BEFORE.test(before(text, a.start, 24)))
    return true;
  const lead = before(text, a.start, 60);
  return (hasSectionSign(lead) && SECTION_BEFORE.test(lead)) || isSectionWithSubsection(text, a);
};

const isTimeshift = (text: string, a: Atom) =>
  a.value === 1 && text[a.start - 1] === '+' && text[a.end] === ':' && !isDigit(text[a.end + 1] ?? '');

// "4K video", "a 2K resolution": a picture format, not four thousand of anything.
// ... or beside another format: "between 4K and 1080p", "8K or 4K".
const FORMAT_AFTER = new RegExp(
  `^\\s+(?:${FORMAT_NOUNS.map((f) => f.word).join('|')})\\b|^,?\\s+(?:and|or|to|vs\\.?)\\s+\\d{1,4}[pK]\\b`,
  'i',
);
const isPictureFormat = (text: string, a: Atom) =>
  text[a.end - 1] === 'K' &&
  a.value <= 16000 &&
  a.end - a.start <= 3 &&
  FORMAT_AFTER.test(text.slice(a.end, a.end + 14));

// "per 40-foot container", "a 40ft box", "a 40′ general-purpose container": a length in feet naming a container's
// class, up to two words between it and the noun.
const CLASS_LENGTH_AFTER = new RegExp(
  `^(?:-foot|-ft|\\s?ft|′)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternatives(CLASSED_BY_LENGTH)})\\b`,
  'iu',
);
// The pattern is tried only where a foot's mark can start.
const isClassLength = (text: string, a: Atom) =>
  !a.word &&
  (isOneOf(text[a.end] ?? '', '-′fF') || (isSpaceAt(text, a.end) && isOneOf(text[a.end + 1] ?? '', 'fF'))) &&
  CLASS_LENGTH_AFTER.test(text.slice(a.end, a.end + 40));

// "methods.(1)", "founded in 1990.[2]": a footnote mark glued to the text it annotates, as copied pages keep them.
function isFootnoteMark(text: string, a: Atom): boolean {
  const open = text[a.start - 1];
  return (
    !a.word &&
    (open === '[' || open === '(') &&
    text[a.end] === (open === '[' ? ']' : ')') &&
    a.end - a.start <= 3 &&
    /[\p{L}\p{P}]/u.test(text[a.start - 2] ?? ' ')
  );
}

// "the first three quarters of 2016", "three quarters of the year": quarters and halves of a year are a period.
const PART_OF_YEAR =
  /^(?:[\s-]+(?:quarters?|halves))?\s+of\s+(?:(?:1[89]|20)\d\d\b|(?:the|this|last|next)\s+(?:fiscal\s+|financial\s+)?year\b(?!['’]))/i;
// "less than half of 2023 levels": a year that dates a measure after it is no period; the fraction is a share of it.
const DATED_AFTER_YEAR = new RegExp(`^\\s+of\\s+\\d{4}\\s+(?:${alternatives(DATED_PLURALS)})\\b`, 'i');
const isPartOfYear = (text: string, a: Atom): boolean =>
  a.word &&
  PART_OF_YEAR.test(text.slice(a.end, a.end + 40)) &&
  !DATED_AFTER_YEAR.test(text.slice(a.end, a.end + 40)) &&
  (a.fraction === true || /^[\s-]+(?:quarter|halves)/i.test(text.slice(a.end, a.end + 10)));

const SCALE = alternatives(SCALE_NOUNS);
// "a scale of 1 to 10", "a 0-10 scale", "from 1 to 5 on the Saffir-Simpson scale": a range with the scale named
// before it or within three words after it. Both ends are marks of the scale. Named after it, the range starts at
// 0 or 1; named before it, anywhere ("on a scale of 300 to 850", as credit scores run).
const SCALE_RANGE = new RegExp(
  `(\\b(?:${SCALE})\\s+(?:of|from)\\s+)?\\b(\\d{1,4})\\s*(?:to|-|–)\\s*(\\d{1,4})\\b(?!\\.\\d)(\\s*(?:[\\p{L}'’-]+\\s+){0,3}(?:${SCALE})\\b)?`,
  'giu',
);
const SCALE_REACH = 20;

function isScaleMark(text: string, a: Atom): boolean {
  if (a.word || a.value > 9999) return false;
  const from = Math.max(0, a.start - SCALE_REACH - 12);
  const near = text.slice(from, a.end + 50);
  if (!/scale/i.test(near)) return false;
  for (const m of matchesOf(SCALE_RANGE, near)) {
    if (!m[1] && (!m[4] || Number(m[2]) > 1)) continue;
    const low = from + m.index + (m[1]?.length ?? 0);
    const high = from + m.index + m[0].length - (m[4]?.length ?? 0);
    if (a.start >= low && a.end <= high) return true;
  }
  return false;
}

// "a 500-54-6 record", "a 4-4-2 formation", "15-9-12 fertilizer": three numbers or more hyphened together are a
// record, a formation or a grade; a range or a score joins two.
const HYPHEN_CHAIN = /(?<![\d.,])\d{1,4}(?:[-–]\d{1,4}){2,}(?![\d.,]|[-–]\d)/g;
function isInHyphenChain(text: string, a: Atom): boolean {
  if (a.word || !(DASHES.includes(text[a.start - 1] ?? ' ') || DASHES.includes(text[a.end] ?? ' '))) return false;
  const from = Math.max(0, a.start - 15);
  for (const m of matchesOf(HYPHEN_CHAIN, text.slice(from, a.end + 15))) {
    const start = from + m.index;
    if (start <= a.start && start + m[0].length >= a.end) return true;
  }
  return false;
}

export function isNonClaim(text: string, a: Atom): boolean {
  return (
    isFootnoteMark(text, a) ||
    isClassLength(text, a) ||
    isPartOfYear(text, a) ||
    isTimeshift(text, a) ||
    isPictureFormat(text, a) ||
    isIdiom(text, a) ||
    isDate(text, a) ||
    isClockTime(text, a) ||
    isYear(text, a) ||
    isPhoneOrCode(text, a) ||
    isLawCitation(text, a) ||
    isInsideName(text, a) ||
    isNamingOrEra(text, a) ||
    isAge(text, a) ||
    isScore(text, a) ||
    isNamedScore(text, a) ||
    isWinPercentage(text, a) ||
    isInHyphenChain(text, a) ||
    isReadingTime(text, a) ||
    isPageChrome(text, a) ||
    isMinuteOrBlock(text, a) ||
    isScaleMark(text, a)
  );
}
