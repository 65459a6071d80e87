import { EVENTS, FUNCTION_WORDS, MONTHS, REPORTING_VERBS, WEEKDAYS } from './lexicon';
import { tokens } from './noun-phrase';
import type { Scope } from './types';

/** What happened to what a figure counts, when, where and on whose word: read from its sentence. */

const SKIP_BEFORE = /^(?:the|a|an|some|another|extra|additional|more|all|only|just|still|also|further|had|has|have|been|a total of|total)$/i;
const CHANGE_VERBS = new Set(['rise', 'fall', 'raise', 'cut']);

function eventName(word: string): string | null {
  const w = word.toLowerCase();
  return EVENTS.get(w) ?? null;
}

/** The event word right before the figure: "released 105", "the release of 110", "rose to 5%". */
function eventBefore(text: string, sentenceStart: number, at: number): string | null {
  const toks = tokens(text, Math.max(sentenceStart, at - 80), at).reverse();
  let i = 0;
  while (toks[i] && SKIP_BEFORE.test(toks[i]!.w)) i++;
  const t = toks[i];
  if (!t) return null;
  const w = t.w.toLowerCase();
  if (w === 'of') {
    let j = i + 1;
    while (toks[j] && SKIP_BEFORE.test(toks[j]!.w)) j++;
    return toks[j] ? eventName(toks[j]!.w) : null;
  }
  if (w === 'to' || w === 'by') {
    const verb = toks[i + 1] ? eventName(toks[i + 1]!.w) : null;
    return verb && CHANGE_VERBS.has(verb) ? `${verb}:${w}` : null;
  }
  if (w === 'up' || w === 'down') return w === 'up' ? 'rise:by' : 'fall:by';
  const verb = eventName(w);
  if (verb) return CHANGE_VERBS.has(verb) ? `${verb}:by` : verb;
  if (/^\p{Ll}+(?:ed|ing)$/u.test(t.w) && !REPORTING_VERBS.has(w) && !FUNCTION_WORDS.has(w)) return w.replace(/(?:ed|ing)$/, '');
  return null;
}

const AUX_THEN_VERB =
  /\b(?:was|were|is|are|be|been|being|has|have|had)\s+(?:(?:been|being|still|also|reportedly|now|all|later|since|already|reported|said|believed|feared|confirmed|thought|known|subsequently)\s+)*(\p{L}+)/gu;

/** The event after the counted phrase: "86 Israelis ... were released", "137 people remain hostage", "6,500 missing". */
function eventAfter(text: string, from: number, sentenceEnd: number): string | null {
  // Asides between dashes or brackets are skipped; a relative clause ("many of whom are displaced") is
  // about some of them, so reading stops there.
  const window = text
    .slice(from, Math.min(sentenceEnd, from + 160))
    .replace(/\s[—–]\s[^—–]*?\s[—–]\s|\([^)]*\)/g, ' ')
    .split(/[,–—]\s*(?:many|some|most|all|none|half|several|few|one|two|both)\s+of\s+(?:whom|which|them)\b|,\s*(?:who|which)\b/)[0]!;
  const first = /^\s*(\p{L}+)(\s+to\b)?/u.exec(window);
  const direct = first ? eventName(first[1]!) : null;
  // "30,000 autoworkers returned to work" went back; "returned 30 hostages" released them.
  if (direct) return direct === 'release' && first![2] ? 'return-to' : direct;
  for (const m of window.matchAll(AUX_THEN_VERB)) {
    const verb = eventName(m[1]!);
    if (verb) return verb;
  }
  return null;
}

export function eventOf(text: string, sentenceStart: number, sentenceEnd: number, figureStart: number, phraseEnd: number): string {
  return eventBefore(text, sentenceStart, figureStart) ?? eventAfter(text, phraseEnd, sentenceEnd) ?? '';
}

/** A person-noun figure whose sentence says they were taken or held hostage counts hostages. */
export function heldAsHostages(sentenceAfterFigure: string): boolean {
  return /\b(?:taken|held|being held|remain(?:s|ed)?|kept|seized)\s+(?:as\s+)?(?:hostages?|captives?)\b|\bheld (?:captive|by)\b|\bas hostages\b/i.test(sentenceAfterFigure);
}

interface Marker {
  scope: Exclude<Scope, 'rate' | 'other'>;
  start: number;
  end: number;
  anchor: string;
}

const PLAN =
  'would|will|must|shall|has to|have to|had to|is to|are to|was to|were to|plans? to|planned to|agreed to|expected to|set to|slated to|due to|aims? to|could|might|proposed|proposal|pushing (?:for|to)|pushed (?:for|to)|called for|calls for|call for|under the (?:terms|deal|agreement|plan|proposal)|original|originally|initially|required|requires|demanded|condition|pledged|promised|vowed|offered';
const CUMULATIVE =
  'to date|so far|in total|in all|altogether|overall|cumulative|thus far|until now|up to now|still|remain(?:s|ed)?|throughout|as of\\s+\\S+|during the\\s+[\\w-]+|over the (?:past|last|course)';
const DAY = `(?:(?:on|last|this|late|early)\\s+)?(?<weekday>${WEEKDAYS}|today|yesterday|tonight|overnight)|on\\s+(?<date>(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}\\s+(?:${MONTHS}))`;
/** Plans, running totals and days in one pass over a sentence: this runs for every sentence with a figure. */
const MARKER = new RegExp(`\\b(?:(?<plan>${PLAN})|(?<cumulative>${CUMULATIVE})|${DAY})\\b`, 'gi');
// Patterns with open parts run only on sentences that hold their trigger word.
const SINCE = /\bsince\s+(?:its\s+|the\s+)?[\p{L}\d ]{1,20}?(?=[,.]|\s(?:attack|war|began|start))/giu;
const DURING_PERIOD = /\bin the\s+(?:[\w-]+\s+){0,3}(?:pause|truce|ceasefire|war|conflict|period)\b/gi;
const PERIOD_WORD = /pause|truce|ceasefire|cease-fire|deal|agreement|war|conflict|period/i;
const PERIOD_SUBJECT =
  /\b(?:truce|ceasefire|cease-fire|pause|deal|agreement|war|conflict)\b(?:[^.]{0,50}?\b(?:that|which))?\s+(?:had\s+|has\s+)?(?:allowed|facilitated|saw|enabled|brought|led to|resulted in|paved the way for)\b/gi;
const REPORTED_ON = /\b(?:said|says|told|announced|reported|stated|wrote|added|confirmed)\s+(?:\p{L}+\s+){0,2}$/iu;

// Claims come in text order, so consecutive ones share a sentence: its markers are read once.
let lastSentence = '';
let lastMarkers: Marker[] = [];

function markers(sentence: string): Marker[] {
  if (sentence === lastSentence) return lastMarkers;
  lastSentence = sentence;
  lastMarkers = readMarkers(sentence);
  return lastMarkers;
}

function dayMarker(sentence: string, m: RegExpMatchArray): Marker | null {
  // "since October 7", "as of Thursday" are the start or end of a running total, not a single day.
  if (/\b(?:since|as of|until|by|before|after)\s+$/i.test(sentence.slice(Math.max(0, m.index! - 9), m.index))) return null;
  // "..., the ministry said on Friday": the day it was said, not the day it happened.
  if (REPORTED_ON.test(sentence.slice(Math.max(0, m.index! - 30), m.index))) return null;
  const anchor = (m.groups!.weekday ?? m.groups!.date ?? '').toLowerCase().replace(/\./g, '').replace(/(\d)(?:st|nd|rd|th)/, '$1');
  return { scope: 'single_day', start: m.index!, end: m.index! + m[0].length, anchor };
}

const cumulativeMarker = (m: RegExpMatchArray): Marker => ({
  scope: 'cumulative',
  start: m.index!,
  end: m.index! + m[0].length,
  anchor: /^(?:since|as of)\b/i.test(m[0]) ? m[0].toLowerCase().replace(/[^\p{L}\d ]/gu, '').trim() : '',
});

function readMarkers(sentence: string): Marker[] {
  const out: Marker[] = [];
  for (const m of sentence.matchAll(MARKER)) {
    if (m.groups!.plan) out.push({ scope: 'plan', start: m.index, end: m.index + m[0].length, anchor: '' });
    else if (m.groups!.cumulative) out.push(cumulativeMarker(m));
    else {
      const day = dayMarker(sentence, m);
      if (day) out.push(day);
    }
  }
  const open = [...(sentence.toLowerCase().includes('since') ? [SINCE] : []), ...(PERIOD_WORD.test(sentence) ? [DURING_PERIOD, PERIOD_SUBJECT] : [])];
  for (const re of open) for (const m of sentence.matchAll(re)) out.push(cumulativeMarker(m));
  return out;
}

export interface ScopeReading {
  scope: Scope;
  anchor: string;
}

/**
 * The scope nearest the figure in its sentence: a plan or condition (only when said before the figure:
 * "called for four days"), a running total ("to date", "since", "as of", "the truce that allowed"),
 * or a single day ("on Thursday"). Durations and ratios only take plans: "on Friday" does not make a
 * seven-day truce a one-day quantity.
 */
export function scopeOf(sentence: string, figureAt: number, figureEnd: number, durationLike: boolean): ScopeReading {
  let best: Marker | null = null;
  let bestDistance = Infinity;
  for (const m of markers(sentence)) {
    if (m.scope === 'plan' && m.start > figureAt) continue;
    if (durationLike && m.scope !== 'plan') continue;
    if (m.end > figureAt && m.start < figureEnd) continue;
    const distance = m.end <= figureAt ? figureAt - m.end : m.start - figureEnd;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best ? { scope: best.scope, anchor: best.anchor } : { scope: 'other', anchor: '' };
}

/** "in Gaza", "into Israel", "across the West Bank": the first place named after the figure, else just before it. */
export function placeOf(sentence: string, figureAt: number): string {
  const re = /\b(?:in|into|across)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu;
  let before = '';
  for (const m of sentence.matchAll(re)) {
    if (m.index >= figureAt) return m[1]!.toLowerCase();
    if (figureAt - m.index < 60) before = m[1]!.toLowerCase();
  }
  return before;
}

/** "according to the Hamas-controlled Ministry of Health": who the sentence attributes the figure to. */
export function attributionOf(sentence: string): string {
  const m = /\baccording to\s+([^,.;:()“”"]{3,90})/i.exec(sentence);
  return m ? m[1]!.trim() : '';
}
