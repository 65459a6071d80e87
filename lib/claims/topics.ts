import { MONTH_FORMS, WEEKDAYS } from './grammar/calendar';
import { isDemonym, singular } from './lemma';
import { countIn } from '../map-lists';
import { matchesOf } from './matches';
import { isNumberWord } from './number-words';
import { closesAbbreviation } from './sentences';
import { isOrdinaryWord } from './ordinary-words';
import { NOT_NAME_WORDS } from './topic-words';

/** Names that say what a text is about: the most frequent capitalised words that do not start a sentence. */
export const MAX_TOPICS = 12;

const NAME = /\p{Lu}[\p{L}’'-]+/gu;
// A Unicode-aware scan of 50 KB costs a millisecond; this plain one finds every candidate (ASCII capitals, and
// anything outside ASCII) for a fraction of that, and the few with non-ASCII letters are then read exactly.
const CANDIDATE = /[A-Z\u0080-\uffff][A-Za-z\u0080-\uffff'-]+/g;
const TRAILING = /[’'-]+s?$|[’']s$/;
const TRAIL_MARKS = "’'-";
const mayTrail = (name: string) =>
  TRAIL_MARKS.includes(name[name.length - 1]!) ||
  (name.endsWith('s') && TRAIL_MARKS.includes(name[name.length - 2] ?? ' '));
/** What a text is about shows in its first 3,000 words or so; a live blog's millionth character adds nothing. */
const READ_CHARS = 20_000;
/** How often a word must open a sentence to be read as a name when nothing else marks it. */
const MIN_OPENINGS = 2;
const OPENERS = new Set([' ', '\t', '"', '“', '‘', "'", '(']);

const isAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
};

/** Names as written, with where they start. */
function names(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const candidate of matchesOf(CANDIDATE, text)) {
    // A plain candidate starts with A-Z and holds only ASCII letters, apostrophes and hyphens: a name as it is.
    if (candidate[0].charCodeAt(0) <= 90 && isAscii(candidate[0]))
      out.push({ name: candidate[0], at: candidate.index });
    else for (const m of matchesOf(NAME, candidate[0])) out.push({ name: m[0], at: candidate.index + m.index });
  }
  return out;
}

// "NTSB", "BoE", "McDonald": a capital past the first letter is a name's, wherever the word stands; but a
// dateline ("TEHRAN:", "WASHINGTON (AP) —") says where the report was filed, not what it is about.
const INNER_CAPITAL = /^.[^\s]*\p{Lu}/u;
const DATELINE_END = /^\s*(?:[:,(—–]|-\s)/;
const isAcronymAt = (text: string, name: string, at: number) =>
  INNER_CAPITAL.test(name) && !DATELINE_END.test(text.slice(at + name.length, at + name.length + 3));

// "SUZU, Japan — Rescuers braved…", "KAHULUI, Hawaii (Reuters) - Search teams…": a dateline in capitals at the
// start of a paragraph opens the report's first sentence, so the word after it is a sentence's first.
const DATELINE =
  /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[ \t]+[\p{L}. ]{2,30}?)?(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:—|–|--?|:)[ \t]*/gu;
const afterDatelines = (text: string) => new Set(matchesOf(DATELINE, text).map((m) => m.index + m[0].length));

/** A capital after a sentence end, a line break or the very start says nothing. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENERS.has(text[i]!)) i--;
  if (i >= 0 && text[i] === '.') return !closesAbbreviation(text, i);
  return i < 0 || '!?:\n\r'.includes(text[i]!);
}
const NOT_TOPICS = new Set([
  ...MONTH_FORMS,
  ...WEEKDAYS,
  ...NOT_NAME_WORDS,
  ...'i the a an this that these those it he she we they but and or in on at for from with as by of to'.split(' '),
  ...'photo video image advertisement reuters ap afp upi cnn bbc'.split(' '),
  // Words of institutions and directions that name nothing on their own: "the United States", "Prime
  // Minister", "the Health Ministry" are in every kind of story.
  ...`united states state new prime minister ministry president department government house national
    international council party court city north south east west central general secretary office union
    republic democratic foreign defense defence forces army police health interior federal senate congress
    parliament committee agency commission bank university school news times post today world global`.split(/\s+/),
]);

// "U.S.", "U.N.": dotted abbreviations, read as "US" and "UN" are; and the long names of the same.
const DOTTED = /\b(?:[A-Z]\.){2,}/g;
const LONG_NAMES = /\b(?:United States|United Kingdom|United Nations|European Union)\b/g;
const SHORT_NAMES: Record<string, string> = {
  'United States': 'us',
  'United Kingdom': 'uk',
  'United Nations': 'un',
  'European Union': 'eu',
};

// "the Bank of England", "National Transportation Safety Board": a name of several capitalised words, which
// other reports write as its initials ("BoE", "NTSB"); the small words inside count in some acronyms ("BoE")
// and not in others ("IOM", the International Organization for Migration), so both are read.
// A possessive or an "and" ends a name ("the Bank's Monetary Policy Committee", "Haskel and Mann" are two).
const NAME_RUN = /[A-Z][A-Za-z-]*(?:\s+(?:(?:of|for|on|the)\s+)?[A-Z][A-Za-z-]*)+/g;
const LEADING_ARTICLE = /^(?:The|A|An)\s+/;
const MIN_ACRONYM = 3;

function acronymsOf(run: string): string[] {
  const words = run.replace(LEADING_ARTICLE, '').split(/\s+/);
  const all = words.map((w) => w[0]!.toLowerCase()).join('');
  const capitalised = words
    .filter((w) => w[0] !== w[0]!.toLowerCase())
    .map((w) => w[0]!.toLowerCase())
    .join('');
  return [...new Set([all, capitalised])].filter((a) => a.length >= MIN_ACRONYM);
}

function abbreviations(text: string): string[] {
  return [
    ...matchesOf(DOTTED, text).map((m) => m[0].replace(/\./g, '').toLowerCase()),
    ...matchesOf(LONG_NAMES, text).map((m) => SHORT_NAMES[m[0]]!),
  ];
}

/** Initials of the names a text writes in full: they can only meet the same initials written in another text. */
const initialsOf = (text: string) =>
  new Set(matchesOf(NAME_RUN, text).flatMap((m) => acronymsOf(m[0]).filter((a) => !NOT_TOPICS.has(a))));

/**
 * The text's topics: capitalised words inside sentences (people, places, organisations, nationalities),
 * normalised ("Iraqis" → "iraqi", "Reuters’" → "reuters"), most frequent first. Two figures about the same
 * quantity come from texts about the same thing, and those share names: "the hurricane killed 42 people"
 * says nothing about "14,800 people killed in Sudan".
 */
export function topicsOf(text: string): string[] {
  const counts = new Map<string, number>();
  const read = text.slice(0, READ_CHARS);
  for (const topic of abbreviations(read)) countIn(counts, topic);
  const openers = new Map<string, { name: string; count: number }>();
  const datelineEnds = afterDatelines(read);
  for (const { name, at } of names(read)) {
    const word = (mayTrail(name) ? name.replace(TRAILING, '') : name).toLowerCase();
    if (word.length < 2 || NOT_TOPICS.has(word) || isNumberWord(word)) continue;
    // "Iraqis" is the topic "iraqi", by the table of nationalities; "Francis", "Paris" or "Davis" keep their "s".
    const topic = word.endsWith('s') && isDemonym(name) ? singular(word) : word;
    // After a dateline only an ordinary word is the sentence's: "SEATTLE — Boeing said" names Boeing.
    const opens = datelineEnds.has(at) ? isOrdinaryWord(name) : opensSentence(text, at);
    if (!opens || isAcronymAt(text, name, at)) countIn(counts, topic);
    // A dateline in capitals ("TEHRAN:") opens its report whatever it is about.
    else if (!INNER_CAPITAL.test(name)) {
      const seen = openers.get(topic);
      if (seen) seen.count++;
      else openers.set(topic, { name, count: 1 });
    }
  }
  // "Nvidia said…", "Homendy said…": a word that opens sentences again and again and is no English word is a name.
  for (const [topic, { name, count }] of openers)
    if (count >= MIN_OPENINGS && !isOrdinaryWord(name)) counts.set(topic, (counts.get(topic) ?? 0) + count);
  const topics = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TOPICS)
    .map(([t]) => t);
  return [...new Set([...topics, ...initialsOf(read)])];
}

/** Whether two texts can be about the same thing: they share a topic, or one says too little to tell. */
export function shareTopic(a: readonly string[], b: readonly string[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((t) => b.includes(t));
}
