import { alternativesOf, holdsAny } from '../alternatives';
import { placeOf, placesIn as placesNamed } from '../claims/context';
import { EVENT_NOUNS, EVENTS, FUNCTION_WORDS, MEASURE_UNITS, NOT_NOUNS, ROLE_SYNONYMS } from '../claims/lexicon';
import type { Kind, Qualifier, Quantity } from '../claims/types';
import { MONTH_FORMS } from '../claims/grammar/calendar';
import { wordSet } from '../claims/grammar/entries';
import { EXTREME_HEADS, PERIOD_ADJECTIVES } from '../claims/head-words';
import { isDemonym, singular } from '../claims/lemma';
import { isNumberWord } from '../claims/number-words';
import { unitFamily } from '../claims/units';
import { aboutWords, namesWritten } from './about';
import {
  asMove,
  eventInSentence,
  presumedDead,
  heldOrMissing,
  leadsIn,
  notOfPeople,
  ruinedIn,
  subjectEvent,
  takenCaptive,
  withoutPower,
} from './events';
import { HEDGE } from './hedges';
import { inCare } from './in-care';
import { isBuilding } from './kin';
import { countsPeople, personNounOf, namesNothing, namesPeople } from './people';
import { runningTotalOf } from './series';
import { countsPopulation, populationPlace } from './standing';
import { countUnderWay } from './count-under-way';
import { membersIn, type Members } from './members';
import { countedBefore, countsOthers } from './others';
import { correctionsIn } from './correction';
import {
  datedBack,
  daysBetween,
  earlierOccasion,
  offsetWord,
  periodOf,
  recordSpan,
  spanOfRecord,
  spanWithNone,
  whenOf,
  yearNamed,
  type When,
} from './when';

/**
 * A claim described for comparison: what is counted, what happened to it, in what unit, over what scope,
 * at what time, where. Built from the claim's quantity as extraction read it, its sentence and its
 * article's date of publication, so that what extraction leaves unsaid in one place ("toll climbs past
 * 500" names no event next to the figure) is read from the rest of the sentence.
 */
export interface Frame {
  kind: Kind;
  /** The figure, in its own unit. */
  value: number;
  quantity: Quantity;
  /** What is counted, with every noun for a kind of person ("miners", "victims") counted as people. */
  head: string;
  /** Whether the head names people, so that "60 miners" may be told "60 workers" elsewhere. */
  people: boolean;
  /** The place whose population it counts ("home to 100,000 people"; '' when unnamed), or null (standing.ts). */
  population: string | null;
  /**
   * Whether what is counted is named next to the figure ("71,000 new jobs"), rather than read from
   * elsewhere in the sentence ("the toll from the floods in Derna has reached 5200" read as "city") or
   * not at all ("Health care added 71,000"): a head read from afar is weak evidence either way.
   */
  named: boolean;
  /** The words extraction read as what is counted ("dam walls burst"), each singular and lower-cased. */
  readonly countedWords: ReadonlySet<string>;
  /** The words of the figure's part of its sentence that may say what it counts (about.ts). */
  readonly about: ReadonlySet<string>;
  /** The capitalised words of that part, lower-cased: the names of what it may be said of (about.ts). */
  readonly namesWritten: ReadonlySet<string>;
  /** Every word of the sentence, lower-cased: whether it names another text's topics. */
  readonly words: ReadonlySet<string>;
  event: string;
  family: string;
  when: When;
  /**
   * A figure its sentence sets at an earlier time than its report: superseded ("revised the toll down from
   * 1,400") or dated back ("a year earlier, when the rate was 3.7%").
   */
  earlier: boolean;
  /** The participle said of the counted thing ("are still trapped": "trapped"), or ''. */
  readonly predicate: string;
  /** A figure given as a change ("rose by 0.2%", "raised its rate by 0.25%", an event of change). */
  change: boolean;
  /** For a length, the noun closing its compound after what is counted ("two-day board meeting": "meeting"), or ''. */
  readonly compoundTail: string;
  /**
   * For a length, the record it is the span since ("its lowest level in two years", "a two-year low": "least"; when.ts,
   * `recordSpan`), or '': a span since a record is no length of what it is said of, nor of anything else.
   */
  readonly sinceRecord: string;
  /** For a length, whether it is told as passing with none of a thing ("three years with no bank failures"). */
  readonly withNone: boolean;
  /** People counted as in hospital care now ("80 people injured in the attack remain in hospital", in-care.ts). */
  inCare: boolean;
  /** A figure the sentence says was passed ("the toll climbs past 500"): a lower bound. */
  passed: boolean;
  /** A measure converted in brackets after the one it restates ("34.8 km (21 miles)"): the writer's arithmetic. */
  converted: boolean;
  /** Names the figure's own part gives as where or whose ("Syria's death toll", "in Turkey"), lower-cased. */
  readonly names: string[];
  /** The things its own part says it of, one named ("the Eaton fire") or several ("the fires"): members.ts. */
  readonly members: Members;
  /** Its sentence tells a count still going on ("according to partial results", count-under-way.ts). */
  readonly underWay: boolean;
  /**
   * The year the figure's own part names ("a 2011 earthquake"), else the year of publication, else null; null
   * too for a figure of an earlier occasion ("in the previous election") or a change's start ("from 89 to 125")
   * whose year is not named.
   */
  year: number | null;
  /** The figure's clause places it at an occasion before its report's ("in the previous election", "last season"). */
  earlierOccasion: boolean;
  /** `year` is only its report's year of publication: nothing in its words or its day says which year it is. */
  yearOfReport: boolean;
}

export interface Framed {
  text: string;
  value: number;
  kind: Kind;
  qualifier: Qualifier;
  quantity: Quantity;
}

// "revised the toll down from 1,400", "up from 3.1% in October", "rose from 10 to 15": the figure after
// "from" is what the quantity was before, as a change word earlier in the sentence says.
const CHANGED_FROM =
  /\b(?:revis\w*|down|up|rais\w*|lower\w*|r[io]se|rising|fell|fall\w*|increas\w*|decreas\w*|climb\w*|jump\w*|dropp?\w*|grew|grow\w*)\b.*\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:earlier|previous|initial|original|prior)\s+)?(?:(?:figure|estimate|toll|count|tally|level)\s+of\s+)?$/i;

// Words between a counted thing and what is said of it: "60 miners are still trapped", "remain missing".
const AUXILIARIES = new Set(
  'are is was were be been being have has had remain remains remained still now also reportedly believed thought feared said to including'.split(
    ' ',
  ),
);
const WORD = /[\p{L}-]+/gu;

/**
 * Words that open an aside on the counted people between commas ("200 people, mostly farm workers, are stranded"):
 * the aside says who they are, and what is said of them comes after it. Each with why.
 */
export const ASIDE_OPENERS: { words: string; reason: string }[] = [
  { words: 'mostly', reason: '"300 people, mostly tourists, were stranded"' },
  { words: 'mainly', reason: '"40 workers, mainly miners, remain trapped"' },
  { words: 'largely', reason: '"1,000 residents, largely elderly, were evacuated"' },
  { words: 'many of them', reason: '"90 passengers, many of them children, are missing"' },
  { words: 'most of them', reason: '"60 climbers, most of them foreigners, were rescued"' },
  { words: 'among them', reason: '"12 crew, among them the captain, are unaccounted for"' },
  { words: 'all of them', reason: '"eight miners, all of them local men, were trapped"' },
];
const ASIDE = new RegExp(`^([^,;.]*?),\\s+(?:${alternativesOf(ASIDE_OPENERS)})\\b[^,;.]*,`);

/** The first word said of the counted thing after its figure and noun phrase: a verb or a participle. */
function predicateOf(sentence: string, offset: number, c: Framed): string {
  const counted = new Set(c.quantity.counted.toLowerCase().split(/\s+/));
  const raw = sentence.slice(offset + c.text.length, offset + c.text.length + 120).toLowerCase();
  const after = raw.replace(ASIDE, '$1');
  for (const m of after.matchAll(WORD)) {
    const w = m[0];
    if (counted.has(w) || AUXILIARIES.has(w)) continue;
    return /(?:ed|en|ing)$/.test(w) ? w : '';
  }
  return '';
}

// "the toll climbs past 500", "rises above 500", "deaths surpassed 1,000", "crossed 11,000": a figure moved past is
// a lower bound, and the verb says how the figure moved, not what happened to what it counts (nor a change by it).
const MOVED_PAST =
  /\b(?:(?:climb|ris|rose|jump|soar|surg|push|mov|go|went|gone|edg|creep|crept)\w*\s+(?:past|beyond|above|over)|(?:pass|surpass|exceed|cross)\w*)\s+$/i;

// "raised its rate by 0.25%", "rose by about 6 cents", "fell by just 0.1 points": the figure is the size of a
// change, whatever bound the table knows stands before it (hedges.ts); "just" and "only" say a change is small.
const BY_CHANGE = new RegExp(`\\bby\\s+(?:(?:just|only)\\s+)?${HEDGE}$`, 'i');

// "a year earlier", "a month ago", "last year", "the previous quarter": the figure is from before its report.
const EARLIER_TIME =
  /\b(?:an?|one|two|three|\d+)\s+(?:day|week|month|quarter|year)s?\s+(?:earlier|ago|before)\b|\b(?:last|previous|prior)\s+(?:week|month|quarter|year)\b|\bthe\s+(?:week|month|quarter|year)\s+before\b/i;

// Plain scans first: the patterns above are tried at every position of the text they test.
const mayDateBack = holdsAny(['earlier', 'ago', 'before', 'last', 'previous', 'prior']);
const mayMovePast = holdsAny(['past', 'beyond', 'above', 'over', 'pass', 'exceed', 'cross']);

// "since the Oct. 7 start of the war", "on 6 February", "in 2023": a date is no figure of its own.
const DIGITS = /\d[\d,.]*/g;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_FORMS.join('|')})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:${MONTH_FORMS.join('|')})\\b`, 'i');
const YEAR_RUN = /^(?:19|20)\d\d$/;

const UNIT_AFTER = /^[\s-]*([\p{L}]+)/u;
const isMeasure = (after: string) => {
  const unit = UNIT_AFTER.exec(after)?.[1]?.toLowerCase();
  return unit !== undefined && (unit in MEASURE_UNITS || singular(unit) in MEASURE_UNITS);
};

/**
 * The first or the last run of digits of a text that is a figure of its own, or null: dates, years and
 * measures left out ("the death toll from a 7.8 magnitude earthquake climbed to 6,300": a measure names what
 * the toll is of).
 */
function figureRun(text: string, fromLast: boolean): { at: number; end: number } | null {
  // Most sentences hold no digit before a figure.
  if (!/\d/.test(text)) return null;
  const runs = [...text.matchAll(DIGITS)];
  if (fromLast) runs.reverse();
  for (const m of runs) {
    const run = m[0].replace(/[.,]$/, '');
    const at = m.index;
    const date =
      YEAR_RUN.test(run) ||
      isMeasure(text.slice(at + run.length, at + run.length + 24)) ||
      MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ||
      MONTH_AFTER.test(text.slice(at + run.length, at + run.length + 14));
    if (!date) return { at, end: at + run.length };
  }
  return null;
}

/** Where the last figure before a figure ends (0 with none). */
const lastFigureEnd = (before: string): number => figureRun(before, true)?.end ?? 0;

/**
 * What a sentence says before its first figure: its subject when it opens on what its figures count ("The
 * death toll in the province rose by 300 and is now at 1,240").
 */
const subjectOf = (before: string): string => before.slice(0, figureRun(before, false)?.at ?? 0);

/**
 * The part of a sentence that is about one figure: from the figure before it to the figure after it, so
 * "137 miners remain trapped; more than 1,200 people were killed" gives the 137 no death.
 */
export function ownPart(sentence: string, offset: number, c: Pick<Framed, 'text'>): [start: number, end: number] {
  const before = lastFigureEnd(sentence.slice(0, offset)) - 1;
  const next = sentence.slice(offset + c.text.length).search(/\d/);
  return [before + 1, next < 0 ? sentence.length : offset + c.text.length + next];
}

// "raised the number of missing to 36 from 10": the figure a change came from, right after the one it came to.
const TO_BEFORE = new RegExp(`\\bto\\s+${HEDGE}$`, 'i');
const FROM_BETWEEN = new RegExp(`^[^\\d,;:.]{0,30}\\bfrom\\s+${HEDGE}$`, 'i');

/**
 * Where the words of a change's figures start when a figure is what the change came from, told after what it came
 * to ("raised the number of missing to 36 from 10 a day earlier"): the clause of the figure it came to, which
 * says what both count. Null for any other figure. `ownStart`: where the figure's own part starts, after the
 * figure before it.
 */
function changedFromStart(sentence: string, ownStart: number, offset: number): number | null {
  if (ownStart === 0 || !FROM_BETWEEN.test(sentence.slice(ownStart, offset))) return null;
  const previous = figureRun(sentence.slice(0, ownStart), true);
  if (!previous || !TO_BEFORE.test(sentence.slice(0, previous.at))) return null;
  const start = lastFigureEnd(sentence.slice(0, previous.at));
  const clause = sentence.slice(start, previous.at).search(/[,;:][^,;:]*$/);
  return clause < 0 ? start : start + clause + 1;
}

// "in Turkey", "across Syria", "Syria's toll": a name a figure is about, rather than one that acts in its
// sentence ("the militia has released 105 prisoners").
const PLACE_NAME = /\b(?:in|across|inside|throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)|(\p{Lu}[\p{L}-]+)(?:'s|’s)\s/gu;
const placesIn = (part: string) => [...part.matchAll(PLACE_NAME)].map((m) => (m[1] ?? m[2]!).toLowerCase());

// "killed 61 people in 1960": a year just after a figure's part belongs to its words.
const YEAR_AT_START = /^(?:19|20)\d\d\b(?![-–.,]?\d)/;

/**
 * Words extraction may take for what a percentage or a sum counts that only qualify it ("a 4.3 percent
 * annual increase", "the 3.8% peak"): what is counted is then read from the sentence (about.ts).
 */
const QUALIFYING_HEADS = wordSet(PERIOD_ADJECTIVES, EXTREME_HEADS);

/**
 * What happened, as far as it tells two quantities apart: one of the lexicon's events, or a change ("rose
 * by"). A figure's level reached ("rose to 93", "fell to 2.4%") and a verb the lexicon does not know
 * ("reached", "exceeded", "marked", "stands at") say how a figure moved or was told, not what happened to
 * what it counts: "the toll reached 93" and "93 people died" are one quantity.
 */
const KNOWN_EVENTS = new Set(EVENTS.values());
const LEVELS = new Set(['rise', 'fall']);
const eventOf = (e: string) => (e.endsWith(':by') || (KNOWN_EVENTS.has(e) && !LEVELS.has(e)) ? e : '');

/** Whether the counted noun phrase follows the figure within a few words: "71,000 new jobs", "5200 people". */
export function namedAtFigure(sentence: string, offset: number, c: Framed): boolean {
  const head = c.quantity.counted.toLowerCase().split(/\s+/).at(-1);
  if (!head) return false;
  const after = sentence.slice(offset + c.text.length, offset + c.text.length + 60).toLowerCase();
  return after
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)
    .slice(0, 5)
    .includes(head);
}

// "striking", "unemployed", "displaced": a participle, which may stand before the noun of what is counted.
const PARTICIPLE = /\p{L}(?:ing|ed)$/u;

// "1.8 million Gazans", "300 Lahainans", "Muscovites": a capitalised plural in -ans or -ites names the people of a
// place, and WordNet lists few places' people.
const INHABITANTS = /^\p{Lu}\p{L}+(?:ans|ites)$/u;

/** Whether what is counted is the people of a place WordNet does not know ("Gazans"), read as written. */
const inhabitantsOf = (counted: string, lemma: string): boolean => {
  const word = counted.split(/\s+/).at(-1) ?? '';
  return lemma !== '' && INHABITANTS.test(word) && singular(word) === lemma;
};

/**
 * What the words just after a figure say it counts when extraction read its noun from elsewhere: a noun for
 * people ("40 ‘Chilean’ miners", a quote mark having hidden it) or a noun that counts the dead or the
 * injured ("about 4,000 confirmed deaths", read as the "researchers" who gave the figure).
 */
function countedAfter(sentence: string, offset: number, c: Framed): { lemma: string; event: string } | null {
  const after = sentence.slice(offset + c.text.length, offset + c.text.length + 60).toLowerCase();
  let people: string | null = null;
  for (const w of after.match(WORD)?.slice(0, 4) ?? []) {
    // A function word ends the noun phrase: "489 on Wednesday, the national disaster agency said" counts no nationals,
    // "12,000 have suffered damage" no haves (WordNet files both as kinds of person).
    if (FUNCTION_WORDS.has(w)) break;
    const word = singular(w);
    const event = EVENT_NOUNS[word] ?? EVENT_NOUNS[w];
    if (event) return { lemma: '', event };
    // The last of a run of nouns for people: "Chilean miners" counts miners.
    if (namesPeople(word)) people = ROLE_SYNONYMS[word] ?? word;
    else if (people) break;
  }
  return people ? { lemma: people, event: '' } : null;
}

// "40 miners held by the militia were released": a participle with its agent after the counted noun says who
// has them, not what happened to them; "held in" or "held at" where ("240 prisoners held in the state's jails").
const AGENT_AFTER = /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:([\p{L}]+ed)\s+by|(held)\s+(?:by|in|at|inside))\b/iu;
// "the release of 40 miners and 12 engineers": an event named as a noun before the figures it governs.
const EVENT_OF = /\bthe\s+([\p{L}]+)\s+of\b(?![^]*\bthe\s+[\p{L}]+\s+of\b)/iu;

/**
 * What happened to what a figure counts, when extraction read it from a participle that only says who has
 * it ("miners held by the militia"): the verb after it ("were released"), else an event named as a noun before
 * the figure ("the release of 40 miners held by the militia and 12 guards held by the army").
 */
function actionOf(sentence: string, offset: number, c: Framed, said: string): string {
  if (said === '') return sharedAction(sentence, offset, c.text.length);
  const end = offset + c.text.length;
  const agent = AGENT_AFTER.exec(sentence.slice(end, end + 80));
  if (!agent || EVENTS.get((agent[1] ?? agent[2]!).toLowerCase()) !== said) return said;
  const rest = sentence.slice(end + agent.index + agent[0].length, end + 160).toLowerCase();
  const next = sentence.slice(end).search(/\d/);
  const clause = next < 0 ? rest : rest.slice(0, Math.max(0, next - agent[0].length - agent.index));
  for (const w of clause.match(WORD)?.slice(0, 8) ?? []) {
    const event = EVENTS.get(w);
    if (event && event !== said) return event;
  }
  const noun = EVENT_OF.exec(sentence.slice(0, offset))?.[1]?.toLowerCase();
  const named = noun ? EVENTS.get(noun) : undefined;
  if (named && named !== said) return named;
  // "freed 80 hostages in exchange for 240 prisoners held in its jails": the verb of the figure it is joined to.
  return sharedAction(sentence, offset, c.text.length) || said;
}

// "were rescued as well as 23 guards", "killed 40 soldiers and 12 civilians", "and at least 12 more": a figure
// joined to the one before it, whatever bound the table knows stands before it (hedges.ts), or "another".
// "in exchange for 240 prisoners", "in return for": what was traded had done to it what the other figure had.
const JOINED = new RegExp(
  `(?:\\band|\\bas\\s+well\\s+as|\\balong\\s+with|\\bplus|\\bin\\s+(?:exchange|return)\\s+for)\\s+(?:another\\s+)?${HEDGE}$`,
  'i',
);

// "and 187 more remain unaccounted for", "and 12 others are still missing": a figure joined to the one before it that
// goes on to a linking or auxiliary verb of its own within a few words is the subject of its own clause.
const OWN_VERB_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:are|is|was|were|remains?|remained|have|has|had)\b[^,;:]*/iu;

const ownClauseAfter = (sentence: string, offset: number, length: number) =>
  OWN_VERB_AFTER.exec(sentence.slice(offset + length, offset + length + 80))?.[0];

/** A figure that counts others besides an earlier figure's ("another 40", "40 more") in a clause of its own. */
const othersInOwnClause = (sentence: string, offset: number, length: number) =>
  ownClauseAfter(sentence, offset, length) !== undefined && countsOthers(sentence, offset, length);

// Up to the last join before a figure: "... were killed and", "... lost power,".
const LAST_JOIN = /^[\s\S]*(?:,|\band\b)/i;

/**
 * The verb of the figure before, for a figure joined to it with no verb of its own; a joined figure whose own clause
 * says what befell it ("200 were injured and 187 more remain unaccounted for") takes that instead. A clause of its
 * own that names no event ("17 were injured, and four were taken to hospital") leaves it the verb before: a part of
 * those; but not when the figure counts others besides those ("another 40 were told to stay indoors").
 */
function sharedAction(sentence: string, offset: number, length: number): string {
  const own = ownClauseAfter(sentence, offset, length);
  const ownEvent = own ? eventInSentence(own, 0) : '';
  if (ownEvent) return ownEvent;
  // "92,000 remain under evacuation orders and another 82,000 are advised to prepare": others besides those, whose
  // own clause says something else of them, share nothing that befell those.
  if (own && countsOthers(sentence, offset, length)) return '';
  const before = sentence.slice(0, offset);
  const joined = JOINED.exec(before);
  if (!joined) return '';
  const previous = before.slice(0, joined.index).search(/\d[^\d]*$/);
  if (previous < 0) return '';
  const words = before.slice(previous, joined.index).toLowerCase().match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const event = EVENTS.get(words[i]!);
    // "held by the militia", "held in the valley" say who had them or where, not what happened.
    if (event && !MODIFYING.has(words[i + 1] ?? '')) return event;
  }
  // "freed 80 hostages in exchange for 240 prisoners": the verb just before the figure traded for.
  const verb = TRADED.test(joined[0]) ? VERB_BEFORE_FIGURE.exec(before.slice(0, previous))?.[1]?.toLowerCase() : '';
  const governing = verb ? EVENTS.get(verb) : undefined;
  if (governing) return governing;
  const noun = EVENT_OF.exec(before)?.[1]?.toLowerCase();
  return (noun && EVENTS.get(noun)) || '';
}
const TRADED = /\b(?:exchange|return)\b/i;
// The word before a figure, past any bound the table knows: "freed 80", "released about 30".
const VERB_BEFORE_FIGURE = new RegExp(`\\b([\\p{L}]+)\\s+${HEDGE}[\\d.,]*$`, 'iu');
const MODIFYING = new Set(['by', 'in', 'at', 'since', 'for', 'on', 'inside']);

/**
 * What is counted when extraction took a function word for it ("178 people throughout the Strip" read as
 * "throughout"): the last word of the counted phrase that is not one.
 */
function nounOf(lemma: string, counted: string): string {
  if (!FUNCTION_WORDS.has(lemma) && !NOT_NOUNS.has(lemma)) return lemma;
  const words = counted.toLowerCase().match(WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = singular(words[i]!);
    if (!FUNCTION_WORDS.has(word) && !NOT_NOUNS.has(word)) return ROLE_SYNONYMS[word] ?? word;
  }
  return '';
}

/**
 * The word after what extraction read a length to be of ("a two-day board meeting", "its two-day budget
 * meeting": "meeting"): extraction stops before a noun in -ing ("meeting", "hearing"), so two outlets that put
 * different words before the same noun are read as lengths of different things.
 */
function compoundTailOf(sentence: string, offset: number, c: Framed): string {
  const counted = c.quantity.counted.toLowerCase();
  if (!counted) return '';
  const after = sentence.slice(offset + c.text.length, offset + c.text.length + 60).toLowerCase();
  const at = after.indexOf(counted);
  if (at < 0 || at > 3) return '';
  const next = /^\s+([\p{L}]+)/u.exec(after.slice(at + counted.length))?.[1] ?? '';
  return next && !FUNCTION_WORDS.has(next) && !AUXILIARIES.has(next) ? singular(next) : '';
}

/**
 * The words of a frame read only when a comparison asks for them: most candidates are told apart before. On a
 * class, since V8 keeps an object literal with getters as a dictionary, and the comparisons read every frame's
 * fields some ten thousand times a check.
 */
class WordsOnDemand {
  #countedWords?: Set<string>;
  #words?: Set<string>;
  #about?: Set<string>;
  #namesWritten?: Set<string>;
  #predicate?: string;
  #names?: string[];
  #members?: Members;
  #underWay?: boolean;

  readonly #c: Framed;
  readonly #sentence: string;
  readonly #offset: number;
  readonly #ownEnd: number;
  readonly #own: string;

  constructor(c: Framed, sentence: string, offset: number, ownEnd: number, own: string) {
    this.#c = c;
    this.#sentence = sentence;
    this.#offset = offset;
    this.#ownEnd = ownEnd;
    this.#own = own;
  }

  get countedWords(): ReadonlySet<string> {
    return (this.#countedWords ??= new Set(this.#c.quantity.counted.toLowerCase().match(WORD)?.map(singular)));
  }
  get words(): ReadonlySet<string> {
    return (this.#words ??= new Set(this.#sentence.toLowerCase().match(WORD)));
  }
  get about(): ReadonlySet<string> {
    // What a figure counts may be named before an earlier figure of its sentence ("Average hourly earnings
    // rose by 6 cents, a 0.2 percent increase, to $29.00"): its words run from the sentence's start.
    return (this.#about ??= aboutWords(this.#sentence.slice(0, this.#ownEnd)));
  }
  get namesWritten(): ReadonlySet<string> {
    return (this.#namesWritten ??= namesWritten(this.#sentence.slice(0, this.#ownEnd)));
  }
  get predicate(): string {
    return (this.#predicate ??= predicateOf(this.#sentence, this.#offset, this.#c));
  }
  get names(): string[] {
    return (this.#names ??= placesIn(this.#own));
  }
  get members(): Members {
    return (this.#members ??= membersIn(this.#own));
  }
  /** Whether its sentence tells a count still going on ("according to partial results": count-under-way.ts). */
  get underWay(): boolean {
    return (this.#underWay ??= countUnderWay(this.#sentence));
  }
}

/**
 * A length from or to an event with nothing named that it times ("the wave was detected about 15 minutes after
 * the earthquake", "rescued about 48 hours after the quake"): `frameOf` gives it the offset word alone as its head.
 */
export const timesUnnamed = (f: Frame): boolean => f.kind === 'duration' && f.head.endsWith(' ');

/**
 * The event extraction read, unless only another clause's figure has it: "220,000 homes and 80% of the hotel
 * sector have been affected, and over 513,000 people have lost power" lost no homes. Figures that share their
 * verb ("86 Israelis and another 24 foreign nationals were released", "14,800 people, including 6,000 children,
 * have been killed") keep it.
 */
function eventOfOwnPart(c: Framed, sentence: string, offset: number, ownEnd: number): string {
  const event = c.quantity.event;
  if (event === '' || ownEnd >= sentence.length) return event;
  const saysIt = (w: string) => EVENTS.get(w.toLowerCase()) === event;
  if ((sentence.slice(0, ownEnd).match(WORD) ?? []).some(saysIt)) return event;
  const at = [...sentence.slice(ownEnd).matchAll(WORD)].find((m) => saysIt(m[0]))?.index;
  if (at === undefined) return event;
  // The last clause break before the event's word, not the comma of "6,000": a figure after it owns the verb.
  const between = sentence.slice(offset + c.text.length, ownEnd + at);
  const lastBreak = [...between.matchAll(/[,;:]\s/g)].at(-1)?.index;
  return lastBreak !== undefined && /\d/.test(between.slice(lastBreak)) ? '' : event;
}

// "a dozen people still missing", "40 remain trapped": the figure's people are said to be still in a state.
const STILL_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:are|were|is|was)\s+)?(?:still|remain|remains|remained|remaining)\b/iu;

// "around half tallied so far", "1,200 homes inspected to date": a few words after the figure say it stands now.
const SO_FAR_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:so\s+far|to\s+date|thus\s+far)\b/iu;

/**
 * The year of the day a sentence dates a figure to when that day is over a year before its report ("struck on
 * September 21, 1999, ..., causing 2,400 deaths"); null otherwise, so that "killed 12 on December 30" in a report
 * of 2 January stays of the story's time.
 */
function dayYear(q: Quantity, time: When, published: string | null): number | null {
  if (q.scope !== 'single_day' || !time.day || !published) return null;
  return daysBetween(published, time.day) > 365 ? Number(time.day.slice(0, 4)) : null;
}

/**
 * The place a figure is about when extraction read the first place after it and that place stands in a later
 * figure's part of the sentence ("the toll in the region was 211, plus two from the north and one in the south",
 * "210 were from the capital's suburbs, while the remaining three were in the coast"): the later figure's place,
 * not this one's, which then has the place just before it, if any. A place in the figure's own part, or read
 * before the figure, stays.
 */
function ownPlace(sentence: string, offset: number, end: number, read: string): string {
  if (read === '') return read;
  const places = placesNamed(sentence);
  const after = places.find((p) => p.at >= offset);
  if (!after || after.name !== read || !figureBetween(sentence.slice(end, after.at))) return read;
  return placeOf(
    places.filter((p) => p.at < offset),
    offset,
  );
}

/** Whether a stretch of a sentence holds a figure, in digits or in words ("plus two from the north"). */
const figureBetween = (text: string): boolean =>
  /\d/.test(text) || (text.match(WORD) ?? []).some((w) => isNumberWord(w));

// "15.5 km (9.6 miles)": a measure in brackets right after a measure.
const CONVERTED_BEFORE = /\d\s*\p{L}[\p{L}/ .]{0,15}\s*\(\s*$/u;

// "discovering the remains of a 99th victim", "the remains of 12 people were recovered": the noun for what is left of
// the dead, which extraction reads as the verb "remain" (held); those whose remains are found are dead.
const REMAINS_OF = /\bremains\s+of\s+(?:[\p{L}-]+\s+){0,3}$/iu;

// "323 of the dead were Egyptians", "3 of the 12 victims are children": what the part a partitive figure counts is.
const PART_IS = /^[^.;,]{0,40}?\b(?:were|are|was|is)\s+(?:all\s+)?(\p{L}[\p{L}-]*)/u;

/**
 * The sub-group a described part counts (extraction's 'part', lib/claims/context.ts) when the description names
 * people: "At least 323 of the dead were Egyptians" counts Egyptians among the dead, one count with "323 Egyptians"
 * dead; a description naming no people ("were unregistered", "are still missing") leaves the part unnamed.
 */
function describedPart(q: Quantity, after: string): Quantity {
  if (!q.groups.includes('part')) return q;
  const word = PART_IS.exec(after)?.[1];
  if (!word) return q;
  const group = singular(word.toLowerCase());
  if (!isDemonym(word) && (group === 'person' || !namesPeople(group))) return q;
  return { ...q, groups: [...new Set(q.groups.map((g) => (g === 'part' ? group : g)))].sort() };
}

/** A claim framed from its sentence, where its figure starts in that sentence, and its article's date. */
export function frameOf(c: Framed, sentence: string, offset: number, published: string | null): Frame {
  const [ownStart, ownEnd] = ownPart(sentence, offset, c);
  const ownRead = eventOfOwnPart(c, sentence, offset, ownEnd);
  const place = ownPlace(sentence, offset, offset + c.text.length, c.quantity.place);
  const period =
    c.quantity.scope === 'period'
      ? periodOf(c.quantity.anchor, sentence.slice(offset + c.text.length, offset + c.text.length + 30), published)
      : c.quantity.anchor;
  // "rose to 4.3 percent, its highest level since October 2021": a record's span, no total's.
  const record = c.quantity.scope === 'cumulative' && spanOfRecord(sentence, c.quantity.anchor);
  const q = describedPart(
    ownRead === c.quantity.event && period === c.quantity.anchor && !record && place === c.quantity.place
      ? c.quantity
      : {
          ...c.quantity,
          event: ownRead,
          place,
          ...(record ? { scope: 'other' as const, anchor: '' } : { anchor: period }),
        },
    sentence.slice(offset + c.text.length),
  );
  const lead = sentence.slice(Math.max(0, offset - 80), offset);
  const counting = c.kind === 'count' || c.kind === 'rate';
  const action = eventOf(actionOf(sentence, offset, c, q.event));
  const end = offset + c.text.length;
  const movedPast = mayMovePast(lead) && MOVED_PAST.test(lead);
  // Cut off from power whatever verb says so ("60,000 households remain without electricity" is read as held).
  const outage = withoutPower(lead, sentence.slice(end, end + 80));
  const said = movedPast
    ? ''
    : outage ||
      (action === 'hold'
        ? REMAINS_OF.test(lead)
          ? 'kill'
          : heldOrMissing(sentence.slice(end, end + 80))
        : // Taken captive says what happened to them, whatever verb a figure before it has ("1,200 killed and 240 taken hostage").
          takenCaptive(lead, sentence.slice(end, end + 60)) || action || leadsIn(lead));
  const own = sentence.slice(ownStart, ownEnd);
  const noThing = namesNothing(q.lemma);
  const atFigure = !noThing && namedAtFigure(sentence, offset, c);
  // "its 33,000 striking Machinists": a participle read as what is counted, the noun for people after it unread.
  const participle = atFigure && PARTICIPLE.test(q.lemma) && !namesPeople(q.lemma);
  const after =
    (!atFigure || participle) && (c.kind === 'count' || c.kind === 'rate') ? countedAfter(sentence, offset, c) : null;
  // "30,000 homes lost power and 80,000 others lost water": the others are homes too.
  const before = counting && noThing ? countedBefore(q.lemma, sentence, offset) : '';
  const read = after ? after.lemma : noThing ? personNounOf(before) : personNounOf(nounOf(q.lemma, q.counted));
  const named = atFigure || after !== null;
  // "lost their lives", "spent the night in shelters": what the sentence says elsewhere tells what befell them, and a
  // verb of money says nothing of it.
  const moneyOfPeople = namesPeople(read) && notOfPeople(said);
  const unnamed = said === '' || said === 'lose' || moneyOfPeople;
  // A toll, deaths or injuries told in the figure's part when what it counts was read from afar ("the
  // death toll from the floods in Libya's eastern city has reached 5200") count people, whatever noun was read.
  // After an earlier figure, the words before this one up to a clause break are the earlier figure's: "37,011
  // people had been injured, adding that more than 79,000 personnel were engaged" injured no personnel.
  const clause = ownStart > 0 ? sentence.slice(ownStart, offset).search(/[,;:][^,;:]*$/) : -1;
  const clauseStart = changedFromStart(sentence, ownStart, offset) ?? (clause < 0 ? ownStart : ownStart + clause + 1);
  // Others besides an earlier figure's, in a clause of their own ("two were killed and another three were taken to
  // hospital"): what befell them is told from the join on, never by the earlier figure's words.
  const eventStart =
    counting && othersInOwnClause(sentence, offset, c.text.length)
      ? clauseStart + (LAST_JOIN.exec(sentence.slice(clauseStart, offset))?.[0].length ?? 0)
      : clauseStart;
  const ownEvent = sentence.slice(eventStart, ownEnd);
  const figureEnd = offset + c.text.length - eventStart;
  const toll = counting && !named && read !== '' && !namesPeople(read) ? eventInSentence(ownEvent, figureEnd) : '';
  const told =
    after?.event ||
    toll ||
    (counting && unnamed && (read === '' || namesPeople(read)) ? eventInSentence(ownEvent, figureEnd) : '') ||
    // A figure naming nothing after another of its sentence counts what the sentence opened on: "The toll in
    // the province rose by 300 and is now at 1,240", "deaths total 2,900, including 1,700 in the north".
    (counting && unnamed && read === '' && ownStart > 0 ? subjectEvent(subjectOf(sentence.slice(0, ownStart))) : '');
  // The year may stand just before the figure's own part: "the toll of a 2018 wildfire that left 85 dead".
  // or just after it: "killed 61 people on the island in 1960" (a year is no figure of its own).
  const yearAfter = own.endsWith(' in ') ? (YEAR_AT_START.exec(sentence.slice(ownEnd))?.[0] ?? '') : '';
  const around = `${sentence.slice(Math.max(0, offset - 60), offset)} ${own}${yearAfter}`;
  const namedYear = yearNamed(sentence, offset, c.text.length);
  const occasion = earlierOccasion(sentence, offset, c.text.length);
  const deedSaid = asMove(c.kind, (unnamed && told) || (moneyOfPeople ? '' : said) || told);
  // "three crew members believed to be dead": extraction reads the death; they are not found, so missing.
  const deed = deedSaid === 'kill' && presumedDead(ownEvent, figureEnd) ? 'missing' : deedSaid;
  // "more than 900 buildings have burned down", "hundreds of homes lost": buildings ruined are destroyed.
  const event = counting && (deed === '' || deed === 'lose') && isBuilding(read) ? ruinedIn(own) || deed : deed;
  const lemma = toll || QUALIFYING_HEADS.has(read) ? '' : read;
  // "a town of about 40,000", "a population of 52,000": the people living there, whatever noun was read.
  const population =
    c.kind === 'count' && countsPopulation(lead, lemma, event) ? populationPlace(sentence.slice(0, offset)) : null;
  const people = population !== null || (counting && (countsPeople(lemma, event) || inhabitantsOf(q.counted, lemma)));
  // "two hours after the truce expired" is a time from the truce, not its length: another thing than "a seven-day truce".
  const from = c.kind === 'duration' ? offsetWord(sentence, offset, c.text.length) : null;
  // "its first strike in 16 years", "a 15-year high": the span since a record, its own quantity whatever it is said
  // of (same-quantity.ts), so its head is the record's, not the strike's.
  const since = c.kind === 'duration' && !from ? recordSpan(sentence, offset, c.text.length) : null;
  const head = from
    ? `${from} ${lemma}`
    : since
      ? `since ${since}`
      : population !== null
        ? 'person'
        : lemma || (people ? 'person' : '');
  const total = runningTotalOf({ kind: c.kind, event, head }) !== null;
  const dated = whenOf(q, published, sentence, offset, c.text.length, total);
  // "searched on Friday for a dozen people still missing": those still in a state on a day are a total as of it;
  // "counting began today, with around half tallied so far": so is a figure said to stand so far.
  const after50 = sentence.slice(end, end + 50);
  const time =
    q.scope === 'single_day' &&
    !dated.asOfDay &&
    !dated.eventDay &&
    ((total && STILL_AFTER.test(after50)) || SO_FAR_AFTER.test(after50))
      ? { ...dated, asOfDay: true }
      : dated;
  const superseded = correctionsIn(sentence).some((r) => r.at === offset);
  const earlier =
    datedBack(sentence, offset, superseded) ||
    (lead.includes('from') && CHANGED_FROM.test(lead)) ||
    // "three days ago" is dated to the day (when.ts): no longer a time unknown before the report.
    (!time.words.endsWith(' ago') && mayDateBack(around) && EARLIER_TIME.test(around));
  return Object.assign(new WordsOnDemand(c, sentence, offset, ownEnd, own), {
    kind: c.kind,
    value: c.value,
    // The toll of an event named by its day ("Monday's earthquake has killed 8,704") runs since that day.
    // A day that is another figure's ("52, up from 40 on Monday") leaves this one with no scope of its own.
    quantity: time.eventDay
      ? { ...q, scope: 'cumulative', anchor: `since ${q.anchor}` }
      : time.notOwnDay
        ? { ...q, scope: 'other', anchor: '' }
        : time.asOfDay
          ? { ...q, scope: 'cumulative', anchor: `as of ${q.anchor}` }
          : time.closed && q.scope === 'other'
            ? { ...q, scope: 'cumulative', anchor: time.closed }
            : q,
    head,
    people,
    population,
    named: named && !toll,
    event,
    family: unitFamily(q.unit),
    when: time,
    earlier,
    change: event.endsWith(':by') || BY_CHANGE.test(lead),
    compoundTail: c.kind === 'duration' ? compoundTailOf(sentence, offset, c) : '',
    sinceRecord: since ?? '',
    withNone: c.kind === 'duration' && spanWithNone(sentence, offset, c.text.length),
    passed: c.qualifier === 'exact' && movedPast,
    inCare: counting && inCare(sentence, end),
    converted: c.kind === 'other' && c.quantity.unit !== '' && CONVERTED_BEFORE.test(lead),
    // A figure a change came from ("has increased from 89 to 125", "up from 40% a year earlier") is of a time before
    // its report, its year unknown; one a correction replaced ("revised to 275 from 288") was given days before.
    year:
      namedYear ??
      dayYear(q, time, published) ??
      (occasion || (earlier && !superseded) || !published ? null : Number(published.slice(0, 4))),
    earlierOccasion: occasion,
    yearOfReport: namedYear === null && dayYear(q, time, published) === null && !occasion && !(earlier && !superseded),
  } satisfies Omit<Frame, keyof WordsOnDemand>);
}
