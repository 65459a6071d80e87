import { PERSON_ROLES } from './lexicon';
import type { Kind, Quantity } from './types';
import { unitFactor } from '../compare/interval';

/** Rates and counts of the same thing are filed together so the comparison can tell them apart. */
function family(kind: Kind): string {
  return kind === 'rate' ? 'count' : kind;
}

// How long a thing lasts and the terms of a ratio belong to the thing, not to an event.
const eventOf = (kind: Kind, q: Pick<Quantity, 'event'>) => (kind === 'duration' || kind === 'ratio' ? '' : q.event);

/**
 * The corpus index key of a claim: its kind family, what it counts and what happened to it
 * ("count:hostage:release", "duration:truce:"). Only claims under the same key can be the same quantity.
 */
export function claimKey(kind: Kind, q: Pick<Quantity, 'lemma' | 'event'>): string {
  return `${family(kind)}:${q.lemma}:${eventOf(kind, q)}`;
}

/**
 * The key of the same figure for the same thing, whatever happened to it ("count:hostage:10"): the
 * comparison's loose agreement ("10 hostages per day" and "locating 10 hostages") looks claims up by it.
 */
export function figureKey(kind: Kind, q: Pick<Quantity, 'lemma' | 'unit'>, value: number): string {
  const comparable = Number((value * unitFactor(q.unit)).toPrecision(8));
  return `${family(kind)}:${q.lemma}:${comparable}`;
}

/**
 * Keys worth looking up for a claim: its own, and for people the roles they may hold, since
 * "240 Palestinians freed" and "240 Palestinian prisoners released" are one quantity.
 */
export function lookupKeys(key: string): string[] {
  const [fam, lemma, event] = key.split(':') as [string, string, string];
  if (!lemma) return [];
  if (lemma === 'person') return [key, ...PERSON_ROLES.map((r) => `${fam}:${r}:${event}`)];
  if (PERSON_ROLES.includes(lemma)) return [key, `${fam}:person:${event}`];
  return [key];
}
