import { PERSON_ROLES } from './lexicon';
import type { Kind, Quantity } from './types';
import { unitFactor, unitFamily } from './units';

type Keyed = Pick<Quantity, 'lemma' | 'event' | 'groups' | 'unit' | 'scope'>;

// How long a thing lasts and the terms of a ratio belong to the thing, not to an event; the terms of a
// ratio read the same whether quoted or stated as a plan.
const timeless = (kind: Kind) => kind === 'duration' || kind === 'ratio';

/**
 * The corpus index key of a claim: everything two claims must share to be the same quantity, so that a
 * lookup reads only claims that can relate (lib/compare/same-quantity.ts holds the rest of the test):
 * kind, what is counted, its sub-groups, what happened to it, the unit family, and plan or fact.
 */
export function claimKey(kind: Kind, q: Keyed): string {
  const event = timeless(kind) ? '' : q.event;
  const plan = kind !== 'ratio' && q.scope === 'plan' ? 'plan' : '';
  return `${kind}|${q.lemma}|${event}|${q.groups.join('+')}|${unitFamily(q.unit)}|${plan}`;
}

/** Rates and counts of the same thing share figure keys: "10 hostages a day" may agree with "10 hostages". */
const family = (kind: Kind) => (kind === 'rate' ? 'count' : kind);

/**
 * The key of the same figure for the same thing, whatever happened to it ("count|hostage|10"): the
 * comparison's loose agreement ("10 hostages per day" and "locating 10 hostages") looks claims up by it.
 */
export function figureKey(kind: Kind, q: Pick<Quantity, 'lemma' | 'unit'>, value: number): string {
  const scaled = value * unitFactor(q.unit);
  // Eight significant digits absorb the float noise of unit factors; whole figures have none to absorb.
  const comparable = Number.isInteger(scaled) && Math.abs(scaled) < 1e8 ? scaled : Number(scaled.toPrecision(8));
  return `${family(kind)}|${q.lemma}|${comparable}`;
}

/**
 * Keys worth looking up for a claim: its own, and for people the roles they may hold, since
 * "240 Palestinians freed" and "240 Palestinian prisoners released" are one quantity.
 */
export function lookupKeys(key: string): string[] {
  const [kind, lemma, ...rest] = key.split('|');
  if (!lemma) return [];
  const withLemma = (l: string) => [kind, l, ...rest].join('|');
  if (lemma === 'person') return [key, ...PERSON_ROLES.map(withLemma)];
  if (PERSON_ROLES.includes(lemma)) return [key, withLemma('person')];
  return [key];
}
