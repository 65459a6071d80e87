import { alternativesOf } from '../alternatives';
import { HEDGE } from './hedges';
import { isNumberWord } from '../claims/number-words';

/**
 * What happened to a counted thing, compared across outlets. Extraction names an event from the word next
 * to the figure, with its synonyms merged ("freed", "returned", "handed over" are 'release'); a headline or
 * a turn of phrase may leave it unnamed or misnamed ("toll climbs past 500", "lost their lives"), and the
 * sentence says it elsewhere. Each entry says why.
 */

/**
 * Words of a sentence that tell an event the extracted verb does not, for a count of people: "lost their
 * lives" is a death, not a defeat; a "death toll" is deaths whatever verb moves it ("climbs past 500").
 */
const SENTENCE_EVENTS: [pattern: RegExp, cls: string, why: string][] = [
  [/\blos(?:t|e|es|ing)\s+(?:their|his|her|its)\s+li(?:fe|ves)\b/i, 'kill', "to lose one's life is to die"],
  [
    /\bli(?:fe|ves)\s+(?:(?:were|was|have\s+been|has\s+been)\s+)?(?:(?:also|all|\p{L}+ly)\s+)?lost\b/iu,
    'kill',
    '"lives lost" are deaths, an adverb before "lost" or not ("10 lives were also lost", "were tragically lost")',
  ],
  [
    /\b(?:claim(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|cost(?:s|ing)?)\s+(?:[\p{L}\d.,-]+\s+){0,4}?li(?:fe|ves)\b/iu,
    'kill',
    'a disaster that "claimed 400 lives", "took 40 lives" or "cost 12 lives" killed them',
  ],
  // A "toll" with nothing said of what it counts is a death toll in news copy ("flood toll climbs past 500").
  [
    /\b(?:death|fatality)\s+(?:toll|count)\b|\btoll\b|\bdeaths?\b|\bfatalit(?:y|ies)\b|\bdied\b|\bdead\b|\bkilled\b/i,
    'kill',
    'a toll of deaths',
  ],
  [/\b(?:injur(?:y|ies|ed)|wounded|hurt|burns)\b/i, 'injure', 'injuries told by any of their words ("suffered burns")'],
];

/**
 * Words of a sentence that tell the event of people left in a state by a disaster, read only when the
 * sentence names no toll nor injury: a toll is often told beside those still searched for or left homeless
 * ("the toll has risen to 480 as rescuers search for thousands missing"), and the figure is then the toll's.
 * Read up to the clause that follows the figure: "two million people in the region, many of whom are
 * displaced" counts everyone, of whom a part are displaced.
 */
const AFTERMATH_EVENTS: [pattern: RegExp, cls: string, why: string][] = [
  [
    /\bin\s+captivity\b|\bheld\s+captive\b/i,
    'hold',
    'people "still in captivity" or "held captive" are held, as the lexicon\'s "held" and "holding" are',
  ],
  [
    /\bmissing\b|\bunaccounted\s+for\b|\bwhereabouts\s+(?:are\s+|were\s+|remain\s+)?(?:still\s+)?unknown\b/i,
    'missing',
    'the missing, told as such, as "unaccounted for" or as people "whose whereabouts are unknown"',
  ],
  [
    /\b(?:displaced|homeless|uprooted)\b/i,
    'flee',
    'people driven from home ("those displaced", "left homeless"), as the lexicon\'s "fled" and "displaced" are',
  ],
  [
    /\bwithout\s+(?:a\s+)?(?:roofs?|homes?)\b|\blost\s+(?:their|his|her)\s+homes?\b/i,
    'flee',
    'people "left without a roof over their heads" or who "lost their homes" are the homeless',
  ],
  [
    /\bshelter(?:s|ed|ing)?\b/i,
    'flee',
    'people in shelters or taking shelter ("3,400 people had taken shelter in trains") are those driven from home',
  ],
];

/**
 * Words that say people are thought dead but not found ("six workers are missing and presumed dead", "four workers,
 * who are feared dead"): officials keep them among the missing until they are found, so their figure is the
 * missing's, never the toll's. Each with why.
 */
export const PRESUMED_DEAD: { words: string; reason: string }[] = [
  { words: 'presumed dead', reason: '"missing and presumed dead": the search has not found them' },
  { words: 'feared dead', reason: '"12 climbers feared dead": feared, not found' },
  { words: 'believed dead', reason: '"three crew believed dead": believed, not found' },
  { words: 'believed to be dead', reason: 'as "believed dead"' },
  { words: 'feared to be dead', reason: 'as "feared dead"' },
  { words: 'feared to have died', reason: '"40 feared to have died": feared, not found' },
];
const PRESUMED = new RegExp(`\\b(?:${alternativesOf(PRESUMED_DEAD)})\\b`, 'gi');
/**
 * The sentence with the words of people thought dead read as missing, at the same length (offsets stay), where they
 * are said of the figure: after it, no other figure between ("the bodies of two of the six people presumed dead" says
 * it of the six).
 */
function presumedAsMissing(sentence: string, figureEnd: number): string {
  if (!sentence.includes('dead') && !sentence.includes('died')) return sentence;
  return sentence.replace(PRESUMED, (m, at: number) =>
    at >= figureEnd &&
    !sentence
      .slice(figureEnd, at)
      .split(/[^\p{L}\d]+/u)
      .some(namesFigure)
      ? 'missing'.padEnd(m.length)
      : m,
  );
}
/** Whether words of people thought dead are said of the figure ending at `figureEnd` (`PRESUMED_DEAD`). */
export const presumedDead = (sentence: string, figureEnd: number): boolean =>
  presumedAsMissing(sentence, figureEnd) !== sentence;
const namesFigure = (word: string) => /\d/.test(word) || isNumberWord(word.toLowerCase());

const WHO_AFTER = /^,\s*who\b/i;
// The words a figure's noun phrase may take before a clause on who they are ("four construction workers, who").
const NOUN_WORDS = 3;
const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The one class the patterns of a table find in a sentence, or '' for none or several. */
function oneClass(table: [RegExp, string, string][], sentence: string): string {
  const found = new Set(table.filter(([pattern]) => pattern.test(sentence)).map(([, cls]) => cls));
  return found.size === 1 ? [...found][0]! : '';
}

/**
 * The event class a sentence states for a count of people when extraction found no event (or "lost"):
 * only when the sentence names one class, since "killed 40 and injured 120" leaves each figure's own.
 * `figureEnd`: where the figure ends in it, for the words of the people a disaster left (AFTERMATH_EVENTS).
 */
export function eventInSentence(told: string, figureEnd = told.length): string {
  const sentence = presumedAsMissing(told, figureEnd);
  const toll = oneClass(SENTENCE_EVENTS, sentence);
  if (toll || SENTENCE_EVENTS.some(([pattern]) => pattern.test(sentence))) return toll;
  const after = sentence.slice(figureEnd);
  // "four workers, who are presumed dead, ...": a clause on who they all are says what befell them; "many of whom"
  // would say it of a part.
  const opened = after.search(/[,;:—–]/);
  const onThem = opened >= 0 && WHO_AFTER.test(after.slice(opened)) && wordsIn(after.slice(0, opened)) <= NOUN_WORDS;
  const own = onThem ? after.slice(opened + 1).search(/[,;:—–]/) : -1;
  const clauseAfter = own >= 0 ? opened + 1 + own : opened;
  return oneClass(AFTERMATH_EVENTS, clauseAfter < 0 ? sentence : sentence.slice(0, figureEnd + clauseAfter));
}

/**
 * Nouns for what a sentence's figures count when it opens on them ("The death toll in the province rose by 300
 * and is now at 1,240", "Deaths in the north total 2,900, including 1,700 in the capital"): nouns only, since
 * a verb there is the first figure's ("The storm killed 12, and 300 more are in hospital").
 */
const SUBJECT_EVENTS: [pattern: RegExp, cls: string, why: string][] = [
  [/\btoll\b|\bdeaths\b|\bfatalities\b|\bthe\s+dead\b/i, 'kill', 'a toll, the deaths, the dead'],
  [/\binjuries\b|\bthe\s+(?:injured|wounded)\b/i, 'injure', 'the injuries, the injured'],
];

/** The event class the noun a sentence opens on names for its figures (`subject`: its words before its first figure). */
export const subjectEvent = (subject: string): string => oneClass(SUBJECT_EVENTS, subject);

// "1,000 people remained unaccounted for", "40 remain missing": extraction reads "remain" as being held, and
// the words after it say they are missing, which is not held.
const REMAIN_MISSING = /^[^,;.]*?\bremain(?:s|ed|ing)?\s+(?:missing|unaccounted\s+for)\b/i;

/** The event of a figure extraction read as held, from the words after it: 'missing' when they say so. */
export const heldOrMissing = (after: string): string => (REMAIN_MISSING.test(after) ? 'missing' : 'hold');

// "taking more than 240 people hostage", "took 30 tourists captive": to take people captive is to seize them,
// which extraction does not read from "take", a verb of anything.
const TAKEN_BEFORE = /\b(?:take|takes|took|taken|taking)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const CAPTIVE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:hostages?|captives?)\b/iu;
// "about 240 taken hostage", "30 people were taken captive": the participle after the figure says it of them.
const TAKEN_CAPTIVE_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?taken\s+(?:as\s+)?(?:hostages?|captives?)\b/iu;

/** 'seize' for a figure its sentence says was taken captive (the words just before and after it), else ''. */
export const takenCaptive = (before: string, after: string): string =>
  (TAKEN_BEFORE.test(before) && CAPTIVE_AFTER.test(after)) || TAKEN_CAPTIVE_AFTER.test(after) ? 'seize' : '';

// "1.2 million homes were without power", "300,000 customers lost electricity", "left 40,000 households with no power":
// those cut off from power, whatever verb (extraction reads "lost" as a loss) or none.
const OUT_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,4}?(?:(?:were|was|are|is|have|has|had|been|remain|remains|remained|still|left)\s+)*(?:without|lost|lose|losing|with\s+no|cut\s+off\s+from)\s+(?:their\s+|its\s+)?(?:power|electricity)\b/iu;
// "power outages affecting 300,000 customers", "cut power to 40,000 homes", "blackouts hit 1 million".
const OUT_BEFORE =
  /\b(?:(?:power|electricity)\s+(?:outages?|cuts?)|blackouts?)\s+(?:affecting|affected|hit|hitting|for|at|to)\s+(?:[\p{L}-]+\s+){0,3}$|\bcut\s+(?:off\s+)?(?:power|electricity)\s+(?:to|for)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * 'outage' for a count its words say is cut off from power, before or after it, else '': news counts those without
 * power in homes, households, customers or people, and tells it with "lost", "without" or an outage.
 */
export const withoutPower = (before: string, after: string): string =>
  OUT_AFTER.test(after) || OUT_BEFORE.test(before) ? 'outage' : '';

/**
 * Words that, said of buildings or homes, tell they were destroyed, with why: a disaster's toll of buildings is told
 * with them as often as with "destroyed".
 */
export const RUINED_WORDS: { words: string; reason: string }[] = [
  {
    words: 'burned down|burnt down|burned to the ground|burnt to the ground',
    reason: '"900 buildings have burned down"',
  },
  {
    words: 'razed|flattened|levelled|leveled|gutted',
    reason: '"640 houses have been razed", "flattened 2,000 structures"',
  },
  { words: 'reduced to rubble|reduced to ashes', reason: '"2,400 buildings have been reduced to rubble"' },
  { words: 'lost', reason: '"hundreds of homes lost": a home lost to a fire or a flood is destroyed' },
];
const RUINED = new RegExp(`\\b(?:${RUINED_WORDS.map((r) => r.words.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** 'destroy' for a figure's part that says buildings were ruined (`RUINED_WORDS`), else ''. */
export const ruinedIn = (part: string): string => (RUINED.test(part) ? 'destroy' : '');

/**
 * Words before a figure that tell a count under way by who leads it ("leading in 286 seats", "ahead in 99", "was
 * leading on over 230 seats"): what a party leads in is what it stands to win as the count stands, as "has won
 * 290 seats so far" says, so both are one running tally of seats won.
 */
export const LEADS_BEFORE: { words: string; reason: string }[] = [
  { words: 'leading in', reason: '"the alliance is leading in 286 seats": seats it is winning as the count stands' },
  { words: 'leading on', reason: '"leading on over 230 seats", as "leading in"' },
  { words: 'leads in', reason: '"the party leads in 31 districts", as "leading in"' },
  { words: 'ahead in', reason: '"Congress was ahead in 99", as "leading in"' },
  { words: 'ahead on', reason: '"is ahead on around 300 seats", as "leading in"' },
];
const LEADS = new RegExp(`\\b(?:${alternativesOf(LEADS_BEFORE)})\\s+${HEDGE}$`, 'i');

/** 'win' for a figure told as what someone leads in as a count goes on ("ahead in 99"), else ''. */
export const leadsIn = (before: string): string => (LEADS.test(before) ? 'win' : '');

/**
 * Verbs of what befell a thing that, said of a percentage, tell how much it moved: "shares were losing 5.2%" fell by
 * 5.2% as "the stock was down 10.6%" did, and "the index added 1.1%" rose by it. Each with why; a count or a sum
 * keeps its deed ("lost $5.5 billion", "added 71,000 jobs" are what was lost or added, not a move of a level).
 */
export const PERCENT_MOVES: { event: string; change: string; reason: string }[] = [
  {
    event: 'lose',
    change: 'fall:by',
    reason: '"shares lost 13%", "the party lost 4% of the vote": a fall by that much',
  },
  { event: 'add', change: 'rise:by', reason: '"the index added 1.1%": a rise by that much' },
  { event: 'cut', change: 'fall:by', reason: '"cut its workforce by 5%", "cut 10% of its staff": a fall by that much' },
];
const MOVES = new Map(PERCENT_MOVES.map((m) => [m.event, m.change]));

/** The event of a figure as compared: a percentage's deed as the move it tells (`PERCENT_MOVES`). */
export const asMove = (kind: string, event: string): string =>
  kind === 'percent' ? (MOVES.get(event) ?? event) : event;

/**
 * Verbs of money that, said of people, tell what they did with their time or what a thing cost, not what befell
 * them: the rest of the sentence tells that. Each with why.
 */
const NOT_OF_PEOPLE: { event: string; reason: string }[] = [
  { event: 'spend', reason: '"18,000 people spent the night in shelters" were sheltered, not spending' },
  { event: 'cost', reason: '"the floods cost 12 people their lives" killed them' },
];
const MONEY_VERBS = new Set(NOT_OF_PEOPLE.map((e) => e.event));

/** Whether an event read for a count of people says nothing of what befell them (`NOT_OF_PEOPLE`). */
export const notOfPeople = (event: string): boolean => MONEY_VERBS.has(event);

/** Events that undo or exclude each other: "took some 240 people captive" is not "240 prisoners freed". */
const CONTRARY: [string, string, string][] = [
  ['seize', 'release', 'taking captives and freeing them'],
  ['hold', 'release', 'those still held are not those freed'],
  ['kill', 'injure', 'the dead and the wounded are counted apart'],
  ['kill', 'missing', 'the dead and the missing are counted apart until the missing are found'],
  ['injure', 'missing', 'the injured are found, the missing are not'],
  ['kill', 'flee', 'the dead and those driven from home are counted apart'],
  ['missing', 'hold', 'those still trapped or stranded are where rescuers know them to be; the missing are not'],
  ['missing', 'evacuate', 'the rescued and the evacuated are found; the missing are still searched for'],
  ['hold', 'evacuate', 'those still trapped or stranded await the rescue those brought out have had'],
  ['rise:by', 'fall:by', 'a rise is not a fall'],
  ['buy', 'sell', 'opposite sides of a trade'],
  ['win', 'lose', 'opposite outcomes'],
];

export const areContrary = (a: string, b: string): boolean =>
  CONTRARY.some(([p, q]) => (a === p && b === q) || (a === q && b === p));
