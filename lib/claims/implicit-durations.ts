import { boundBefore, boundsOf, type Expression } from './expression';
import { durationUnits, SPAN_FIRSTS } from './grammar/durations';
import { alternatives } from './grammar/entries';
import { FUNCTION_WORDS } from './lexicon';
import { numberWordsValue } from './number-words';

const WRITTEN_IN_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };

const DAYS = durationUnits();
// "an hour and 51 minutes", "a year and three months" is read by the caller as one length.
const AND_SMALLER =
  /^\s+and\s+(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(second|minute|hour|day|week|month)s?\b/i;
// "a year and a half", "an hour and a half": half the unit more.
const AND_A_HALF = /^\s+and\s+a\s+half\b/i;
const amountOf = (written: string) =>
  /^\d/.test(written) ? Number(written) : numberWordsValue([written.toLowerCase()]);

function expression(text: string, start: number, end: number, unitWord: string, share = 1): Expression {
  let unit = unitWord.toLowerCase();
  const days = WRITTEN_IN_DAYS[unit];
  let value = (days ?? 1) * share;
  const and = AND_SMALLER.exec(text.slice(end, end + 28));
  const smaller = and ? and[2]!.toLowerCase() : '';
  const amount = and ? amountOf(and[1]!) : null;
  let combined = false;
  const half = AND_A_HALF.exec(text.slice(end, end + 16));
  if (half) {
    value *= 1.5;
    end += half[0].length;
  } else if (and && amount !== null && DAYS[smaller]! < DAYS[unit]!) {
    // To a hundredth, as lengths told in several units are elsewhere.
    value = Math.round(((DAYS[unit]! + amount * DAYS[smaller]!) / DAYS[smaller]!) * 100) / 100;
    unit = smaller;
    end += and[0].length;
    combined = true;
  }
  // "for nearly an hour", "more than a week": a bound before the article bounds the length.
  const bound = boundBefore(text, start, 'duration');
  const qualifier = bound?.qualifier ?? 'exact';
  const [low, high] = boundsOf(qualifier, value, bound?.approaching ?? false);
  return {
    start,
    end,
    outerStart: bound?.from ?? start,
    value,
    qualifier,
    low,
    high,
    kind: 'duration',
    unit: days !== undefined && !combined ? 'day' : unit,
    lastAtom: -1,
  };
}

// "for a week", "lasted a month", "delayed by a day", "at least another day", "as early as a month ahead": the
// article is the number. Not "last week", "once a week", "a week ago".
const LEAD =
  /\b(?:for|after|by|lasted|lasting|last|of|over|under|within|took|take|takes|spent|spend|than|nearly|almost|about|barely|just|as\s+(?:early|late|long|little|soon)\s+as)\s+$/i;
const TIME_REFERENCE = /^\s+(?:ago|earlier|later|before|after|or so)\b/i;
// "just another day at the office": an ordinary day, not one more.
const ORDINARY_ANOTHER = /\bjust\s+$/i;
// "for the first time in a decade", "the lowest level in a year": up to two words between the record and "in".
const SPAN_FIRST_LEAD = new RegExp(`\\b(?:${alternatives(SPAN_FIRSTS)})(?:\\s+[a-z]+){0,2}\\s+in\\s+$`, 'i');
// "one-tenth of an hour", "half of a year": a part of the unit, not the unit.
// "a day pass", "a week trip": the unit names a kind of thing, not a length; a participle after it goes on
// with the clause ("spend about a year circling the asteroid", "a week spent at sea").
const NOUN_AFTER = /^\s+([a-z]+)\b/;
const EARLY_OR_LATE = new Set(['ahead', 'behind', 'early', 'late']);
const compoundAfter = (text: string, end: number) => {
  const next = NOUN_AFTER.exec(text.slice(end, end + 16))?.[1];
  // "a month ahead of schedule", "a week behind": how early or late, a length.
  return next !== undefined && !FUNCTION_WORDS.has(next) && !/.{3}(?:ing|ed)$/.test(next) && !EARLY_OR_LATE.has(next);
};
const PART_OF =
  /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|fraction|part|rest|most|end|start|beginning|middle)\s+of\s+$/i;
// "waited at least half a day", "half an hour": half of the unit, a length with or without a bound before it.
const HALF_BEFORE = /(?<![\p{L}-])half\s+$/iu;

/** Durations written without a number: "week-long", "for a week", from the text's `durations` words. */
export function implicitDurations(text: string, durations: RegExpExecArray[]): Expression[] {
  const out: Expression[] = [];
  for (const m of durations) {
    const { longUnit, unit } = m.groups as { longUnit?: string; unit?: string };
    const end = m.index + m[0].length;
    const half = HALF_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (
      unit &&
      ((!half &&
        !LEAD.test(text.slice(Math.max(0, m.index - 14), m.index)) &&
        !SPAN_FIRST_LEAD.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        !boundBefore(text, m.index, 'duration')) ||
        TIME_REFERENCE.test(text.slice(end, end + 12)) ||
        compoundAfter(text, end) ||
        PART_OF.test(text.slice(Math.max(0, m.index - 14), m.index)) ||
        (/^another/i.test(m[0]) && ORDINARY_ANOTHER.test(text.slice(Math.max(0, m.index - 6), m.index))))
    )
      continue;
    out.push(
      half
        ? expression(text, m.index - half[0].length, end, (longUnit ?? unit)!, 0.5)
        : expression(text, m.index, end, (longUnit ?? unit)!),
    );
  }
  return out;
}
