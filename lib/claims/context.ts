import { CALENDAR_WORDS } from './grammar/calendar';
import { CAPTIVE_ROLES, CAPTIVE_VERBS, CAPTORS, HELD_BY_CAPTORS } from './grammar/roles';
import { PARTICLE_VERBS } from './grammar/changes';
import { PEOPLE_ONLY_FORMS } from './grammar/events';
import { wordSet } from './grammar/entries';
import { EVENTS, FUNCTION_WORDS, JUDGING_PARTICIPLES, REPORTING_VERBS } from './lexicon';
import { isLetterAt, startsWithUpper } from './chars';
import { tokensBefore } from './tokens';
import { matchesOf } from './matches';

/** What happened to what a figure counts, where and on whose word: read from its sentence. */

// Words between an event and its figure: "released some 105", "had freed another 30".
const SKIP_BEFORE = new Set(
  'the a an some another extra additional more all only just still also further had has have been total'.split(' '),
);
const CHANGE_VERBS = new Set(['rise', 'fall', 'raise', 'cut']);

const PEOPLE_ONLY = wordSet(PEOPLE_ONLY_FORMS);

/** The event a word names; for a thing, none of the forms only people undergo ("assets held" are owned). */
function eventName(word: string, thing = false): string | null {
  const w = word.toLowerCase();
  return thing && PEOPLE_ONLY.has(w) ? null : (EVENTS.get(w) ?? null);
}

const PARTICLE_VERB = wordSet(PARTICLE_VERBS);

/** The event word right before the figure: "released 105", "the release of 110", "rose to 5%". */
function eventBefore(text: string, sentenceStart: number, at: number, thing: boolean): string | null {
  const toks = tokensBefore(text, Math.max(sentenceStart, at - 80), at);
  let i = 0;
  while (toks.at(i) && (SKIP_BEFORE.has(toks.at(i)!.lower) || JUDGING_PARTICIPLES.has(toks.at(i)!.lower))) i++;
  const t = toks.at(i);
  if (!t) return null;
  const w = t.lower;
  if (w === 'of') {
    let j = i + 1;
    while (toks.at(j) && SKIP_BEFORE.has(toks.at(j)!.lower)) j++;
    return toks.at(j) ? eventName(toks.at(j)!.lower) : null;
  }
  if (w === 'to' || w === 'by') {
    const verb = toks.at(i + 1) ? eventName(toks.at(i + 1)!.lower) : null;
    if (!verb || !CHANGE_VERBS.has(verb)) return null;
    // "fell to 2.4%" states the level, as "was 2.4%" does; "fell by 0.5 points" states a change.
    return w === 'to' ? '' : `${verb}:by`;
  }
  // "closed down 2%" moved by it; "turned down two offers", "made up 40%" did not (PARTICLE_VERBS).
  if (w === 'up' || w === 'down')
    return PARTICLE_VERB.has(toks.at(i + 1)?.lower ?? '') ? null : w === 'up' ? 'rise:by' : 'fall:by';
  if (thing && PEOPLE_ONLY.has(w)) return null;
  const verb = eventName(w);
  if (verb) return CHANGE_VERBS.has(verb) ? `${verb}:by` : verb;
  if (/^\p{Ll}+(?:ed|ing)$/u.test(t.w) && !REPORTING_VERBS.has(w) && !FUNCTION_WORDS.has(w))
    return w.replace(/(?:ed|ing)$/, '');
  return null;
}

const AUX_THEN_VERB =
  /\b(?:was|were|is|are|be|been|being|has|have|had)\s+(?:(?:been|being|still|also|reportedly|now|all|later|since|already|reported|said|believed|feared|confirmed|thought|known|subsequently)\s+)*(\p{L}+)/gu;

const ASIDE = /\s[—–]\s[^—–]*?\s[—–]\s|\([^)]*\)/g;
// The words of a share of a group: "most of them", "many of whom".
const SHARES = 'many|some|most|all|none|half|several|few|both';
// A share told between commas ("1,200 people, most of them civilians, were killed"; "most of whom were
// civilians," likewise) is an aside too; its closing comma stays, to end what came before.
const SHARE_ASIDE = new RegExp(`,\\s*(?:${SHARES})\\s+of\\s+(?:them|whom)\\s[^,.;]{1,40},`, 'g');
// ", indicating that more workers are entering": a comment on the figure, whose verbs are not its event.
const RELATIVE_CLAUSE = new RegExp(
  `[,–—]\\s*(?:${SHARES}|one|two)\\s+of\\s+(?:whom|which|them)\\b|,\\s*(?:who|which|\\p{Ll}+ing\\s+that)\\b`,
  'u',
);

/** The event after the counted phrase: "86 Iraqis ... were released", "137 people remain captive", "6,500 missing". */
function eventAfter(text: string, from: number, sentenceEnd: number, thing: boolean): string | null {
  // Asides between dashes or brackets are skipped; a relative clause ("many of whom are displaced") is
  // about some of them, and a comment ("indicating that") about the figure, so reading stops there.
  let reach = text.slice(from, Math.min(sentenceEnd, from + 160));
  if (/[—–(]/.test(reach)) reach = reach.replace(ASIDE, ' ');
  if (/of (?:them|whom)/.test(reach)) reach = reach.replace(SHARE_ASIDE, ',');
  const clause = reach.search(RELATIVE_CLAUSE);
  if (clause >= 0) reach = reach.slice(0, clause);
  const first = /^\s*(?:(?:still|now|also|reportedly|already)\s+)?(\p{L}+)(\s+to\b)?/u.exec(reach);
  const direct = first ? eventName(first[1]!, thing) : null;
  // "30,000 autoworkers returned to work" went back; "returned 30 prisoners" released them.
  if (direct) return direct === 'release' && first![2] ? 'return-to' : direct;
  for (const m of matchesOf(AUX_THEN_VERB, reach)) {
    const verb = eventName(m[1]!, thing);
    if (verb) return verb;
  }
  return null;
}

export function eventOf(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  figureStart: number,
  phraseEnd: number,
  thing = false,
): string {
  return eventBefore(text, sentenceStart, figureStart, thing) ?? eventAfter(text, phraseEnd, sentenceEnd, thing) ?? '';
}

const CAPTIVE_WORDS = CAPTIVE_ROLES.map((r) => r.word).join('|');
// "held by the Taliban" or "held by militants": a named group or a captor holds people captive.
const TAKEN_AS = new RegExp(
  `\\b(?:${CAPTIVE_VERBS.map((v) => v.phrase).join('|')})\\s+(?:as\\s+)?(${CAPTIVE_WORDS})s?\\b|\\bas\\s+(${CAPTIVE_WORDS})s\\b|\\bheld\\s+by\\s+(?:[A-Z]|(?:the\\s+)?(?:${CAPTORS.map((c) => c.word).join('|')})\\b)`,
  // Case-sensitive: "held by Boko Haram" names a group, "held by police" does not.
  'u',
);

/** The role a person-noun figure is put in by its sentence ("240 people taken captive", "held as prisoners"), or ''. */
export function captiveRole(sentenceAfterFigure: string): string {
  const m = TAKEN_AS.exec(sentenceAfterFigure);
  if (!m) return '';
  const word = (m[1] ?? m[2])?.toLowerCase();
  return word ? CAPTIVE_ROLES.find((r) => r.word === word)!.role : HELD_BY_CAPTORS;
}

// "3 of the 12 victims were children", "two of the miners rescued on Friday are Chilean", "4 of the 12 have been
// identified as children": a description after a share of a group, not only what happened to it ("1.8 million
// of Sudan's 45 million people have been displaced").
const DESCRIBED_PART =
  /^[^.;,]{0,40}?\b(?:(?:were|are|was|is)\s+(?!(?:being|been|also|still|later|reportedly|not|now)\b|\p{Ll}+ed\b)\p{L}|\p{Ll}+ed\s+as\b)/u;

/** Whether the share a partitive figure counts ("3 of the 12 victims") is told apart from the rest by what follows. */
export function describesPart(sentenceAfterPhrase: string): boolean {
  return DESCRIBED_PART.test(sentenceAfterPhrase);
}

export interface Place {
  at: number;
  name: string;
}

// The words that lead to a place, found by a plain pattern; the capitalised name after them is read by hand,
// since a Unicode pattern over every sentence cost more than the rest of this file.
const PLACE_LEAD = /\b(?:in|into|across)\s+(?:the\s+)?(?![a-z\s])/g;

/** "in Kharkiv", "into Poland", "across the West Midlands": the places a sentence names, in order. */
export function placesIn(sentence: string): Place[] {
  const out: Place[] = [];
  for (const m of matchesOf(PLACE_LEAD, sentence)) {
    const start = m.index + m[0].length;
    if (!startsWithUpper(sentence.slice(start, start + 2))) continue;
    let end = start + 1;
    while (isLetterAt(sentence, end) || sentence[end] === '-') end++;
    // "New Delhi", "West Bank": the capitalised words that follow belong to the name.
    while (sentence[end] === ' ' && startsWithUpper(sentence.slice(end + 1, end + 3))) {
      end += 2;
      while (isLetterAt(sentence, end) || sentence[end] === '-') end++;
    }
    const name = sentence.slice(start, end).toLowerCase();
    // "in November" is when, not where (lib/claims/scope.ts reads it).
    if (end - start >= 2 && !CALENDAR_WORDS.has(name)) out.push({ at: m.index, name });
  }
  return out;
}

/** The first place named after the figure, else the one just before it. */
export function placeOf(places: Place[], figureAt: number): string {
  let before = '';
  for (const p of places) {
    if (p.at >= figureAt) return p.name;
    if (figureAt - p.at < 60) before = p.name;
  }
  return before;
}

/** "according to the state-run Ministry of Health": who the sentence attributes the figure to. */
export function attributionOf(sentence: string): string {
  const m = /ccording/i.test(sentence) ? /\baccording to\s+([^,.;:()“”"]{3,90})/i.exec(sentence) : null;
  return m ? m[1]!.trim() : '';
}
