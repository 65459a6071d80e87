import { isNumberWord } from './number-words';
import { EVENTS, FUNCTION_WORDS, REPORTING_VERBS } from './lexicon';
import { isDemonym } from './lemma';

export interface Token {
  w: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;

/** Words and punctuation marks of text[from, to). */
export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && /^\p{L}/u.test(t.w);
const isNumberToken = (t: Token) => /^\d/.test(t.w) || isNumberWord(t.w) || /^(?:million|billion|thousand|more|than|some|about|around|nearly)$/i.test(t.w);
const DETERMINERS = /^(?:the|a|an|its|their|his|her|these|those|all|our|gaza's|gaza’s)$/i;
const SKIP_FIRST = /^(?:more|additional|extra|further|new|other|another)$/i;

export interface NounPhrase {
  /** The phrase as written. */
  text: string;
  head: string;
  modifiers: string[];
  start: number;
  end: number;
  /** "1.8 million of Gaza's 2.3 million people": a share of something larger. */
  partitive: boolean;
}

function isVerbForm(t: Token): boolean {
  const w = t.w.toLowerCase();
  if (REPORTING_VERBS.has(w)) return true;
  if (/^\p{Lu}/u.test(t.w)) return false;
  return (/(?:ed|ing)$/.test(w) && w.length > 4) || (EVENTS.has(w) && !/s$/.test(w) && !/^(?:death|dead|captive|injuries|fatalities|missing)$/.test(w));
}

function canJoinPhrase(t: Token, index: number): boolean {
  const w = t.w.toLowerCase();
  if (!isWord(t) || FUNCTION_WORDS.has(w) || /ly$/.test(w) || isVerbForm(t)) return false;
  // A capitalised word inside the phrase is a nationality ("Palestinian prisoners"), not a new subject ("... and Israel").
  return index === 0 || !/^\p{Lu}/u.test(t.w) || isDemonym(t.w) || /-/.test(t.w);
}

/** The noun phrase a figure counts, read from `from` (just after the figure) to the end of its sentence. */
export function nounPhraseAfter(text: string, from: number, sentenceEnd: number): NounPhrase | null {
  const toks = tokens(text, from, Math.min(sentenceEnd, from + 160));
  let i = 0;
  let partitive = false;
  if (toks[i] && SKIP_FIRST.test(toks[i]!.w)) i++;
  if (toks[i]?.w.toLowerCase() === 'of') {
    partitive = true;
    i++;
    while (toks[i] && (DETERMINERS.test(toks[i]!.w) || /['’]s$/.test(toks[i]!.w) || isNumberToken(toks[i]!))) i++;
  }
  const words: Token[] = [];
  while (words.length < 6 && toks[i]) {
    const t = toks[i]!;
    if (t.w.toLowerCase() === 'and' && words.length > 0) {
      const next = toks[i + 1];
      const after = toks[i + 2];
      if (!next || !canJoinPhrase(next, 1) || (after && /^(?:has|have|had|is|are|was|were|said)$/i.test(after.w))) break;
      i++;
      continue;
    }
    if (!canJoinPhrase(t, words.length)) break;
    words.push(t);
    i++;
  }
  if (words.length === 0) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    text: text.slice(first.start, last.end),
    head: last.w,
    modifiers: words.slice(0, -1).map((t) => t.w),
    start: first.start,
    end: last.end,
    partitive,
  };
}
