import { wordSet, words as entries } from '../claims/grammar/entries';
import { EVENTS, FUNCTION_WORDS, REPORTING_VERBS } from '../claims/lexicon';
import { singular } from '../claims/lemma';

/**
 * Words that say nothing of what a figure counts, whatever sentence they stand in: units and measures of
 * time, nouns for figures themselves, and words every report of anything uses. Each line says why.
 */
const SAYS_NOTHING = new Set(
  [
    // what a figure is, not what it counts
    'number figure total amount count estimate tally level percent percentage point per cent',
    // time, which the time field weighs
    'year month week day hour minute time today yesterday morning evening night weekend',
    // people as such: the people field weighs nouns for people
    'people person',
    // who speaks, which the attribution carries
    'official officials authority government ministry spokesman spokeswoman spokesperson agency report statement news',
    // verbs and adverbs of any report
    'least least more than about around nearly almost some over under up down just now new latest previous',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Nouns news uses for one another when it names what a figure counts away from it, each mapped to one word of
 * its set: two outlets that name it with either share it. A shared word is weak evidence (same-quantity.ts): the
 * same figure agrees, no other figure relates, so "119,000 jobs" revised and "employment rose by 114,000" stay
 * apart, as they did not when jobs, payrolls and employment were filed as one thing.
 */
const TOLD_ALIKE: { words: string; as: string; reason: string }[] = [
  {
    words: 'job payroll employment',
    as: 'job',
    reason: 'a jobs report\'s count: "government added 17,000 jobs", "public payrolls increased 17,000"',
  },
  {
    words: 'wage earning earnings pay paycheck salary',
    as: 'wage',
    reason: 'what workers are paid: "hourly earnings rose 0.2%", "wages increased 0.2%"',
  },
  {
    words: 'deposit balance',
    as: 'deposit',
    reason: 'money held in a bank: "deposits up to $250,000 are insured", "balances over $250,000 aren\'t covered"',
  },
  {
    words: 'rise raise hike jump surge gain',
    as: 'rise',
    reason:
      'a rate raised has risen: "raised interest rates by a quarter of a point", "the quarter-point increase"; a move up named as a noun the verbs do not cover: "a jump of 461%", "a 262% surge", "a 5% gain"',
  },
  {
    words: 'plunge slump',
    as: 'fall',
    reason: 'a move down named as a noun the verbs do not cover: "a plunge of 60%", "a 20% slump"',
  },
];
const ALIKE = new Map(TOLD_ALIKE.flatMap((t) => t.words.split(' ').map((w) => [w, t.as] as const)));

const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * The words of a figure's part of its sentence that may say what it counts, each singular and lower-cased:
 * when what is counted is named apart from the figure ("Health care added 71,000", "the toll from the
 * floods in Derna has reached 5200"), these are what two outlets share.
 */
export function aboutWords(part: string): Set<string> {
  const words = new Set<string>();
  let previous: { word: string; end: number } | null = null;
  for (const m of part.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    const word = singular(w);
    if (word.length < 3 || FUNCTION_WORDS.has(word) || REPORTING_VERBS.has(word) || SAYS_NOTHING.has(word)) {
      previous = null;
      continue;
    }
    // A compound is written open or closed ("health care", "healthcare"): two words side by side are also one.
    if (previous && /^\s+$/.test(part.slice(previous.end, m.index))) words.add(singular(previous.word + w));
    previous = { word: w, end: m.index + w.length };
    // The forms of one event are one word here: "increased 4.3 percent" and "a 4.3 percent increase"; so are the
    // words of one set of TOLD_ALIKE.
    const said = EVENTS.get(w) ?? word;
    words.add(ALIKE.get(said) ?? said);
  }
  return words;
}

/** Words of a figure's part that say how it moved, not what moved (`aboutWords` gives each move its set's word), with why. */
export const MOVE_WORDS = wordSet(
  entries(
    'a move up or down, as aboutWords names every verb and noun of one ("fell", "a 20% slump"): shares and yields, rates and prices all move',
    'rise fall',
  ),
);

const NAME = /\p{Lu}[\p{L}'’&.-]*/gu;

/**
 * The capitalised words of a figure's part of its sentence, lower-cased, function words and words that say nothing
 * left out ("Nissan slid 7%, Mazda Motor fell nearly 8%": nissan, mazda, motor): the names of what the figure may be
 * said of, a company, an index, a country.
 */
export function namesWritten(part: string): Set<string> {
  const names = new Set<string>();
  for (const m of part.matchAll(NAME)) {
    const w = m[0]
      .replace(/['’.-]+$/, '')
      .replace(/['’]s$/, '')
      .toLowerCase();
    if (w.length < 2 || FUNCTION_WORDS.has(w) || REPORTING_VERBS.has(w) || SAYS_NOTHING.has(w)) continue;
    names.add(w);
  }
  return names;
}

/**
 * Two figures' parts that share only a move ("Nike took a 14% hit" and "Deckers Outdoor lost more than 14%", both
 * falls), each naming by name something the other does not: a day's market news tells many movers' moves, and a move
 * alone says nothing of which moved. A side that names nothing of its own ("The S&P 500 sank 4.8%", whose name no word
 * reads; "a 4.3 percent annual increase") may be the other's mover told without its name.
 */
export function onlyMovesOfNamedOthers(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  na: ReadonlySet<string>,
  nb: ReadonlySet<string>,
): boolean {
  let shared = false;
  for (const w of a) {
    if (!b.has(w)) continue;
    if (!MOVE_WORDS.has(w)) return false;
    shared = true;
  }
  const ownName = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].some((n) => !y.has(n));
  return shared && ownName(na, nb) && ownName(nb, na);
}

/** Whether two sets of words share one. */
export const shareWord = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) return true;
  return false;
};
