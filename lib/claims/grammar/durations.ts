import { phrases, words } from './entries';

/**
 * Time units, with their length in days (so "six weeks" compares with "42 days"), and how news writes
 * them without a number: "a week-long strike" (`long`), "for a fortnight" (`article`). The word scan
 * (lib/claims/figure-words.ts), the reading of durations and the page's figure hint are made from this.
 */
export interface DurationUnit {
  word: string;
  days: number;
  /** "month-long": the unit alone says one of it. */
  long?: boolean;
  /** "for a year": the article is the number. */
  article?: boolean;
  /** A plural not made by adding -s. */
  plural?: string;
  /** Abbreviations, written with or without a space: "9.81sec", "43.03secs", "90 mins". */
  abbreviations?: string[];
  reason: string;
}

export const DURATION_TABLE: DurationUnit[] = [
  { word: 'second', days: 1 / 86400, abbreviations: ['sec', 'secs'], reason: 'a unit of time' },
  { word: 'minute', days: 1 / 1440, abbreviations: ['min', 'mins'], reason: 'a unit of time' },
  {
    word: 'hour',
    days: 1 / 24,
    long: true,
    article: true,
    abbreviations: ['hr', 'hrs'],
    reason: '"an hour-long meeting", "for nearly an hour" (read only after "for", "lasted", a bound...)',
  },
  {
    word: 'day',
    days: 1,
    long: true,
    article: true,
    reason: '"a day-long strike", "lasts for over a day"; "a day" alone is mostly a rate, read only after a lead word',
  },
  { word: 'night', days: 1, reason: 'hotel stays and curfews count nights' },
  {
    word: 'week',
    days: 7,
    long: true,
    article: true,
    abbreviations: ['wk', 'wks'],
    reason: '"week-long", "for a week"',
  },
  { word: 'fortnight', days: 14, long: true, article: true, reason: 'British for two weeks' },
  {
    word: 'month',
    days: 365.25 / 12,
    long: true,
    article: true,
    reason: '"month-long", "for a month"; a twelfth of the year, so "12 years and six months" is 150 months',
  },
  {
    word: 'year',
    days: 365.25,
    long: true,
    article: true,
    abbreviations: ['yr', 'yrs'],
    reason: '"year-long", "for a year"',
  },
  { word: 'decade', days: 3652.5, long: true, article: true, reason: '"decade-long", "for a decade"' },
  {
    word: 'century',
    days: 36525,
    plural: 'centuries',
    article: true,
    reason:
      'a unit of time; "for a century", "the worst in a century" (read with "a" only after a lead or a bound, so cricket\'s "scored a century" stays unread)',
  },
];

/** Time units: value in days, for comparing "six weeks" with "42 days"; made by each reader when it loads. */
export const durationUnits = (): Record<string, number> =>
  Object.fromEntries(DURATION_TABLE.map((d) => [d.word, d.days]));

/** Words between a figure and its time unit that leave it a length of time: "4 additional years", "five straight days". */
/** "two extra days of talks", "one more day of quiet": a length added to a period, not the period's whole length. */
export const ADDING_DURATION_WORDS = words(
  'says the length is added to a period: "4 additional years", "two more days", "another day"',
  'additional extra further more another',
);

export const DURATION_ADJECTIVES = [
  ...ADDING_DURATION_WORDS,
  ...words(
    'says the length is unbroken, not what it is',
    'consecutive straight successive continuous uninterrupted full long whole',
  ),
  ...words(
    'says how the length was lived, not what it is: "in five amazing weeks", "after two difficult years"',
    'short brief busy hectic difficult hard tough painful tense agonising agonizing amazing incredible remarkable extraordinary wonderful glorious turbulent tumultuous eventful grueling gruelling',
  ),
];

/** After a length of time these make it a point in time: "two years ago", "a 1,500-year-old temple". */
export const TIME_REFERENCES = [
  ...words('a time counted back from now', 'ago old earlier prior'),
  ...words('a time counted from another', 'later'),
  ...phrases('a time counted on from now', 'from now'),
];
/**
 * After a time reference, words that make its length a difference measured against another time, a length again:
 * "30 million years earlier than thought", "two hours later than scheduled".
 */
export const REFERENCE_COMPARED = words('a comparison: the length is how far apart two times are', 'than');

/**
 * After a length of time told after "with", these make it a moment of a count-down: "with 52 seconds left in the
 * quarter", "with two days to go before the vote" place what happened, as "25 minutes in" does.
 */
export const LEFT_WORDS = [
  ...words('what is left of a match or a wait, after "with"', 'left remaining'),
  ...phrases('what is left of a match or a wait, after "with"', 'to go, to play, to spare'),
];

/**
 * After a length of time and before a pause or "with", these make it a moment into something: "just 25
 * minutes in, with goals from...", "two years in, the war has...".
 */
export const INTO_WORDS = words('how far into a match or an event, not how long', 'in into');
/**
 * Parts of a match that "into" before them makes a length a moment of, as the minutes of a match are: "five
 * minutes into the third quarter", "20 seconds into overtime"; "two hours into the flight" stays a length.
 */
export const INTO_PART_WORDS = words('"into" a part of a match: "in" before one measures a length in it', 'into');
/**
 * Before "after" and minutes, verbs of scoring that make the minutes a goal's moment, counted from kick-off, no
 * length: "struck after 16 and 28 minutes", "scored after 12 minutes".
 */
export const GOAL_VERBS = words(
  'a goal, placed by the minutes of the match it came after',
  'scored struck netted headed equalised equalized converted',
);
export const MATCH_PARTS = [
  ...words(
    'a part of a match, which a length into it places a moment of',
    'quarter half period game match round set inning innings overtime bout fight contest',
  ),
  ...words('a quarter, as Australian sport calls it: "four minutes into the final term"', 'term'),
];

/**
 * Before a bare decimal of hundredths ("clocked 9.89", "a time of 9.71"), words that make it a race time in
 * seconds; "in" ("third in 9.84") only where the sentence speaks of a race (RACE_CUES).
 */
export const STOPWATCH_LEADS = [
  ...words('a time taken by a clock', 'clocked clocking timed'),
  ...phrases('a time taken by a clock', 'a time of, time of, timed at'),
];
/** Before "in" and a bare decimal of hundredths, a place in a race, which makes it the time run: "third in 9.84". */
export const RACE_PLACES = words(
  'a place in a race, told before the time it was run in',
  'first second third fourth fifth sixth seventh eighth ninth tenth last won finished',
);
export const RACE_CUES = [
  ...words('a race or its timing', 'race sprint final heat semi-final hurdles seconds sec secs stopwatch'),
  ...phrases('a race or its timing', 'world record, personal best, season’s best, metres, meters'),
  ...words('a race or its timing: "crossed the finish line at 2:25:25"', 'marathon marathons'),
  ...phrases('a race or its timing', 'finish line, finishing line'),
];

/**
 * Words of a sprint, whose times are told to the hundredth: where a sentence has one, a bare decimal of hundredths
 * after "to" or "from" or in brackets is the time run ("dropped it from 9.74 to 9.58", "Gatlin (9.89)").
 */
export const SPRINT_CUES = words(
  'a race run in seconds, timed to the hundredth',
  'metres meters sprint sprinter sprinters hurdles heats dash',
);
export const RACE_TIME_LEADS = words('a time run, told as the level reached or left', 'to from');

/** After "a day", "a week": "a day earlier" says when, so "$5 a day earlier" is no price per day. */
export const WHEN_AFTER_PERIOD = words('the period is a distance in time', 'ago earlier later before after');

/**
 * Before "in a decade", "in a year": a first or a record counted over a span back to now ("for the first
 * time in a decade", "the highest level in a year"), which is a length of time; "in a week" alone may be a
 * deadline ahead, and is left out.
 */
export const SPAN_FIRSTS = [
  ...words('the first time something happens over a span', 'first'),
  ...words(
    'a record over a span',
    'highest lowest biggest largest smallest worst best strongest weakest fastest slowest longest shortest',
  ),
];
