import { PERSON_ROLES } from './lexicon';
import type { Kind } from './types';

/** Rates and counts of the same thing are filed together so the comparison can tell them apart. */
function family(kind: Kind): string {
  return kind === 'rate' ? 'count' : kind;
}

/** The corpus index key of a claim: its kind family and what it counts ("count:hostage", "duration:truce"). */
export function claimKey(kind: Kind, lemma: string): string {
  return `${family(kind)}:${lemma}`;
}

/**
 * Keys worth looking up for a claim: its own, and for people the roles they may hold, since
 * "240 Palestinians freed" and "240 Palestinian prisoners released" are one quantity.
 */
export function lookupKeys(key: string): string[] {
  const [fam, lemma] = key.split(':') as [string, string];
  if (!lemma) return [];
  if (lemma === 'person') return [key, ...PERSON_ROLES.map((r) => `${fam}:${r}`)];
  if (PERSON_ROLES.includes(lemma)) return [key, `${fam}:person`];
  return [key];
}
