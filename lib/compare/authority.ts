import type { Comparable } from './related';
import { near } from './near';
import { daysBetween } from './when';
import { runningTotalOf } from './series';
import { REPORTING_VERBS } from '../claims/lexicon';
import { escapeRegExp } from '../claims/grammar/entries';
import { alternativesOf } from '../alternatives';
import { readOnce } from '../read-once';

/**
 * Who gives a figure, by the kind of body that counts it. In disaster reporting a UN agency, a national
 * government and a relief society each keep a toll of their own, from their own sources, and outlets set them
 * side by side ("the government figure is roughly triple the UN estimate of 670"): two bodies' figures of one
 * day are two estimates, not a morning's count and an evening's. Each entry is a kind of body and the words
 * that name one.
 */
export const AUTHORITIES: { body: string; words: string; acronyms: string[]; reason: string }[] = [
  {
    body: 'un',
    words: 'united nations|international organi[sz]ation for migration|world health organi[sz]ation',
    acronyms: ['UN', 'U.N.', 'U.N', 'IOM', 'OCHA', 'UNICEF', 'WHO'],
    reason: 'the UN and its agencies count from their own field teams ("a UN agency put the toll at 670")',
  },
  {
    body: 'government',
    words:
      'government|ministry|minister|(?:national )?disaster (?:management )?(?:centre|center|authority|agency)|civil defen[cs]e|authorities|officials',
    acronyms: [],
    reason:
      'a national government counts through its ministries and disaster agencies ("the government said on Monday")',
  },
  {
    body: 'military',
    // A military that governs ("the military-led government", "the military junta") counts as the government.
    words: 'military(?![- ](?:led|run|government|junta|regime|rulers?)\\b)|army|armed forces|defen[cs]e forces',
    acronyms: ['IDF'],
    reason:
      'an army counts the dead of its own operations from its own intelligence, apart from the ministries of the side it fights ("the military said under 100 were killed")',
  },
  {
    body: 'red cross',
    words: 'red cross|red crescent',
    acronyms: ['IFRC'],
    reason: 'the Red Cross and Red Crescent societies count from their own volunteers',
  },
];

// Names in any case; acronyms in capitals only ("WHO", not "who").
const PATTERNS = AUTHORITIES.flatMap((a) => [
  { body: a.body, pattern: new RegExp(`\\b(?:${a.words})(?![\\p{L}])`, 'giu') },
  ...(a.acronyms.length
    ? [{ body: a.body, pattern: new RegExp(`\\b(?:${a.acronyms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu') }]
    : []),
]);

/** Words after a body, besides the reporting verbs, that make it the one telling: a noun or verb for its figure. */
const FIGURE_TELLING_WORDS: { word: string; reason: string }[] = [
  { word: 'estimate', reason: '"the UN estimate of 670": the body\'s own figure' },
  { word: 'estimates', reason: '"the government estimates that 2,000 were buried"' },
  { word: 'estimated', reason: '"the agency estimated 670 dead"' },
  { word: 'figure', reason: '"the government figure is roughly triple"' },
  { word: 'put', reason: '"a UN agency put the toll at 670"' },
  { word: 'puts', reason: '"the UN puts the toll at 670"' },
  { word: 'believes', reason: '"the ministry believes 2,000 were buried": its estimate' },
];
const TELLING_AFTER = new Set([...REPORTING_VERBS, ...FIGURE_TELLING_WORDS.map((w) => w.word)]);
const WORD = /\p{L}[\p{L}’']*/gu;

/**
 * A speaker named after "said" and told by the body they speak for, in the apposition news style puts after a
 * quote ("..., said Jane Doe, a spokeswoman for the health ministry"; "said Ana Ruiz, acting director of the
 * national disaster centre"): the name opens with a capital, a comma closes it, and the title runs to the body
 * with no other break.
 */
const SPEAKER_OF_BODY =
  /\b(?:said|says|according to)\s+\p{Lu}[^,.;:!?"“”]{0,40},\s+(?:(?!\b(?:who|whom|whose|which|that)\b)[^,.;:!?"“”]){0,50}$/u;

/**
 * Whether the body named at `at` is the one telling the figure: a reporting verb or a noun for its figure comes
 * within a few words after it ("the government said", "a UN agency put the toll", "the UN estimate of 670"),
 * "according to" or "said" just before it, or the speaker after "said" is told as the body's (`SPEAKER_OF_BODY`).
 * A body told something ("told the United Nations") is not.
 */
function telling(sentence: string, at: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, at - 30), at).toLowerCase();
  if (/\b(?:according to|said)\s+(?:the\s+|a\s+)?$/.test(before)) return true;
  if (/\b(?:told|to|with)\s+(?:the\s+)?$/.test(before)) return false;
  if (SPEAKER_OF_BODY.test(sentence.slice(Math.max(0, at - 100), at))) return true;
  const after = sentence.slice(end).toLowerCase().match(WORD)?.slice(0, 4) ?? [];
  return after.some((w) => TELLING_AFTER.has(w));
}

/**
 * A count told as reached so far ("3,283 people had been buried so far", "bodies recovered to date") is a body's
 * tally of what it has done, a floor of the toll, not its estimate of it: a larger estimate of another body's
 * does not deny it.
 */
const TO_DATE = /\b(?:so far|to date|thus far|as yet)\b/i;

/**
 * Words that open a clause set against the one before it, each with its reason: news sets two bodies' figures side by
 * side in one sentence, each body telling its own clause's figure, so a body past one of them from the figure tells
 * another.
 */
const CONTRASTS: { words: string; reason: string }[] = [
  { words: 'while', reason: '"the UN puts the toll at 670, while the government says 2,000"' },
  { words: 'whereas', reason: '"the agency counts 670 dead, whereas officials believe 2,000"' },
  { words: 'but', reason: '"the ministry said 900 died, but the Red Cross put the toll at 1,400"' },
];
const CONTRAST = new RegExp(`(?:[,;]\\s*(?:${alternativesOf(CONTRASTS)})\\b|;)`, 'i');

/**
 * Nouns that name a body already named, with the definite article, each with its reason: "The U.N. is sheltering 1,600
 * people. The agency estimates 670 died" gives the 670 to the UN, the body the text named last before it.
 */
export const BODY_ANAPHORS: { words: string; reason: string }[] = [
  { words: 'the agency', reason: '"The UN is sheltering 1,600 people. The agency estimates 670 died."' },
  { words: 'the organisation', reason: '"The Red Cross sent 40 teams. The organisation puts the toll at 900."' },
  { words: 'the organization', reason: 'the same in American spelling' },
];
const ANAPHOR = new RegExp(`\\b(?:${alternativesOf(BODY_ANAPHORS)})(?![\\p{L}])`, 'giu');

/** Calls `each` with every mention of a body in a text (`PATTERNS`), and the kind of body it names. */
function forEachBody(text: string, each: (body: string, m: RegExpExecArray) => void): void {
  for (const { body, pattern } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) each(body, m);
  }
}

/** The kind of body named last in a text (any mention, telling or not), or ''. */
function lastBodyIn(text: string): string {
  let last = '';
  let at = -1;
  forEachBody(text, (body, m) => {
    if (m.index > at) [last, at] = [body, m.index];
  });
  return last;
}

/**
 * The kind of body the sentence gives a figure to: of those named as telling (`telling`) in the figure's clause
 * (`CONTRASTS`), the one nearest the figure, '' when none is. A body named again by a noun alone (`BODY_ANAPHORS`) is
 * the one the text before the sentence (`preceding`: a page's own text; a stored claim keeps its sentence only) named
 * last.
 */
export function authorityOf(sentence: string, offset: number, preceding = ''): string {
  if (TO_DATE.test(sentence)) return '';
  let best = '';
  let distance = Infinity;
  const nearest = (body: string, m: RegExpExecArray) => {
    if (!body || !telling(sentence, m.index, m.index + m[0].length)) return;
    if (CONTRAST.test(sentence.slice(Math.min(m.index, offset), Math.max(m.index, offset)))) return;
    const d = Math.abs(m.index - offset);
    if (d < distance) [best, distance] = [body, d];
  };
  forEachBody(sentence, nearest);
  if (preceding) {
    ANAPHOR.lastIndex = 0;
    for (let m = ANAPHOR.exec(sentence); m; m = ANAPHOR.exec(sentence))
      nearest(lastBodyIn(preceding + ' ' + sentence.slice(0, m.index)), m);
  }
  return best;
}

/**
 * `authorityOf` read when first asked: only two tolls of one day's reports ask it (`twoBodiesOneDay`), and reading
 * every candidate's bodies was a tenth of framing the 6,000 claims of a cold check.
 */
export const authorityReader = (sentence: string, offset: number, preceding = ''): (() => string) =>
  readOnce(() => authorityOf(sentence, offset, preceding));

/** The dead of a disaster, the toll bodies keep estimates of. */
const aToll = (f: Comparable) => runningTotalOf(f.frame)?.event === 'kill';
/** A toll, or a count that says nothing of what befell it set against one ("the UN estimate of 670"). */
const tollOrUntold = (f: Comparable, other: Comparable) =>
  aToll(f) || (f.frame.kind === 'count' && f.frame.event === '' && aToll(other));

/**
 * How many times over two bodies' estimates of one toll may differ and still be told as one quantity: agencies
 * a few days into a disaster differ by a factor ("roughly triple the UN estimate"), beyond `near`'s.
 */
const ESTIMATES_SPREAD = 3.5;

/**
 * How many days apart two bodies' figures of one toll may be reported when one of them is a ceiling ("under 100 were
 * killed", the army said): a ceiling is a body's denial of any higher count of those dead, not a count so far that
 * later counts outgrow, so another body's figure above it in the next days' reports disputes it. Two counts must be
 * of one day's reports: a disaster's toll grows many times over from one day to the next (a clean holdout's false
 * alarm when counts a day apart were let in).
 */
const CEILING_DISPUTE_DAYS = 2;

/**
 * Two figures of one running total given by two kinds of body in reports of one day, that cannot both hold:
 * two estimates side by side, a contradiction, not a morning's count and an evening's. One body's ceiling against
 * another's figure above it is a dispute in reports a few days apart too (`CEILING_DISPUTE_DAYS`).
 */
export function twoBodiesOneDay(a: Comparable, b: Comparable): boolean {
  const [da, db] = [a.frame.when.reported, b.frame.when.reported];
  if (!da || !db || !tollOrUntold(a, b) || !tollOrUntold(b, a)) return false;
  const ceiling = a.qualifier === 'at_most' || b.qualifier === 'at_most';
  if (Math.abs(daysBetween(da, db)) > (ceiling ? CEILING_DISPUTE_DAYS : 0)) return false;
  // The bodies last: the one test that reads the sentences again.
  const [ba, bb] = [a.authority?.() ?? '', b.authority?.() ?? ''];
  if (!ba || !bb || ba === bb) return false;
  return near(a, b, ESTIMATES_SPREAD);
}
