import type { Relation, Verdict } from '@/lib/compare/types';

/** Conflicts first: they are what a reader most needs to see. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'mixed', 'agree', 'compatible', 'unverified'];

export const VERDICT_LABEL: Record<Verdict, string> = {
  conflict: 'Conflict',
  mixed: 'Mixed',
  agree: 'Agrees',
  compatible: 'Compatible',
  unverified: 'Unverified',
};

/** A symbol per verdict, so the badge does not rely on colour alone. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  conflict: '✕',
  mixed: '±',
  agree: '✓',
  compatible: '≈',
  unverified: '?',
};

export const VERDICT_EXPLANATION: Record<Verdict, string> = {
  conflict: 'Other sources give a different figure for this.',
  mixed: 'Other sources disagree with each other about this figure.',
  agree: 'Other sources give the same figure.',
  compatible: 'Other sources give figures consistent with this one.',
  unverified: 'No independent source in your corpus reports this figure.',
};

export const RELATION_ORDER: readonly Relation[] = ['conflict', 'agree', 'compatible'];

export const RELATION_HEADING: Record<Relation, string> = {
  conflict: 'Conflicting sources',
  agree: 'Agreeing sources',
  compatible: 'Compatible sources',
};
