import type { Relation, Verdict } from './types';

/**
 * A claim's verdict from its relations: no related source → unverified; conflicts and agreements both →
 * mixed; conflicts only (compatible figures do not soften them) → conflict; any agreement → agree;
 * compatible figures only → compatible.
 */
export function verdictOf(relations: Relation[]): Verdict {
  const has = (r: Relation) => relations.includes(r);
  if (relations.length === 0) return 'unverified';
  if (has('conflict')) return has('agree') ? 'mixed' : 'conflict';
  return has('agree') ? 'agree' : 'compatible';
}
