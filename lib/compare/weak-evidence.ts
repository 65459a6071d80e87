import { wordSet, words } from '../claims/grammar/entries';
import { unitFactor } from '../claims/units';
import { MOVE_WORDS } from './about';
import { isCommonCount } from './common-count';
import { lengthsLooselyTied } from './durations';
import { timesUnnamed, type Frame } from './frame';
import { fits, isBound, overlapping, roundsTo, sameFigure, sameStated } from './interval';
import { near } from './near';
import { miss, type Comparable, type Miss, type Related } from './related';
import { fieldGrade, groupsNest } from './same-quantity';
import { elapsedSinceOneEvent, inSeries, quotedWithinDay, runningTotalOf } from './series';
import { OFFSET_WORDS } from './time-words';

/**
 * Events read from a verb that, said of people, tells how a figure was told rather than what befell them, with
 * the reason for each: they say nothing of what is counted.
 */
export const TELLING_EVENTS: { event: string; reason: string }[] = [
  {
    event: 'add',
    reason:
      '"adding that more than 79,000 personnel were engaged", "adding some 34,000 people counted as evacuees": people are not added as jobs are',
  },
];
const TELLING = new Set(TELLING_EVENTS.map((e) => e.event));
const deedOf = (f: Frame) => (f.people && TELLING.has(f.event) ? '' : f.event);

/** An event's word, as the figure's part of a sentence holds it (about.ts): a change "rise:by" is a rise. */
const eventWord = (event: string) => event.split(':')[0]!;

/**
 * A deed read at one figure only, the other's own part of its sentence naming it ("Six members of the committee
 * voted for the hike", "Six other members vote for the decision"; "shares plummeted as much as 64% ... after
 * declining", "shares were down another 62%"): extraction tied it to one figure, but both tell it.
 */
function deedToldBoth(a: Frame, b: Frame): boolean {
  const [da, db] = [deedOf(a), deedOf(b)];
  if (da === db) return true;
  if (da !== '' && db !== '') return false;
  const [told, other] = da === '' ? [b, a] : [a, b];
  return other.about.has(eventWord(deedOf(told)));
}

/**
 * The same deed, or for things (shares, a stock) a deed read at one figure and named in the other's words. Not for
 * people, whom what befell them tells apart, and of whom a sentence may tell a deed of a part only ("the 40,000 people
 * of the town, many of whom are displaced"): on different figures, their deed must be read at both.
 */
const sameDeed = (a: Frame, b: Frame) => deedOf(a) === deedOf(b) || (!a.people && !b.people && deedToldBoth(a, b));

function oneRunningTotal(a: Frame, b: Frame): boolean {
  const total = runningTotalOf(a);
  return total !== null && runningTotalOf(b)?.event === total.event;
}

/**
 * Only the sub-groups differ ("foreign workers", "workers"): the thing and what happened to it are said alike, or
 * the one running total they count is told once by its deed and once by what is said of the people ("over 150
 * people remained isolated", "over 700 people are stranded": those cut off, who fall as they are reached).
 */
const sameHeadAndEvent = (a: Comparable, b: Comparable) =>
  a.frame.head === b.frame.head && (sameDeed(a.frame, b.frame) || oneRunningTotal(a.frame, b.frame));

/**
 * Nouns for people that say only that they are people, or what body or place they belong to, not who they are: a
 * story's small counts of them are of many groups ("five members" of a board sat silent, "five other members" voted),
 * so the same figure with a deed on one side only is no sign of one group. Each with why.
 */
const SAY_NOT_WHO = wordSet(
  words('people as such: "three people" are any three of the story\'s', 'person'),
  words(
    'who belong to a body or a place, of which a story tells many groups: "five members", "two residents"',
    'member resident inhabitant citizen individual local',
  ),
);

/** People named by a noun that says who they are ("firefighters"), or by any noun with a sub-group ("Egyptian men"). */
const saysWho = (f: Frame) => !SAY_NOT_WHO.has(f.head) || f.quantity.groups.length > 0;

/**
 * Both figures name the same thing right beside them ("three consecutive terms" twice), or the same people, each side
 * saying who they are, one perhaps more fully ("three firefighters" among the dead and "three firefighters"; "nine
 * Egyptian men ... were arrested" and "nine men suspected of crewing"): what befell them, said on one side, is likelier
 * the same than two groups of a story named alike.
 */
const sameThingNamed = (a: Frame, b: Frame) =>
  a.named &&
  b.named &&
  a.head !== '' &&
  a.head === b.head &&
  (!a.people || (groupsNest(a.quantity.groups, b.quantity.groups) && saysWho(a) && saysWho(b)));

const OFFSET_HEAD = new RegExp(`^(?:${OFFSET_WORDS.map((w) => w.words).join('|')}) `);
/**
 * A time from or to an event, by its head ("after truce", frame.ts). Not a change's length, whatever event its words
 * time it from ("extended by two days following the release"), nor the span since a record, whose head ("since
 * most") opens with an offset word too.
 */
const isOffset = (f: Frame) => OFFSET_HEAD.test(f.head) && !f.change && f.sinceRecord === '';

/**
 * A time from or to an event ("three days after the floods began") against the length of a thing its words name
 * ("three days of national mourning"): how long ago something happened is not how long another thing lasts, on
 * however weak evidence the two were aligned.
 */
const lengthAgainstOffset = (a: Frame, b: Frame) =>
  a.kind === 'duration' && isOffset(a) !== isOffset(b) && (isOffset(a) ? b : a).named;

/**
 * Shares whose own words name the same holder ("the BJP's vote share at 36.6%", "the BJP's vote share at 38.1
 * percent"): whose share it is says what it is a share of in an election or a market, where the noun is often left
 * unsaid.
 */
const oneHoldersShare = (a: Frame, b: Frame) =>
  a.kind === 'percent' && b.kind === 'percent' && a.names.some((n) => b.names.includes(n));

/**
 * Counts of one thing and deed, or shares of one holder, told a few hundredths apart ("had won or was ahead in 98",
 * "was ahead in 99"): a tally read minutes apart, or a writer's rounding, more often than two quantities; on evidence
 * too weak for a conflict, they are compatible.
 */
const HAIR_APART = 0.05;
const hairApart = (a: Comparable, b: Comparable) =>
  (a.frame.kind === 'count' || oneHoldersShare(a.frame, b.frame)) &&
  Math.abs(a.value - b.value) <= HAIR_APART * Math.max(Math.abs(a.value), Math.abs(b.value));

/**
 * A floor that says nothing of what it counts, no noun and no deed ("a sharp jump from the previous count of
 * more than 13,300"): it denies no close figure it fits, whatever that one names. An exact figure naming
 * nothing stays apart: it may be any part of the day's news.
 */
const bareFloor = (f: Comparable) => f.frame.head === '' && f.frame.event === '' && f.qualifier === 'at_least';

/**
 * Two floors of one running total told more or less fully ("at least 32 people killed", "at least 109
 * Palestinians killed"), reported the same day: the larger may be a later count, as far as a toll grows in a
 * day (`inSeries`), and a floor never denies a larger one. Not over spans named differently ("during the
 * strike", "since Friday"): a total over a narrower span is a part.
 */
const floorsOfOneToll = (a: Comparable, b: Comparable) =>
  a.qualifier === 'at_least' &&
  b.qualifier === 'at_least' &&
  !(a.quantity.anchor !== '' && b.quantity.anchor !== '' && a.quantity.anchor !== b.quantity.anchor) &&
  inSeries(a, b);

/**
 * Digits a figure is written with, leading zeros aside ("15": 2, "6": 1, "0.3": 1, "150": 3): how finely the writer
 * told it. Unlike the significant digits of its value (thing-apart.ts), a whole figure's trailing zeros count.
 */
const digitsWritten = (text: string) =>
  (/\d[\d,]*(?:\.\d+)?|\.\d+/.exec(text)?.[0] ?? '').replace(/[,.]/g, '').replace(/^0+/, '').length;

/** Whether two figures' parts share a word beyond the deed and move they tell: something both are said of. */
const shareWordsBeyondDeed = (a: Frame, b: Frame) =>
  [...a.about].some(
    (w) => b.about.has(w) && !MOVE_WORDS.has(w) && w !== eventWord(a.event) && w !== eventWord(b.event),
  );

/** The figure as written, its bound or approximation set aside: what a rounding is read from. */
const asWritten = (f: Comparable): Comparable => ({ ...f, qualifier: 'exact' });

/**
 * A figure told rounded ("11%", "$95", "about 26 per cent") and the finer figure another outlet gives ("11.1
 * percent", "$94.95", "26.3 percent"), of the same deed and said of something both name: a writer's rounding. A
 * bound is one when it admits the finer figure ("more than 11%", not "less than 11%"). Not a rounding to a single
 * digit told plainly ("5%" for "5.25%", "2%" for "2.4%": the old rate and the target are told so, not a rounding),
 * unless the writer hedges it and its band holds the finer figure (`roundedAsSaid`); nor an average over a span
 * against one figure of it.
 */
function writersRounding(a: Comparable, b: Comparable): boolean {
  if (!roundsTo(asWritten(a), asWritten(b)) || Boolean(a.averaged) !== Boolean(b.averaged)) return false;
  if ((isBound(a) || isBound(b)) && !overlapping(a, b)) return false;
  const [coarse, fine] = digitsWritten(a.text) <= digitsWritten(b.text) ? [a, b] : [b, a];
  return (
    (digitsWritten(coarse.text) >= 2 || roundedAsSaid(coarse, fine)) &&
    sameDeed(a.frame, b.frame) &&
    shareWordsBeyondDeed(a.frame, b.frame)
  );
}

/**
 * A single digit the writer hedges ("nearly 6%", "over 6%", "about 5%") whose band holds the finer figure ("5.97%",
 * "6.1%", "4.84%"): the hedge says the figure is rounded, as a plain "5%" does not. "Nearly 6%" is just under six,
 * so it is no rounding of "6.3%".
 */
const roundedAsSaid = (coarse: Comparable, fine: Comparable) =>
  coarse.qualifier !== 'exact' && fits(fine.value * unitFactor(fine.quantity.unit), coarse);

const weak = (relation: Related['relation']): Related => ({ relation, sameness: 'weak', loose: false });

/**
 * How two claims relate on evidence too weak for a conflict (same-quantity.ts' `weak`, or different subjects named:
 * `differentSubjectsNamed`), or why they do not. The same figure agrees, but not a small count of which one side
 * only says what happened: "six martyred in a raid" and "six more were released" share a figure by chance, unless
 * both name the same thing at the figure ("three consecutive terms" won and served), people by a noun that says who
 * they are ("three firefighters"), or the one side's noun names the other's deed ("two women died", "two casualties").
 * The same number told as another figure ("more than 230" and "230", "$10bn" and "between $10 and $15 billion") is
 * compatible, as is a writer's rounding of the other's finer figure ("11%" and "11.1 percent": `writersRounding`).
 */
export function relateOnWeakEvidence(
  claim: Comparable,
  other: Comparable,
  differentSubjectsNamed: boolean,
): Related | Miss {
  if (lengthAgainstOffset(claim.frame, other.frame)) return miss('thing');
  const stated = sameStated(claim, other);
  if (stated || sameFigure(claim, other))
    return isCommonCount(claim.frame.kind, claim.value) &&
      (claim.frame.event === '') !== (other.frame.event === '') &&
      !deedToldBoth(claim.frame, other.frame) &&
      !oneRunningTotal(claim.frame, other.frame) &&
      !sameThingNamed(claim.frame, other.frame)
      ? miss('weak')
      : weak(stated ? 'agree' : 'compatible');
  if (writersRounding(claim, other)) return weak('compatible');
  if (timesUnnamed(claim.frame) && timesUnnamed(other.frame) && elapsedSinceOneEvent(claim.frame, other.frame))
    return { relation: 'compatible', sameness: 'series', loose: false };
  // Told differently, figures that fit each other and are close ("more than 53,000 rescuers", "more than
  // 79,000 personnel") are compatible, as are counts of one thing and deed, or shares of one holder, a hair apart,
  // and a traded price's changes read within one day, however far apart: a price's move read at two moments of one
  // session is no figure told wrong ("losing around 5.2 percent" before the open, "plunged 13%" by the close).
  // A figure converted from another unit that fits the other within the conversion's rounding ("11 miles
  // deep", "17.9 kilometres below the surface") is rarely a coincidence: compatible too.
  const converted = claim.quantity.unit !== other.quantity.unit;
  const oneThing = sameHeadAndEvent(claim, other);
  const oneSession = oneThing && quotedWithinDay(claim.frame, other.frame);
  if (
    (oneThing || converted || bareFloor(claim) || bareFloor(other)) &&
    !lengthsLooselyTied(claim, other) &&
    (overlapping(claim, other) || oneSession || (oneThing && hairApart(claim, other))) &&
    (near(claim, other) || oneSession || (!differentSubjectsNamed && floorsOfOneToll(claim, other)))
  )
    return weak('compatible');
  // One running total told more or less fully ("200 Palestinians killed since Friday", "32 people killed on
  // Friday") in reports of different days: the later may have grown from the earlier as a toll does, never a
  // contradiction. Within one day's reports, a smaller count is as often a part (one strike's dead) as an
  // earlier hour's.
  if (
    oneThing &&
    claim.frame.when.reported !== other.frame.when.reported &&
    fieldGrade('time', claim.frame, other.frame) === 'series' &&
    inSeries(claim, other)
  )
    return { relation: 'compatible', sameness: 'series', loose: false };
  return miss(differentSubjectsNamed ? 'subject' : 'weak');
}
