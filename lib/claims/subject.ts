import { charAfterSpaces, isOneOf } from './chars';
import { captiveRole, describesPart } from './context';
import { durationSubject } from './duration-subject';
import { continuesList, namesAnotherHolder, partOfABareWhole } from './list-items';
import { countedHead } from './head';
import { NOT_NOUNS_WORDNET } from './grammar/not-nouns';
import { namesPeople } from '../compare/people';
import { CHANGE_FROM_REACH, isChangeFrom, type Expression } from './expression';
import { countedThing, isNeverNoun, singular } from './lemma';
import { alternatives, spacedAlternatives, wordSet } from './grammar/entries';
import { MARGIN_NOUNS, PEOPLED_PLACES, VOTE_HOLDERS, WINNING_VERBS } from './grammar/nouns';
import {
  HAVING_ENDINGS,
  JOINED_NOT_COUNTED,
  LEVEL_NOUNS,
  NEEDED_LEVEL_NOUNS,
  PEOPLE_SIZES,
  SAME_THING_BEFORE,
  THRESHOLD_AFTER,
} from './grammar/phrase';
import { ADVERB_QUALIFIED, COUNTED_MEASURES, RATE_ADVERBS, RATE_PERIODS, RATE_SHARES } from './grammar/rates';
import { CURRENCY_SIGN_CLASS, EVENT_NOUNS, FUNCTION_WORDS, GROUP_NOUNS, PERSON_NOUNS, UNIT_SUBJECTS } from './lexicon';
import { nounPhraseBefore, type NounPhrase } from './noun-phrase';
import type { Ratio } from './ratio';
import type { Span } from './sentences';
import type { Claim, Kind } from './types';

/** What a figure counts, and whether it counts it per day, per person...: read from the words around it. */
export interface Subject {
  kind: Kind;
  unit: string;
  /** The counted phrase as written. */
  counted: string;
  lemma: string;
  groups: string[];
  /** "Turkey's inflation": whose it is. */
  owner: string;
  /** The event a noun carries by itself ("45,000 deaths": kill), if any. */
  carried: string | undefined;
  /** Where the counted phrase ends: what happened to it is read from there. */
  phraseEnd: number;
}

/** The figure as the subject reader needs it: its expression, its ratio and the noun phrase right after it. */
export interface FigureReading {
  expr: Expression;
  ratio: Ratio | null;
  after: NounPhrase | null;
  /** The noun phrase of a figure this one is listed with ("16 and 12 seats"), when it has none of its own. */
  shared?: NounPhrase | null;
}

const PER_ADVERB = new Map(RATE_ADVERBS.map((a) => [a.word, a.per]));
const PERIODS = RATE_PERIODS.map((p) => p.word).join('|');
const ADVERBS = RATE_ADVERBS.map((a) => a.word.replace(' ', '\\s+')).join('|');
const NOT_A_RATE_AFTER = '(?!\\s+(?:ago|earlier|later|before|after|or so)\\b)';
// "328 million monthly active users": a rate adverb before a word it qualifies tells of the users, not a rate.
const NOT_QUALIFYING = `(?!\\s+(?:${alternatives(ADVERB_QUALIFIED)})\\b)`;
/** "10 per day", "10 a head", "for each extra day", "daily": a rate right after the counted phrase. */
const RATE_MARKERS = new RegExp(
  `^(?:per|a|an|each|every)\\s+(${PERIODS}|${RATE_SHARES.map((s) => s.word).join('|')})\\b${NOT_A_RATE_AFTER}|^(?:for|in)\\s+(?:each|every)\\s+(?:(?:extra|additional|further|more)\\s+)?(${PERIODS})\\b|^(${ADVERBS})\\b${NOT_QUALIFYING}`,
  'i',
);
// "10 soldiers died each day": the rate may follow the verb.
const VERBS_BEFORE_RATE = /^\s*(?:(?:were|was|are|is|being|been|died|\p{Ll}+ed|\p{Ll}+ing)\s+){0,3}/u;
// Every rate marker holds one of these words: most figures have none nearby, and the verbs are then not read.
const RATE_WORD = new RegExp(
  [...RATE_PERIODS, ...RATE_SHARES, ...RATE_ADVERBS].map((r) => r.word.split(' ').pop()).join('|'),
  'i',
);
// "200 trucks of aid entered Sudan daily": a rate said later in the figure's clause. Not "in a day", "a day later",
// nor how often each counted does a thing ("930,000 attended at least once a week").
// A decimal point or a thousands comma between digits ("from 9.11 million to 8.56 million barrels per day") does not
// end the clause, nor does the point of an abbreviation the counted phrase ended on, a lower-case word after it
// ("1,000 U.S. adults each day").
const RATE_IN_CLAUSE = new RegExp(
  `^(?:[^,;:.—–()]|(?<=\\d)[.,](?=\\d))*?\\b(?:(${RATE_ADVERBS.filter((a) => RATE_PERIODS.some((p) => p.word === a.per))
    .map((a) => a.word)
    .join(
      '|',
    )})${NOT_QUALIFYING}|(?<!\\b(?:in|on|for|within|of|than|over|at|by|from|to|after|before|once|twice|thrice|times)\\s)(?:each|every|per|a)\\s+(${PERIODS}))\\b(?!\\s+(?:ago|earlier|later|before|after|of|or so)\\b)`,
  'i',
);
const ABBREVIATION_END = /^\.(?=\s+\p{Ll})/u;
const SUM_BEFORE_RATE = new RegExp(`${CURRENCY_SIGN_CLASS}\\s?\\d`);
// "a 700,000 barrel-per-day pipeline", "the 300,000-barrel-a-day field": the rate hyphened to the unit, in a compound
// before the noun the phrase goes on to.
const HYPHENED_RATE = new RegExp(`^-(?:per|a|an)-(${PERIODS})\\b`, 'i');

/** The period a count is given per ("day" for "10 a day", "each day", "daily"), or ''. */
const COUNTED_UNITS = wordSet(COUNTED_MEASURES);

function ratePeriod(following: string): string {
  if (!RATE_WORD.test(following)) return '';
  const rate = RATE_MARKERS.exec(following.replace(VERBS_BEFORE_RATE, ''));
  if (rate)
    return (
      PER_ADVERB.get((rate[3] ?? '').toLowerCase().replace(/\s+/, ' ')) ?? (rate[1] ?? rate[2] ?? '').toLowerCase()
    );
  const inClause = RATE_IN_CLAUSE.exec(following.replace(ABBREVIATION_END, ''));
  // "the 4.5 million people on prepayment meters rose £708 to £2,017 a year": a sum between the count and the rate
  // is what the rate is of.
  if (!inClause || SUM_BEFORE_RATE.test(inClause[0])) return '';
  return PER_ADVERB.get((inClause[1] ?? '').toLowerCase()) ?? (inClause[2] ?? '').toLowerCase();
}

const COVERS_ALL = /^,?\s+(?:as well as|along with|together with|plus)\b/i;
const coversAll = (text: string, at: number) =>
  isOneOf(charAfterSpaces(text, text[at] === ',' ? at + 1 : at), 'aAtTpP') && COVERS_ALL.test(text.slice(at, at + 20));

// "by a margin of 6,553 votes", "defeated her rival by 6,553 votes": how much one count beat another by.
const MARGIN_LEAD = new RegExp(
  `\\b(?:${alternatives(MARGIN_NOUNS)})\\s+of\\s+$|\\b(?:${alternatives(WINNING_VERBS)})\\b[^,;.()]{0,50}?\\bby\\s+$`,
  'i',
);

// "well down on the 303", "to Harris's 226"; "with 326 needed": a bare count set against the one just told.
const SAME_THING_LEAD = new RegExp(
  `\\b(?:${spacedAlternatives(SAME_THING_BEFORE)})\\s+(?:the\\s+)?$|\\bto\\s+(?:\\p{L}+\\s+)?\\p{L}+['’]s\\s+$`,
  'iu',
);
const PLACES_OF_PEOPLE = wordSet(PEOPLED_PLACES);
const PEOPLE_OF_PLACE = /^\s+of\s+$/i;
// "a city of nearly 900,000": the people who live there, as "home to about 780,000 people" counts them.
const countsPeopleOf = (text: string, np: NounPhrase, expr: Expression) =>
  expr.kind === 'count' &&
  expr.unit === '' &&
  PLACES_OF_PEOPLE.has(singular(np.head.toLowerCase())) &&
  PEOPLE_OF_PLACE.test(text.slice(np.end, expr.outerStart));

const THRESHOLD = new RegExp(`^\\s+(?:${alternatives(THRESHOLD_AFTER)})\\b`, 'i');

/** A bare count told against the count before it in its sentence counts what that one counts. */
const countsTheSame = (text: string, expr: Expression, previous: Claim): boolean =>
  expr.kind === 'count' &&
  expr.unit === '' &&
  previous.kind === 'count' &&
  previous.quantity.unit === '' &&
  (SAME_THING_LEAD.test(text.slice(Math.max(0, expr.outerStart - 20), expr.outerStart)) ||
    THRESHOLD.test(text.slice(expr.end, expr.end + 12)));

const LEVEL_HEADS = wordSet(LEVEL_NOUNS);
/**
 * "won in 240 seats, falling short of the 272 majority mark": a bare count before a level ("mark", "threshold")
 * with no unit joined to it counts what the count before it in its sentence counts, the level named a sub-group,
 * as "the 272-seat majority" is read.
 */
const levelOfPrevious = (np: NounPhrase, expr: Expression, previous: Claim | undefined, sentence: Span) =>
  !np.level &&
  expr.kind === 'count' &&
  expr.unit === '' &&
  LEVEL_HEADS.has(np.head.toLowerCase()) &&
  previous !== undefined &&
  previous.sentenceStart === sentence.start &&
  previous.kind === 'count' &&
  previous.quantity.unit === '' &&
  previous.quantity.lemma !== '';

const JOINED_ONLY = wordSet(JOINED_NOT_COUNTED);
const SIZES_IN_PEOPLE = wordSet(PEOPLE_SIZES);
// "just over 14% for the new party", "40% for its candidate": a share of the vote given to a contender.
const FOR_A_CONTENDER = new RegExp(
  `^\\s+for\\s+(?:the|its|his|her|their|a)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${alternatives(VOTE_HOLDERS)})s?\\b`,
  'u',
);
// "pronged", "legged", "sided": longer than the noun and its ending, and not a noun in "-eed" ("speed").
const isHavingAdjective = (w: string) =>
  HAVING_ENDINGS.some(({ word: e }) => w.length > e.length + 2 && w.endsWith(e) && !w.endsWith(`e${e}`));
const ALL_LETTERS = /^\p{L}+$/u;
const MARGINS = wordSet([...MARGIN_NOUNS, ...NEEDED_LEVEL_NOUNS]);
/**
 * "the 20-nation euro zone", "a 6,200-seat hall": a bare count joined by a hyphen to a noun before the head counts
 * that noun, not the head it describes, unless the head is a margin ("a 12-seat majority" is how much a party won by)
 * or the noun is people, whose count is the head's size ("a 12-member jury" tells the jury's size).
 */
function countsJoined(np: NounPhrase, expr: Expression): boolean {
  if (np.hyphened !== true || np.level || expr.kind !== 'count' || expr.unit !== '' || np.modifiers.length === 0)
    return false;
  const joined = np.modifiers[0]!;
  const lower = joined.toLowerCase();
  return (
    ALL_LETTERS.test(joined) &&
    !JOINED_ONLY.has(lower) &&
    !isHavingAdjective(lower) &&
    !isNeverNoun(joined) &&
    !PERSON_NOUNS.has(lower) &&
    !GROUP_NOUNS.has(lower) &&
    !MARGINS.has(singular(np.head))
  );
}

/** "revised from 157,000 to 236,000": the new figure of a change counts what the old one counts. */
const isNewFigureOf = (text: string, expr: Expression, previous: Claim): boolean =>
  previous.kind === expr.kind &&
  previous.quantity.unit === expr.unit &&
  /^\s+to\s+$/i.test(text.slice(previous.end, expr.outerStart)) &&
  isChangeFrom(text.slice(Math.max(previous.sentenceStart, previous.start - CHANGE_FROM_REACH), previous.start));

/** "ashore", "inland", "overhead": a phrase of one word WordNet files only as an adjective or an adverb. */
const adverbAlone = (np: NounPhrase): boolean =>
  np.modifiers.length === 0 && NOT_NOUNS_WORDNET.has(np.head.toLowerCase());

/** "14% for the new party", not "14% for the party faithful": the contender ends its noun phrase. */
function givenToAContender(after: string): boolean {
  const m = FOR_A_CONTENDER.exec(after);
  if (!m) return false;
  const next = /^\s*([\p{L}'’-]*)/u.exec(after.slice(m[0].length))![1]!.toLowerCase();
  return next === '' || FUNCTION_WORDS.has(next);
}

/**
 * What a figure counts: a duration's subject ("seven-day strike"), else the noun phrase after the figure
 * (or the ratio's term), else the one before it ("Inflation eased to 3.1%"), else, after "another", what
 * the previous figure of the sentence counted. `previous` is that figure, when the sentence has one.
 */
export function subjectOf(
  text: string,
  { expr, ratio, after: next, shared }: FigureReading,
  sentence: Span,
  previous: Claim | undefined,
): Subject {
  const subject: Subject = {
    kind: ratio ? 'ratio' : expr.kind,
    unit: expr.unit,
    counted: '',
    lemma: '',
    groups: [],
    owner: '',
    carried: undefined,
    phraseEnd: expr.end,
  };
  if (subject.kind === 'duration')
    return { ...subject, ...durationSubject(text, expr.start, expr.end, sentence.start, sentence.end) };
  const read = ratio ? (ratio.per ?? ratio.counted) : next;
  // "brought winds of 165 mph ashore": an adverb after a measure names nothing; what it measures is before it.
  const after = read && subject.kind === 'other' && adverbAlone(read) ? null : read;
  const figure = { kind: subject.kind, unit: expr.unit, start: expr.outerStart, end: expr.end };
  const before =
    after || shared ? null : nounPhraseBefore(text, sentence.start, expr.outerStart, subject.kind === 'count');
  // "40.2% of the vote, while the opposition won 21.8%": the noun before is another holder, not what is counted.
  const holder = !!before && !!previous && namesAnotherHolder(text, previous, figure, sentence.end, before);
  const np = holder ? null : (after ?? shared ?? before);
  if (np) {
    subject.counted = np.text;
    if (after && !ratio) subject.phraseEnd = after.end;
    const { head, modifiers } = countedHead(np.head, np.modifiers, subject.kind);
    Object.assign(subject, countedThing(head, [...modifiers], coversAll(text, np.end), np.narrowedTo));
    // "the 400-seat mark" counts seats, as a sub-group: it may agree with "400 seats", never contradict a tally.
    if (np.level) subject.groups = [...subject.groups, np.level].sort();
    else if (after === np && countsJoined(np, expr)) {
      // What the joined noun counts, with the head it describes as a sub-group, as a level is.
      const joined = countedThing(np.modifiers[0]!, [], false, []);
      [subject.lemma, subject.groups] = [joined.lemma, [...joined.groups, singular(np.head)].sort()];
    } else if (after === np && np.hyphened && SIZES_IN_PEOPLE.has(np.modifiers[0]?.toLowerCase() ?? '')) {
      // "a 22-man crew", "a 5,000-strong crowd": the group's people, the group a sub-group unless it names people.
      const group = singular(head.toLowerCase());
      [subject.lemma, subject.groups] = !group || namesPeople(group) ? [group || 'person', []] : ['person', [group]];
    } else if (after === np && levelOfPrevious(np, expr, previous, sentence)) {
      subject.lemma = previous!.quantity.lemma;
      subject.groups = [singular((np.modifiers.at(-1) ?? np.head).toLowerCase())];
    }
    subject.carried = EVENT_NOUNS[singular(np.head)];
    if (subject.carried) subject.lemma = 'person';
    if (!after && countsPeopleOf(text, np, expr)) [subject.lemma, subject.groups] = ['person', []];
    // The part a sentence describes is a sub-group of the whole it is taken from (a share is one by itself).
    if (subject.kind === 'count' && np.partitive && describesPart(text.slice(np.end, sentence.end)))
      subject.groups = [...subject.groups, 'part'].sort();
  } else if (previous) {
    const listed = continuesList(text, previous, figure, sentence.end);
    if (
      /\b(?:another|other)\s+$/i.test(text.slice(expr.outerStart - 9, expr.outerStart)) ||
      countsTheSame(text, expr, previous) ||
      isNewFigureOf(text, expr, previous) ||
      listed ||
      holder ||
      partOfABareWhole(text, previous, figure)
    )
      ({ counted: subject.counted, lemma: subject.lemma, groups: subject.groups } = previous.quantity);
    // "48 deaths in one town and 23 in another": an item with no verb of its own shares what happened to the first.
    if (listed === 'shared' && previous.quantity.event) subject.carried = previous.quantity.event;
  }
  // "just over 14% for the new party": a contender's share of the vote, with no noun of its own.
  if (subject.kind === 'percent' && !after && givenToAContender(text.slice(expr.end, sentence.end)))
    [subject.lemma, subject.groups] = ['vote', []];
  if (subject.lemma === 'person') subject.lemma = captiveRole(text.slice(expr.end, sentence.end)) || 'person';
  if (!subject.lemma && subject.unit in UNIT_SUBJECTS) subject.lemma = UNIT_SUBJECTS[subject.unit]!;
  // A margin is a difference, never the count it is told in: "won by 6,553 votes" is not 6,553 votes cast.
  if (
    subject.kind === 'count' &&
    MARGIN_LEAD.test(text.slice(Math.max(sentence.start, expr.outerStart - 70), expr.outerStart))
  )
    subject.lemma = 'margin';
  const counted = subject.kind === 'count' || (subject.kind === 'other' && COUNTED_UNITS.has(subject.unit));
  const period = counted
    ? (HYPHENED_RATE.exec(text.slice(expr.end, expr.end + 12))?.[1]?.toLowerCase() ??
      ratePeriod(text.slice(subject.phraseEnd, subject.phraseEnd + 50)))
    : '';
  if (period) {
    // A measure keeps its unit, which says what is counted and converts it.
    if (subject.kind === 'count') subject.unit = `per ${period}`;
    subject.kind = 'rate';
  }
  return subject;
}
