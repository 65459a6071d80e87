import { PERSON_ROLES } from '../claims/lexicon';
import type { Kind, Quantity } from '../claims/types';
import { unitFamily } from '../claims/units';

export interface Described {
  kind: Kind;
  quantity: Quantity;
}

/**
 * How sure we are that two claims are about one quantity:
 * - 'same': what is counted, the event, the scope (and its day) all agree: any relation may be called;
 * - 'likely': all agree but one scope is unstated ("killed 15,000" vs "since October 7, 14,800 killed"):
 *   agreement and compatibility may be called, a conflict may not (precision before recall);
 * - null: different quantities.
 */
export type Sameness = 'same' | 'likely' | null;

// "240 Palestinians freed" is "240 Palestinian prisoners released": a person noun stands for a role, but
// only when something happened to them; "2.3 million people" is not "two of the abductees".
function standsForRole(x: Quantity, y: Quantity): boolean {
  return x.lemma === 'person' && x.event !== '' && PERSON_ROLES.includes(y.lemma);
}

function sameGroups(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((g, i) => g === b[i]);
}

function sameThing(a: Quantity, b: Quantity): boolean {
  if (!a.lemma || !b.lemma) return false;
  return (a.lemma === b.lemma || standsForRole(a, b) || standsForRole(b, a)) && sameGroups(a.groups, b.groups);
}

/** Whether the sub-groups of one side are all among the other's: one thing said more or less fully. */
function groupsNest(a: string[], b: string[]): boolean {
  const [fewer, more] = a.length <= b.length ? [a, b] : [b, a];
  return fewer.every((g) => more.includes(g));
}

/** "three prisoners for every hostage" and "three Palestinians for every Israeli hostage": one term said more fully. */
function sameRatioTerms(a: Quantity, b: Quantity): boolean {
  return a.lemma !== '' && a.lemma === b.lemma && groupsNest(a.groups, b.groups);
}

// Counts, shares and sums of money change from day to day (prices move, a deal is one of many), so two of
// them with no stated scope may be from different days; lengths, ratios and measures of one thing do not.
const CHANGES_OVER_TIME = new Set<Kind>(['count', 'rate', 'percent', 'money']);

const isChange = (event: string) => event.endsWith(':by');

/** "november" and "november 2023" may be one period; "november 2022" and "november 2023" are not. */
function samePeriod(a: string, b: string): Sameness {
  if (a === b) return 'same';
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return longer.startsWith(`${shorter} `) ? 'likely' : null;
}

function sameScope(a: Quantity, b: Quantity, kind: Kind): Sameness {
  if (a.scope === 'other' && b.scope === 'other') return CHANGES_OVER_TIME.has(kind) ? 'likely' : 'same';
  // The terms of a deal ("three prisoners for every hostage") are the same whether quoted or stated as terms.
  if (kind === 'ratio' && (a.scope === 'plan' || b.scope === 'plan') && (a.scope === 'other' || b.scope === 'other'))
    return 'likely';
  if (a.scope === 'period' && b.scope === 'period') {
    const period = samePeriod(a.anchor, b.anchor);
    // A change within a period may be measured against different bases ("up 3.1% from a year earlier",
    // "up 0.2% from October"): it may agree, never conflict.
    return period && isChange(a.event) ? 'likely' : period;
  }
  if (a.scope === 'single_day' && b.scope === 'single_day') return a.anchor === b.anchor ? 'same' : null;
  // Totals over periods told differently ("since October 21", "during the truce", "as of Thursday") may
  // both be right: they may agree, never conflict.
  if (a.scope === 'cumulative' && b.scope === 'cumulative' && a.anchor && b.anchor && a.anchor !== b.anchor)
    return 'likely';
  if (a.scope === b.scope) return 'same';
  const unstated = a.scope === 'other' ? b : b.scope === 'other' ? a : null;
  return unstated && (unstated.scope === 'cumulative' || unstated.scope === 'single_day' || unstated.scope === 'period')
    ? 'likely'
    : null;
}

/** "gaza" and "gaza strip", "korea" and "south korea" may name one place; "north korea" and "south korea" do not. */
function samePlace(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || longer.startsWith(`${shorter} `) || longer.endsWith(` ${shorter}`);
}

const REPEATABLE = new Set(['extension']);

export function sameness(a: Described, b: Described): Sameness {
  const qa = a.quantity;
  const qb = b.quantity;
  if (a.kind !== b.kind || unitFamily(qa.unit) !== unitFamily(qb.unit)) return null;
  if (!sameThing(qa, qb))
    return a.kind === 'ratio' && sameRatioTerms(qa, qb) && sameScope(qa, qb, a.kind) ? 'likely' : null;
  if (a.kind === 'rate' && qa.unit !== qb.unit) return null;
  // How long a thing lasts and the terms of a ratio belong to the thing, not to an event.
  if (a.kind !== 'duration' && a.kind !== 'ratio' && qa.event !== qb.event) return null;
  if (qa.place && qb.place && !samePlace(qa.place, qb.place)) return null;
  const scope = sameScope(qa, qb, a.kind);
  // A truce may be extended more than once ("by two days, then by one more day"): extensions may agree, never conflict.
  return scope && REPEATABLE.has(qa.lemma) ? 'likely' : scope;
}

// Events that undo or exclude each other: "took some 240 people captive" is not "240 Palestinians freed".
const CONTRARY: [string, string][] = [
  ['seize', 'release'],
  ['hold', 'release'],
  ['kill', 'injure'],
  ['rise:by', 'fall:by'],
  ['buy', 'sell'],
  ['win', 'lose'],
];
const areContrary = (x: string, y: string) => CONTRARY.some(([p, q]) => (x === p && y === q) || (x === q && y === p));

/**
 * The same figure for the same thing in a context we cannot align ("10 hostages per day" vs "locating
 * 10 women and children hostages" for the next day): worth showing as agreement, never as a conflict.
 * Small numbers are left out: two "two"s agree by coincidence too often to mean anything.
 */
export function sameFigureLooseContext(a: Described, b: Described): boolean {
  const qa = a.quantity;
  const qb = b.quantity;
  if (!qa.lemma || qa.lemma !== qb.lemma || areContrary(qa.event, qb.event)) return false;
  const counting = (k: Kind) => k === 'count' || k === 'rate';
  if (!(a.kind === b.kind || (counting(a.kind) && counting(b.kind)))) return false;
  return groupsNest(qa.groups, qb.groups);
}

export const LOOSE_MIN_VALUE = 10;
