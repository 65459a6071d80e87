import { NOT_NOUNS_WORDNET } from './grammar/not-nouns';
import { isDigit, startsWithLetter, startsWithUpper } from './chars';
import { isNumberWord } from './number-words';
import { CALENDAR_WORDS, PERIOD_PARTS } from './grammar/calendar';
import { CHANGE_FROM_VERBS, LEVEL_CHANGES } from './grammar/changes';
import { REPORTED_CLAUSE_OPENERS, SUBJECT_PRONOUNS } from './grammar/clauses';
import { alternatives, wordSet } from './grammar/entries';
import * as PHRASE from './grammar/phrase';
import { RATE_PERIODS } from './grammar/rates';
import {
  CURRENCY_MARKS,
  CURRENCY_WORDS,
  EVENTS,
  FUNCTION_WORDS,
  GENERAL_HEADS,
  GLUED_ONLY_UNITS,
  GROUP_NOUNS,
  MEASURE_UNITS,
  NOT_NOUNS,
  PERSON_NOUNS,
  REPORTING_VERBS,
} from './lexicon';
import { isTimeWord, isVerbAfter, namesChange, namesExpectation, opensUnit } from './head';
import { COPULA_WORDS } from './head-words';
import { isDemonym, singular } from './lemma';
import { namesPeople } from '../compare/people';
import { tokensAfter, tokensBefore, type Token, type Tokens } from './tokens';

export const isWord = (t: Token | undefined): t is Token => t !== undefined && startsWithLetter(t.w);
// The grammar's word lists (grammar/phrase.ts) as sets: each is asked about every word near every figure.
const FIGURE_WORDS_AFTER_OF = wordSet(PHRASE.FIGURE_WORDS_AFTER_OF);
const LEVEL_NOUNS = wordSet(PHRASE.LEVEL_NOUNS);
const NEEDED_LEVEL_NOUNS = wordSet(PHRASE.NEEDED_LEVEL_NOUNS);
const THRESHOLD_AFTER = wordSet(PHRASE.THRESHOLD_AFTER);
const isNumberToken = (t: Token) => isDigit(t.w) || isNumberWord(t.w) || FIGURE_WORDS_AFTER_OF.has(t.lower);
const DETERMINERS = wordSet(PHRASE.DETERMINERS);
const ADDING_WORDS = wordSet(PHRASE.ADDING_WORDS);
const ORDER_WORDS = wordSet(PHRASE.ORDER_WORDS);
const EVENTS_NOT_VERBS = wordSet(PHRASE.EVENTS_NOT_VERBS);
const VERBS_OR_PLURALS = wordSet(PHRASE.VERBS_OR_PLURALS);
const isPlural = (w: string) => singular(w) !== w;
const isPossessive = (w: string) => w.endsWith("'s") || w.endsWith('’s');

const BASIS_PERIODS = wordSet(PHRASE.BASIS_PERIODS);
const RELATIVE_PRONOUNS = wordSet(PHRASE.RELATIVE_PRONOUNS);
const PERIOD_PART_WORDS = wordSet(PERIOD_PARTS);
const TIME_DETERMINERS = wordSet(PHRASE.TIME_DETERMINERS);

/** "year over year", "month on month": the basis of a change, not what it counts. */
function isTimeBasis(toks: Tokens, i: number): boolean {
  const t = toks.at(i)!;
  const link = toks.at(i + 1)?.lower;
  return BASIS_PERIODS.has(t.lower) && (link === 'over' || link === 'on') && toks.at(i + 2)?.lower === t.lower;
}

export interface NounPhrase {
  /** The phrase as written. */
  text: string;
  head: string;
  modifiers: string[];
  start: number;
  end: number;
  /** "1.8 million of Sudan's 45 million people": a share of something larger. */
  partitive: boolean;
  /** "unemployment among young people rose to 12%": who the phrase is narrowed to, after "among" or "for". */
  narrowedTo: string[];
  /** "the 400-seat mark": the level ("mark") the count is to reach, which is not a count reached. */
  level?: string;
  /** "a 6,200-seat hall": the phrase's first word is joined to the figure by a hyphen. */
  hyphened?: boolean;
}

const ING_NOUNS = wordSet(PHRASE.ING_NOUNS);
const ING_HEADS = wordSet(PHRASE.ING_HEADS);

/** An -ing noun ending the phrase as its head: not after a plural (its subject) nor before a determiner (its object). */
const isIngHead = (t: Token, previous: Token | undefined, next: Token | undefined) =>
  ING_HEADS.has(t.lower) &&
  !(previous && isPlural(previous.lower)) &&
  !(next && (DETERMINERS.has(next.lower) || isNumberToken(next)));

function isVerbForm(t: Token): boolean {
  const w = t.lower;
  if (REPORTING_VERBS.has(w) || NOT_NOUNS.has(w)) return true;
  if (startsWithUpper(t.w) || ING_NOUNS.has(w)) return false;
  return (
    ((w.endsWith('ed') || w.endsWith('ing')) && w.length >= 4) ||
    (EVENTS.has(w) && !w.endsWith('s') && !EVENTS_NOT_VERBS.has(w))
  );
}

// Adjectives by their endings ("effective", "annual"): they describe, they are not what is counted.
const ADJECTIVE_ENDINGS = PHRASE.ADJECTIVE_ENDINGS.map((e) => e.word);
const isAdjective = (w: string) => ADJECTIVE_ENDINGS.some((e) => w.endsWith(e));

const PARTICIPLES_AS_NOUNS = wordSet(PHRASE.PARTICIPLES_AS_NOUNS);
const NOUNS_IN_LY = wordSet(PHRASE.NOUNS_IN_LY);

/**
 * Whether a token may join the counted phrase at `index`. `nounSlot`: the phrase follows "of the", where a
 * word that is also a verb is its noun ("52% of the vote", "a third of the return").
 */
function canJoinPhrase(t: Token, index: number, next: Token | undefined, nounSlot = false, afterName = false): boolean {
  const w = t.lower;
  if (!isWord(t) || FUNCTION_WORDS.has(w) || (w.endsWith('ly') && !NOUNS_IN_LY.has(w)) || isTimeWord(w)) return false;
  if (index === 0 && PARTICIPLES_AS_NOUNS.has(w)) return true;
  if (index === 0 && nounSlot && EVENTS.has(w) && !w.endsWith('ed') && !w.endsWith('ing')) return true;
  // "housing stock", "displaced families": a participle may open the phrase when a noun follows it.
  if (
    isVerbForm(t) &&
    !(
      index === 0 &&
      !NOT_NOUNS.has(w) &&
      !REPORTING_VERBS.has(w) &&
      isWord(next) &&
      !FUNCTION_WORDS.has(next.lower) &&
      // "a count of 41 provided Tuesday": a time word after it is when it was done, no noun it opens.
      !isTimeWord(next.lower) &&
      // "three of the four pleaded guilty": an adjective after it makes it the clause's verb.
      !NOT_NOUNS_WORDNET.has(next.lower)
    )
  )
    return false;
  if (isAdjective(w) && !(isWord(next) && !FUNCTION_WORDS.has(next.lower) && !isVerbForm(next))) return false;
  // "stood at 480 late on Tuesday", "rose to 93 late Friday": a part of a day or period, unless a noun follows it.
  if (PERIOD_PART_WORDS.has(w) && !(isWord(next) && !FUNCTION_WORDS.has(next.lower) && !CALENDAR_WORDS.has(next.lower)))
    return false;
  // A capitalised word inside the phrase is a nationality ("Ukrainian prisoners") or goes on a name the
  // phrase opened with ("80 Lok Sabha seats"), not a new subject ("... and Russia").
  return index === 0 || !startsWithUpper(t.w) || isDemonym(t.w) || t.w.includes('-') || afterName;
}

const isLevel = (noun: Token, after: Token | undefined) =>
  LEVEL_NOUNS.has(noun.lower) || (NEEDED_LEVEL_NOUNS.has(noun.lower) && THRESHOLD_AFTER.has(after?.lower ?? ''));

/**
 * Where a name told as whose ends: "of Silicon Valley Bank's deposits" names the bank, whose deposits are
 * counted, as "of its deposits" would. The index of the possessive closing a run of capitalised words from `i`,
 * else `i`.
 */
function nameEnd(toks: Tokens, i: number): number {
  let j = i;
  while (j < i + 4 && isWord(toks.at(j)) && startsWithUpper(toks.at(j)!.w) && !isPossessive(toks.at(j)!.w)) j++;
  return j > i && isWord(toks.at(j)) && startsWithUpper(toks.at(j)!.w) && isPossessive(toks.at(j)!.w) ? j : i;
}

const verbOfPhrase = (t: Token, before: Token, after: Token | undefined): boolean =>
  t.lower.endsWith('s') &&
  isPlural(t.lower) &&
  !isPlural(before.lower) &&
  !startsWithUpper(t.w) &&
  DETERMINERS.has(after?.lower ?? '');

/** The noun phrase a figure counts, read from `from` (just after the figure) to the end of its sentence. */
export function nounPhraseAfter(text: string, from: number, sentenceEnd: number): NounPhrase | null {
  const toks = tokensAfter(text, from, Math.min(sentenceEnd, from + 160));
  let i = 0;
  let partitive = false;
  const hyphened = text[from] === '-' && isWord(toks.at(1)) && toks.at(1)!.start === from + 1;
  // "a 7.8-magnitude earthquake", "a 12-member jury": the word joined by a hyphen describes the thing counted.
  if (hyphened) i++;
  // "50: prisoners the rebels first agreed to free": a box of key numbers names what each counts after a colon.
  else if (text[from] === ':' && isWord(toks.at(1))) i++;
  if (toks.at(i) && ADDING_WORDS.has(toks.at(i)!.lower)) i++;
  if (toks.at(i)?.lower === 'of') {
    partitive = true;
    i++;
    while (
      toks.at(i) &&
      (DETERMINERS.has(toks.at(i)!.lower) ||
        ORDER_WORDS.has(toks.at(i)!.lower) ||
        isPossessive(toks.at(i)!.w) ||
        isNumberToken(toks.at(i)!) ||
        nameEnd(toks, i) > i)
    )
      i = nameEnd(toks, i) + 1;
  }
  const words: Token[] = [];
  // "379 passengers and crew", "40 doctors and nurses": two nouns for people joined, the figure counts both together.
  let together = false;
  while (words.length < 6 && toks.at(i)) {
    const t = toks.at(i)!;
    if (t.lower === 'and' && words.length > 0) {
      // Only groups of people coordinate inside one counted phrase: "women and children", "passengers and crew".
      const next = toks.at(i + 1);
      const w = next?.lower ?? '';
      const both = isWord(next) && namesPeople(singular(words.at(-1)!.lower)) && namesPeople(singular(w));
      if (!next || !(GROUP_NOUNS.has(w) || PERSON_NOUNS.has(w) || isDemonym(next.w) || both)) break;
      together ||= both && !GROUP_NOUNS.has(w) && !isDemonym(next.w);
      i++;
      continue;
    }
    // A name of two words or more opening the phrase ("Lok Sabha seats") names what a lower-case head counts.
    const afterName =
      words.length > 0 &&
      words.every((w) => startsWithUpper(w.w)) &&
      isWord(toks.at(i + 1)) &&
      !startsWithUpper(toks.at(i + 1)!.w);
    const ingHead = isIngHead(t, words[words.length - 1], toks.at(i + 1));
    if (
      !ingHead &&
      (!canJoinPhrase(t, words.length, toks.at(i + 1), partitive, afterName) ||
        isNumberWord(t.w) ||
        isTimeBasis(toks, i))
    )
      break;
    if (words.length > 0 && VERBS_OR_PLURALS.has(t.lower) && isPlural(words[words.length - 1]!.lower)) break;
    // "The 0.25% increase marks a smaller rise": a word in -s after a singular noun and before a determiner is the
    // phrase's verb, not a plural noun ("pay rises for nurses", "job gains" go on otherwise).
    if (words.length > 0 && verbOfPhrase(t, words[words.length - 1]!, toks.at(i + 1))) break;
    words.push(t);
    i++;
  }
  if (words.length === 0) return null;
  // "the 400-seat mark", "the 272-seat majority needed": a level counts what is joined to its figure.
  const level = hyphened && words.length >= 2 && isLevel(words[1]!, toks.at(i)) ? words[1]!.lower : undefined;
  if (level) words.length = 1;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    text: text.slice(first.start, last.end),
    head: together ? 'people' : last.w,
    modifiers: words.slice(0, -1).map((t) => t.w),
    start: first.start,
    end: last.end,
    partitive,
    narrowedTo: [],
    level,
    hyphened,
  };
}

// Not "in late September", "in early trading".
// "$100 million a day in revenue": the period a sum is given per may come before "in".
const IN_LOWER_CASE = new RegExp(
  `(?:\\s+(?:a|an|per|each|every)\\s+(?:${alternatives(RATE_PERIODS)}))?\\s+in\\s+(?!(?:${alternatives(PERIOD_PARTS, PHRASE.TIME_BEFORE_IN)})\\b)(?=\\p{Ll})`,
  'uy',
);

/** "$200 billion in market value", "$5 million in aid", "$1 million a day in revenue": what a sum is, named after "in". */
export function nounPhraseAfterIn(text: string, from: number, sentenceEnd: number): NounPhrase | null {
  IN_LOWER_CASE.lastIndex = from;
  return IN_LOWER_CASE.test(text) ? nounPhraseAfter(text, IN_LOWER_CASE.lastIndex, sentenceEnd) : null;
}

const LINKS = wordSet(PHRASE.LINKS);
const CLAUSE_WORDS = wordSet(PHRASE.CLAUSE_WORDS);
const UNIT_WORDS = wordSet(PHRASE.UNIT_WORDS);
const PLACE_PREPOSITIONS = wordSet(PHRASE.PLACE_PREPOSITIONS);
// "the rate among women", "the figure for under-25s": a part of the whole, as "Iraqi" makes one.
const NARROWING_PREPOSITIONS = wordSet(PHRASE.NARROWING_PREPOSITIONS);

const CHANGE_UNITS = new Set([...wordSet(PHRASE.CHANGE_UNITS), ...Object.keys(CURRENCY_WORDS)]);
const FRACTIONS_OF_A_POINT = wordSet(PHRASE.FRACTIONS_OF_A_POINT);
const LEVEL_CHANGE = wordSet(LEVEL_CHANGES);

/**
 * "rose 3% to", "rose by 0.1 points to", "up 5.7% at": the change told on the way to the figure,
 * read back from `i`; the index of its verb (or of "by" when a noun comes before it), or -1. What the
 * figure counts comes before that.
 */
function changeVerbBefore(toks: Tokens, i: number): number {
  let j = i;
  while (j < i + 3 && CHANGE_UNITS.has(toks.at(j)?.lower ?? '')) j++;
  const amount = toks.at(j)?.lower ?? '';
  if (FRACTIONS_OF_A_POINT.has(amount)) {
    // "by a quarter point", read backwards
    j += toks.at(j + 1)?.lower === 'a' ? 2 : 1;
  } else if (amount === 'a' && toks.at(j + 1)?.lower === 'half') {
    // "by half a percentage point"
    j += 2;
  } else if (
    amount === 'a' &&
    toks.at(j + 1)?.lower === 'of' &&
    FRACTIONS_OF_A_POINT.has(toks.at(j + 2)?.lower ?? '') &&
    toks.at(j + 3)?.lower === 'a'
  ) {
    // "by a quarter of a point", read backwards
    j += 4;
  } else if (amount !== '' && (isDigit(amount) || isNumberWord(amount))) {
    j++;
  } else {
    return -1;
  }
  if (CURRENCY_MARKS.has(toks.at(j)?.w ?? '')) j++;
  const by = toks.at(j)?.lower === 'by';
  if (by) j++;
  const word = toks.at(j)?.lower ?? '';
  if (LEVEL_CHANGE.has(EVENTS.get(word) ?? word)) return j;
  // "raised its key rate by a quarter point to 5.5%": the noun before "by" is what changed.
  return by && isWord(toks.at(j)) && !FUNCTION_WORDS.has(word) ? j - 1 : -1;
}

const CONTAINERS = wordSet(PHRASE.CONTAINERS);
const BASIS_ENDS = wordSet(PHRASE.BASIS_ENDS);
const SKIPPED_BEFORE = wordSet(PHRASE.SKIPPED_BEFORE);
const VALUE_WORDS = wordSet(PHRASE.VALUE_WORDS);

/** "from a year earlier", "from the month before", read backwards from `i`. */
function isBasisBefore(toks: Tokens, i: number): boolean {
  return (
    BASIS_ENDS.has(toks.at(i)?.lower ?? '') &&
    BASIS_PERIODS.has(toks.at(i + 1)?.lower ?? '') &&
    DETERMINERS.has(toks.at(i + 2)?.lower ?? '') &&
    toks.at(i + 3)?.lower === 'from'
  );
}

/** The preposition before the phrase the word at `i` ends: "in Dakar", "in the euro zone", "among young people". */
function prepositionBefore(toks: Tokens, i: number): string {
  let j = i + 1;
  for (let words = 0; words < 2 && isWord(toks.at(j)) && !FUNCTION_WORDS.has(toks.at(j)!.lower); words++) j++;
  if (DETERMINERS.has(toks.at(j)?.lower ?? '')) j++;
  const word = toks.at(j)?.lower ?? '';
  return PLACE_PREPOSITIONS.has(word) || NARROWING_PREPOSITIONS.has(word) ? word : '';
}

const CHANGE_FROM = wordSet(CHANGE_FROM_VERBS);
const PRONOUN_SUBJECTS = wordSet(SUBJECT_PRONOUNS);
const REPORTED_CLAUSE = wordSet(REPORTED_CLAUSE_OPENERS);
// "The payroll gain was revised from 157,000", "revised down from": the old figure of a change, told as its new one is.
const isChangedFrom = (toks: Tokens) =>
  toks.at(0)?.lower === 'from' &&
  (CHANGE_FROM.has(toks.at(1)?.lower ?? '') || CHANGE_FROM.has(toks.at(2)?.lower ?? ''));

/**
 * When nothing after a figure says what it is ("Inflation eased to 3.1%", "revenue of $12.4 million",
 * "the death toll stands at 42"), the noun before it. Counts take it only through a linking word
 * ("of", "is", "reached"), since "... in the afternoon and six more" counts no afternoons.
 */
// A unit read only glued ("50MP", "4.7in") is a word when spaced ("the MP", "in").
const isSpacedUnit = (word: string) => word in MEASURE_UNITS && !GLUED_ONLY_UNITS.has(word);

export function nounPhraseBefore(
  text: string,
  sentenceStart: number,
  figureStart: number,
  counting: boolean,
): NounPhrase | null {
  const toks = tokensBefore(text, Math.max(sentenceStart, figureStart - 120), figureStart);
  if (counting && !(toks.at(0) && LINKS.has(toks.at(0)!.lower)) && !isChangedFrom(toks)) return null;
  let worth = false;
  const narrowedTo: string[] = [];
  // "rose 3% to $189.50", "closed up 2% at 35,500": a level reached after a change.
  const reachedTo = toks.at(0)?.lower === 'to' || toks.at(0)?.lower === 'at';
  for (let i = 0; toks.at(i) && i < 10; i++) {
    if (reachedTo) {
      const verb = changeVerbBefore(toks, i);
      if (verb > 0) {
        i = verb;
        continue;
      }
      // "rose 8.5% from a year earlier to $285 billion": the basis of the change lies between.
      if (isBasisBefore(toks, i)) {
        i += 3;
        continue;
      }
    }
    const t = toks.at(i)!;
    const w = t.lower;
    // "a margin of error of plus or minus 3 points"
    if (w === 'minus' && toks.at(i + 1)?.lower === 'or' && toks.at(i + 2)?.lower === 'plus') {
      i += 2;
      continue;
    }
    // "economists expect it to hold at 3.5%", "the minister said that 83% ...": the noun further back is the
    // subject of another clause, or who reports the figure, not what it counts.
    if (PRONOUN_SUBJECTS.has(w) || (i > 0 && REPORTING_VERBS.has(w) && REPORTED_CLAUSE.has(toks.at(i - 1)!.lower)))
      return null;
    if (VALUE_WORDS.has(w)) worth = true;
    if (!startsWithLetter(t.w)) {
      // "The jobless rate, which stood at 4.1%": the clause is about the noun before its comma.
      if (t.w === ',' && (worth || (i > 0 && RELATIVE_PRONOUNS.has(toks.at(i - 1)!.lower)))) continue;
      return null;
    }
    // "Turnout this year was 66%": a period named between the subject and its verb.
    if (BASIS_PERIODS.has(w) && TIME_DETERMINERS.has(toks.at(i + 1)?.lower ?? '')) {
      i++;
      continue;
    }
    // Another figure or clause lies between: what it counts is not this figure's.
    if (UNIT_WORDS.has(w) || CLAUSE_WORDS.has(w) || isSpacedUnit(singular(w)) || opensUnit(toks, i)) return null;
    // "an immediate 13% raise", "an impressive 645% increase": an adjective right before the figure describes what
    // follows it, and no noun further back is what the figure counts.
    if (i === 0 && NOT_NOUNS_WORDNET.has(w) && DETERMINERS.has(toks.at(1)?.lower ?? '') && !FUNCTION_WORDS.has(w))
      return null;
    // "the government estimate of 2,000", "analyst estimates of $5.59": before "of" and a figure a word of a figure
    // told as expected is that noun, as a verb never is ("estimated at"); countedHead reads what it is of.
    if (i === 1 && toks.at(0)!.lower === 'of' && namesExpectation(w)) return phraseEndingAt(text, toks, i, narrowedTo);
    // "a pay rise of 38%", "a loss of $1.8 billion": before "of" and a sum or a share, an event's noun is what it is.
    if (!counting && i === 1 && toks.at(0)!.lower === 'of' && EVENTS.has(w) && completedNoun(t))
      return phraseEndingAt(text, toks, i, narrowedTo);
    if (
      FUNCTION_WORDS.has(w) ||
      isTimeWord(w) ||
      isVerbForm(t) ||
      EVENTS.has(w) ||
      (w.endsWith('ly') && !NOUNS_IN_LY.has(w)) ||
      SKIPPED_BEFORE.has(w) ||
      (i > 0 && LINKS.has(w))
    )
      continue;
    // "the cost to rebuild, estimated at $6 billion", "plans to raise $2 billion", "the cost to repair the bridge
    // is put at $80 million": a verb after "to", and what it takes, complete the noun before "to".
    const verb = DETERMINERS.has(toks.at(i + 1)?.lower ?? '') ? i + 2 : i + 1;
    // What the verb takes is told of only through a verb before the figure ("is put at"): "to raise rates to
    // 5.5%" moves the rates, which are what the figure is. A verb with a preposition before the figure and none
    // of those states its level as a noun would ("to close at $304.96": the close).
    const completing =
      isVerbAfter(toks, i) && (i === 0 || statedOf(toks, i))
        ? i
        : isWord(toks.at(verb)) && isVerbAfter(toks, verb) && statedOf(toks, i)
          ? verb
          : -1;
    if (completing >= 0) {
      const noun = toks.at(completing + 2);
      if (toks.at(completing + 1)?.lower === 'to' && isWord(noun) && completedNoun(noun))
        return phraseEndingAt(text, toks, completing + 2, narrowedTo);
      if (completing === i) continue;
    }
    // "Prices in Dakar rose 3%", "Inflation in the eurozone slowed to 2.4%": a noun after a preposition
    // is where, not what; after "among" or "for" it narrows what ("unemployment among young people").
    // "at a depth of 18.5 km", "at a cost of $5 million": the noun the figure is "of" is what it measures.
    const preposition = i === 1 && toks.at(0)!.lower === 'of' && !CONTAINERS.has(w) ? '' : prepositionBefore(toks, i);
    if (preposition) {
      if (NARROWING_PREPOSITIONS.has(preposition) && narrowedTo.length === 0) narrowedTo.push(t.w);
      continue;
    }
    // "Ticket prices range from $30": a verb of a plural subject, not its noun.
    if (VERBS_OR_PLURALS.has(w) && isWord(toks.at(i + 1)) && isPlural(toks.at(i + 1)!.lower)) continue;
    // "The average price of a home hit £285,000": a general head before "of" is what the figure measures.
    const of = DETERMINERS.has(toks.at(i + 1)?.lower ?? '') ? i + 2 : i + 1;
    if (toks.at(of)?.lower === 'of' && isWord(toks.at(of + 1)) && GENERAL_HEADS.has(singular(toks.at(of + 1)!.w))) {
      const general = toks.at(of + 1)!;
      return {
        text: text.slice(general.start, t.end),
        head: general.w,
        modifiers: [t.w],
        start: general.start,
        end: t.end,
        partitive: false,
        narrowedTo,
      };
    }
    // "The population of Tokyo is 14 million", "Shares of cybersecurity company CrowdStrike plunged 13%": the thing
    // before "of", not the name after it, with the words that say what the name is.
    // "the number of Palestinians killed" counts Palestinians: a noun that only holds a figure is not the head.
    let named = i + 1;
    while (
      startsWithUpper(t.w) &&
      named < i + 4 &&
      isWord(toks.at(named)) &&
      !FUNCTION_WORDS.has(toks.at(named)!.lower)
    )
      named++;
    const headAt =
      startsWithUpper(t.w) &&
      toks.at(named)?.w === 'of' &&
      isWord(toks.at(named + 1)) &&
      !CONTAINERS.has(toks.at(named + 1)!.lower)
        ? named + 1
        : i;
    return phraseEndingAt(text, toks, headAt, narrowedTo);
  }
  return null;
}

/** The noun phrase before a figure whose head is the token at `at`, with the word before it if that is a noun. */
function phraseEndingAt(text: string, toks: Tokens, at: number, narrowedTo: string[]): NounPhrase {
  const head = toks.at(at)!;
  const next = toks.at(at + 1);
  // "a pay rise of 38%": before a noun of a change, an event's noun names what changed.
  const modifier =
    isWord(next) && !FUNCTION_WORDS.has(next.lower) && (!isVerbForm(next) || changeOf(head, next)) ? next : null;
  return {
    text: text.slice((modifier ?? head).start, head.end),
    head: head.w,
    modifiers: modifier ? [modifier.w] : [],
    start: (modifier ?? head).start,
    end: head.end,
    partitive: false,
    narrowedTo,
  };
}

const COPULAS = wordSet(COPULA_WORDS);
/** Whether a verb stands between a figure and the word at `i` before it: "the bridge is estimated at $80m". */
const statedOf = (toks: Tokens, i: number): boolean =>
  Array.from({ length: i }, (_, k) => toks.at(k)!).some((t) => COPULAS.has(t.lower) || isVerbForm(t));

const changeOf = (head: Token, before: Token) =>
  namesChange(head.lower) && EVENTS.has(before.lower) && !/(?:ed|ing)$/.test(before.lower);

/**
 * Whether a word before "to" and a verb is a noun the verb completes ("the cost to rebuild", "plans to raise"),
 * a noun of an event included, rather than a verb ("tried to pull", "agreed to pay") or an adjective ("able to").
 */
const completedNoun = (t: Token): boolean =>
  !FUNCTION_WORDS.has(t.lower) &&
  !isAdjective(t.lower) &&
  (EVENTS.has(t.lower) ? !/(?:ed|ing)$/.test(t.lower) && !NOT_NOUNS.has(t.lower) : !isVerbForm(t));
