import { NOT_NOUNS_WORDNET } from './grammar/not-nouns';
import { NO_THING_HEADS, namesPeople } from '../compare/people';
import { startsWithUpper } from './chars';
import { CALENDAR_WORDS, RELATIVE_DAYS } from './grammar/calendar';
import { wordSet } from './grammar/entries';
import {
  BEFORE_A_VERB,
  BETWEEN_A_VERB,
  BODY_NAME_ENDINGS,
  CHANGE_NOUNS,
  DAY_PART_WORDS,
  ESTIMATING_BODIES,
  EXPECTATION_NOUNS,
  MEASURING_NOUNS,
  STANDING_ADJECTIVES,
  PERIOD_ADJECTIVES,
  UNCOUNTED_CHANGES,
  UNIT_OPENERS,
} from './head-words';
import type { Tokens } from './tokens';
import { STATISTIC_NAMES } from './topic-words';
import { isDemonym, isNeverNoun, singular } from './lemma';
import { ADJECTIVE_ENDINGS } from './grammar/phrase';
import { FUNCTION_WORDS, NARROWING } from './lexicon';
import type { Kind } from './types';

const TIME_WORDS = new Set([...CALENDAR_WORDS, ...wordSet(DAY_PART_WORDS, RELATIVE_DAYS)]);
/** "Monday", "June", "night", "tonight": when a figure holds, never what it counts. */
export const isTimeWord = (word: string): boolean => TIME_WORDS.has(word.toLowerCase());

const MEASURING = wordSet(MEASURING_NOUNS);
const STANDING = wordSet(STANDING_ADJECTIVES);
const PER_PERIOD = wordSet(PERIOD_ADJECTIVES);
const CHANGES = wordSet(CHANGE_NOUNS);
const UNCOUNTED = wordSet(UNCOUNTED_CHANGES);
const BODIES = wordSet(BODY_NAME_ENDINGS);
const EXPECTED = wordSet(EXPECTATION_NOUNS);
const ESTIMATORS = wordSet(ESTIMATING_BODIES);
const STATISTICS = wordSet(STATISTIC_NAMES);
const ADJECTIVE = new RegExp(`(?:${ADJECTIVE_ENDINGS.map((e) => e.word).join('|')}|ed|ing|ly)$`);
const POSSESSIVE = /['’]s?$/;

/** "level", "share", "total": a noun that only holds or measures a figure of something else. */
export const measuresOnly = (word: string): boolean => MEASURING.has(word) || MEASURING.has(singular(word));

/** "growth", "rise", "slide": a noun of a change in what is named before it. */
export const namesChange = (word: string): boolean => CHANGES.has(singular(word));

/** "estimate", "forecasts": a noun of a figure told as expected, in any number. */
export const namesExpectation = (word: string): boolean => EXPECTED.has(singular(word.toLowerCase()));

const VERB_BEFORE = wordSet(BEFORE_A_VERB);
const BETWEEN_VERB = wordSet(BETWEEN_A_VERB);

/**
 * Whether the word at `i` of tokens read backwards from a figure is a verb by what stands before it: "tried to
 * pull $42 billion", "could reach $15 billion", "will cover up to $250,000".
 */
export function isVerbAfter(toks: Tokens, i: number): boolean {
  let j = i + 1;
  while (j < i + 4 && toks.at(j) && (BETWEEN_VERB.has(toks.at(j)!.lower) || isTimeWord(toks.at(j)!.lower))) j++;
  return VERB_BEFORE.has(toks.at(j)?.lower ?? '');
}

const UNIT_OPENING = wordSet(UNIT_OPENERS);
/** "easing to 7.9 per ent from 10 per cent": the word at `i` is a unit of another figure, however spelt. */
export const opensUnit = (toks: Tokens, i: number): boolean => UNIT_OPENING.has(toks.at(i + 1)?.lower ?? '');

/**
 * Whether a head only measures a figure of something else or names its change: "shares fell 40%" are a
 * company's stock, "the BJP's vote share" a part of the vote; "three rate rises" counts rises, "a 0.25% rise" is
 * the size of one.
 */
function onlyMeasures(head: string, kind: Kind): boolean {
  const w = head.toLowerCase();
  if (MEASURING.has(w)) return true;
  const one = singular(w);
  if (one === 'share') return false;
  if (MEASURING.has(one)) return true;
  return kind === 'count' ? UNCOUNTED.has(one) : CHANGES.has(one);
}

/**
 * The word before a measuring or change noun that names what it measures or what changed ("job creations":
 * "job"; "the unemployment rate's jump": "rate"), or '' when none does ("a 17% slide", "revised August growth").
 */
function measured(modifiers: readonly string[]): { word: string; at: number } {
  const at = modifiers.length - 1;
  const m = modifiers[at];
  if (m === undefined) return { word: '', at: -1 };
  // A name's possessive ("Turkey's growth") says whose, not what.
  if (POSSESSIVE.test(m) && startsWithUpper(m)) return { word: '', at: -1 };
  const w = m.replace(POSSESSIVE, '');
  const lower = w.toLowerCase();
  if (
    FUNCTION_WORDS.has(lower) ||
    NARROWING.has(lower) ||
    isTimeWord(lower) ||
    PER_PERIOD.has(lower) ||
    // "the consensus forecast of 1.1%": another noun that only measures names no more than this one ("its shares
    // surge", a company's stock, does).
    MEASURING.has(lower) ||
    STANDING.has(lower) ||
    ADJECTIVE.test(lower) ||
    isNeverNoun(lower) ||
    !/^\p{L}[\p{L}-]*$/u.test(w)
  )
    return { word: '', at: -1 };
  return { word: w, at };
}

/**
 * "government", "analyst", "police", "UN": a body, a person or a name, who makes a figure told as expected; a
 * statistic's initials ("the GDP forecast") are what it is of.
 */
function makesEstimates(word: string): boolean {
  const one = singular(word.toLowerCase());
  if (startsWithUpper(word)) return !STATISTICS.has(one);
  return ESTIMATORS.has(one) || namesPeople(one);
}

/** "PacWest Bancorp", "Signature Bank", "the Defense Ministry": a body's name, which owns the figure. */
const namesABody = (head: string, modifiers: readonly string[]): boolean =>
  startsWithUpper(head) &&
  BODIES.has(head.toLowerCase()) &&
  modifiers.length > 0 &&
  startsWithUpper(modifiers[modifiers.length - 1]!);

/**
 * The head of a counted phrase as it names what a figure counts: past a noun that only measures it ("vote
 * share" counts the vote) or names its change ("wage growth", "job creations"), and none for a body's name.
 * `head` '' when the phrase names nothing a figure counts; the sentence may still say it (lib/compare/about.ts).
 */
export function countedHead(
  head: string,
  modifiers: readonly string[],
  kind: Kind,
): { head: string; modifiers: readonly string[] } {
  if (namesABody(head, modifiers) || PER_PERIOD.has(head.toLowerCase())) return { head: '', modifiers: [] };
  // "the inflation rate sits at 7.9%", "an immediate 13% raise": a verb or an adjective left as the head.
  // "41 others": a pronoun, which the comparison reads as naming nothing (lib/compare/people.ts), stays.
  const notANoun = isNeverNoun(head) && !isDemonym(head) && !NO_THING_HEADS.has(singular(head));
  if (!notANoun && !onlyMeasures(head, kind)) return { head, modifiers };
  const { word, at } = measured(modifiers);
  // "the government estimate of 2,000", "analyst estimates of $5.59": who made the figure, not what it is of.
  if (word && namesExpectation(head) && makesEstimates(word)) return { head: '', modifiers: [] };
  // "economic growth", "an immediate raise": an adjective WordNet never files as a noun names no thing that changed,
  // and the change stays what is counted (before a measuring noun, "the global total", the comparison reads it).
  const changed = word && !(namesChange(head) && NOT_NOUNS_WORDNET.has(word.toLowerCase()));
  if (changed) return { head: word, modifiers: modifiers.slice(0, at) };
  return { head: notANoun || MEASURING.has(singular(head)) ? '' : head, modifiers: [] };
}
