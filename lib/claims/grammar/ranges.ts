import { phrases, words, type Entry } from './entries';

/** What joins the two ends of a range: "10 to 20", "10-20", "between 10 and 20", "two or three". */
export const RANGE_JOINS: Entry[] = [
  // Before the bare hyphen, which would otherwise match first and leave the word unread.
  ...['-', '–'].flatMap((dash) =>
    ['to', 'or'].map((join) => ({
      word: `${dash} ${join}`,
      reason:
        'a hyphen left hanging on the first figure of a compound measure: "a 25- to 30-metre boat", "two- or three-day talks"',
    })),
  ),
  ...['-', '–', '—'].map((word) => ({ word, reason: 'a hyphen or a dash between two figures' })),
  ...words('a word between two figures', 'to and or'),
];

/** "between 10 and 20": only after it is a figure joined by "and" a range's first end. */
export const RANGE_OPENERS = words('opens a range closed by "and"', 'between');

/** "ranging from 28.8 million to $120 million": a range told from its low end, not a change from one figure to another. */
export const RANGE_FROM_OPENERS = [
  ...phrases(
    'a span of values, not a move from one to the other',
    'ranging from, ranged from, range from, ranges from',
  ),
  ...phrases('any value of a span: "determined in anywhere from 1 to 2 months"', 'anywhere from, anything from'),
];
