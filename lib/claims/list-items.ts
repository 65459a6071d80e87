import { startsWithUpper } from './chars';
import { wordSet } from './grammar/entries';
import { IRREGULAR_PASTS } from './grammar/function-words';
import { ITEM_ADJUNCT_OPENERS, ITEM_LEADS, LIST_HOLDERS, LIST_JOINS } from './grammar/lists';
import { DETERMINERS, TIME_DETERMINERS } from './grammar/phrase';
import { isNeverNoun, singular } from './lemma';
import { isNumberWord } from './number-words';
import type { Claim } from './types';

const JOINS = wordSet(LIST_JOINS);
const OPENERS = wordSet(ITEM_ADJUNCT_OPENERS, TIME_DETERMINERS);
const LEADS = wordSet(ITEM_LEADS);
const PASTS = wordSet(IRREGULAR_PASTS);
const ARTICLES = wordSet(DETERMINERS);
const HOLDERS = wordSet(LIST_HOLDERS);
/** How many words a time or place adjunct of one item may hold after its preposition: "in the third quarter". */
const ADJUNCT_WORDS = 4;

const TOKENS = /\p{L}[\p{L}'’-]*|\d[\d.]*|[^\s\p{L}\d]/gu;
const isJoin = (t: string) => t === ',' || JOINS.has(t.toLowerCase());
const isVerb = (t: string) =>
  !startsWithUpper(t) && (/[a-z]{2,}ed$/.test(t) || PASTS.has(t) || (isNeverNoun(t) && !t.endsWith('ly')));
const isWordOrNumber = (t: string) => /^[\p{L}\d]/u.test(t);

/** "in 2025", "this year", "in the north": an adjunct of time or place from `i`; the index after it. */
function adjunctEnd(tokens: string[], i: number): number {
  if (!OPENERS.has(tokens[i]?.toLowerCase() ?? '')) return i;
  let j = i + 1;
  while (
    j < i + 1 + ADJUNCT_WORDS &&
    tokens[j] &&
    isWordOrNumber(tokens[j]!) &&
    !isJoin(tokens[j]!) &&
    !isVerb(tokens[j]!)
  )
    j++;
  return j > i + 1 ? j : i;
}

/** "the DA", "Labour", "the Democrats": the holder a gapped item names before its figure; the index after it. */
function holderEnd(tokens: string[], i: number): number {
  const j = ARTICLES.has(tokens[i]?.toLowerCase() ?? '') ? i + 1 : i;
  let k = j;
  while (k < j + 3 && tokens[k] && startsWithUpper(tokens[k]!) && isWordOrNumber(tokens[k]!)) k++;
  return k > j ? k : i;
}

/**
 * Whether what the first item counts was told as its object, right after its figure ("won 159 seats"): a later
 * item may then name another holder in its place ("the DA 87"), which a subject told before the figure
 * ("growth of 0.9%") leaves no room for.
 */
function toldAfterAFigure(text: string, counted: Claim, upTo: number): boolean {
  const phrase = counted.quantity.counted;
  const at = text.lastIndexOf(phrase, upTo - phrase.length);
  if (at < counted.sentenceStart) return false;
  // "40% of the vote": the object told after "of" and its determiner.
  const before = text
    .slice(counted.sentenceStart, at)
    .trimEnd()
    .replace(/-$/, '')
    .replace(/\s+of(?:\s+(?:the|its|their))?$/i, '');
  const last = /(\S+)$/.exec(before)?.[1] ?? '';
  return /\d%?$/.test(last) || isNumberWord(last);
}

// After a later item: nothing, a mark, a join, or an adjunct of its own ("1.7% in 2026").
const ITEM_END = new RegExp(`^\\s*(?:$|[,;:.)—–]|(?:${[...JOINS, ...OPENERS].join('|')})\\b)`, 'i');

/** The words between an item, past its own noun, and `upTo`. */
function tokensAfterItem(text: string, previous: Claim, upTo: number): string[] {
  let gap = text.slice(previous.end, upTo);
  const counted = previous.quantity.counted;
  const own = gap.replace(/^-?\s*(?:of\s+(?:(?:the|its|their)\s+)?)?/i, '');
  if (counted && own.startsWith(counted)) gap = own.slice(counted.length);
  return gap.match(TOKENS) ?? [];
}

/** A figure that may be a later item of a list. */
type ListFigure = { kind: string; unit: string; start: number; end: number };

/** Whether a figure may be an item after `previous`: the same kind and unit, `previous` counting a thing. */
const parallel = (previous: Claim, figure: ListFigure) =>
  previous.kind === figure.kind && previous.quantity.unit === figure.unit && previous.quantity.lemma !== '';

/** Whether what follows a figure ends it as an item (`ITEM_END`). */
const endsItem = (text: string, figure: ListFigure, sentenceEnd: number) =>
  ITEM_END.test(text.slice(figure.end, Math.min(sentenceEnd, figure.end + 20)));

/** Past the item's adjuncts, where the join to the next item ends; -1 when none joins them. */
function joinEnd(tokens: string[]): number {
  let i = 0;
  while (adjunctEnd(tokens, i) > i) i = adjunctEnd(tokens, i);
  if (!tokens[i] || !isJoin(tokens[i]!)) return -1;
  i++;
  if (tokens[i - 1] === ',' && tokens[i] && JOINS.has(tokens[i]!.toLowerCase())) i++;
  return i;
}

/** How a later item of a list goes on from the one before it: with a verb of its own, or sharing its verb. */
export type ListItem = 'own verb' | 'shared' | '';

/**
 * Whether a figure with no noun of its own is a later item of a list whose item before it is `previous`: the
 * items parallel (the same kind and unit), apart by a comma or a join after the previous item's own noun and
 * adjunct, the later one led by nothing, its own verb ("killed 12 people and injured 40") or, when the first
 * counted its object, another holder ("won 159 seats, the DA 87"), and followed by nothing or an adjunct.
 * Such an item counts what the one before it counts.
 */
export function continuesList(text: string, previous: Claim, figure: ListFigure, sentenceEnd: number): ListItem {
  if (!parallel(previous, figure) || !endsItem(text, figure, sentenceEnd)) return '';
  const tokens = tokensAfterItem(text, previous, figure.start);
  let i = joinEnd(tokens);
  if (i < 0) return '';
  if (tokens[i] && LEADS.has(tokens[i]!.toLowerCase())) i++;
  const ownVerb = tokens[i] !== undefined && isVerb(tokens[i]!);
  const holder = ownVerb ? i : holderEnd(tokens, i);
  if (ownVerb) i++;
  else if (holder > i && toldAfterAFigure(text, previous, figure.start)) i = holder;
  if (i !== tokens.length) return '';
  return ownVerb ? 'own verb' : 'shared';
}

// "159 of 400", "12 of the 30", "9 of them": a part told against a bare whole or a pronoun, no noun after either.
const OF_A_BARE_WHOLE = /^\s+of\s+(?:(?:the\s+)?\d+(?:,\d{3})*(?!\d|%|[.,]\d)|(?:them|those)\b)/;
const OF_BEFORE_THE_WHOLE = /^\s+of\s+(?:the\s+)?$/;

/**
 * Whether a bare count told as a part of a bare whole ("it has taken 159 of 400"), or that whole, counts what the
 * count before it in its sentence counts: the noun both leave out is the one last told ("needed 201 seats ... has
 * taken 159 of 400").
 */
export function partOfABareWhole(text: string, previous: Claim, figure: ListFigure): boolean {
  if (figure.kind !== 'count' || figure.unit !== '' || previous.kind !== 'count' || previous.quantity.unit !== '')
    return false;
  if (previous.quantity.lemma === '') return false;
  return (
    OF_A_BARE_WHOLE.test(text.slice(figure.end, figure.end + 20)) ||
    OF_BEFORE_THE_WHOLE.test(text.slice(previous.end, figure.start))
  );
}

/**
 * Whether the noun phrase read before a later item of a list is another holder of what the list counts, not what
 * the item counts: "took 40.2% of the vote, while the opposition won 21.8%". The first item told what it counts
 * after its figure, the phrase names a holder (a name, or a noun of LIST_HOLDERS) and only a verb stands between
 * it and the figure.
 */
export function namesAnotherHolder(
  text: string,
  previous: Claim,
  figure: ListFigure,
  sentenceEnd: number,
  phrase: { head: string; start: number; end: number },
): boolean {
  if (!parallel(previous, figure) || !endsItem(text, figure, sentenceEnd)) return false;
  if (!startsWithUpper(phrase.head) && !HOLDERS.has(singular(phrase.head.toLowerCase()))) return false;
  const tokens = tokensAfterItem(text, previous, phrase.start);
  let i = joinEnd(tokens);
  if (i < 0) return false;
  if (tokens[i] && ARTICLES.has(tokens[i]!.toLowerCase())) i++;
  const verbs = text.slice(phrase.end, figure.start).match(TOKENS) ?? [];
  return (
    i === tokens.length && verbs.length === 1 && isVerb(verbs[0]) && toldAfterAFigure(text, previous, phrase.start)
  );
}

/** How many lower-case words (a verb and its particles) may stand between a list of holders and its figures. */
const VERB_WORDS = 4;
const isName = (t: string) => startsWithUpper(t) && /^\p{L}/u.test(t) && !ARTICLES.has(t.toLowerCase());

/**
 * "The Greens, the Liberals and Labour won 12, 9 and 30 seats, respectively": the names, one per figure, that a
 * list dealt out by "respectively" gives its figures to, read back from the list's first figure past its verb
 * (lower-case words only), each name of up to three capitalised words, joined by commas and a last "and". Null
 * unless exactly `count` names are listed there.
 */
export function respectiveHolders(text: string, sentenceStart: number, listStart: number, count: number) {
  const tokens = text.slice(sentenceStart, listStart).match(TOKENS) ?? [];
  let i = tokens.length - 1;
  const verbStop = i - VERB_WORDS;
  while (i >= 0 && i > verbStop && /^\p{Ll}/u.test(tokens[i]!) && !JOINS.has(tokens[i]!)) i--;
  if (i === tokens.length - 1) return null;
  const holders: string[] = [];
  while (i >= 0 && isName(tokens[i]!)) {
    const end = i + 1;
    while (i >= 0 && end - i <= 3 && isName(tokens[i]!)) i--;
    holders.unshift(
      tokens
        .slice(i + 1, end)
        .join(' ')
        .toLowerCase(),
    );
    if (i >= 0 && ARTICLES.has(tokens[i]!.toLowerCase())) i--;
    const join = tokens[i];
    if (join === 'and' && holders.length === 1) i--;
    else if (join === ',' && holders.length > 1) i--;
    else break;
    if (tokens[i] === ',' && holders.length === 1) i--;
  }
  // The first name of the list opens it: no comma or join stands before it.
  const opened = i < 0 || (tokens[i] !== ',' && !JOINS.has(tokens[i]!));
  return holders.length === count && opened ? holders : null;
}
