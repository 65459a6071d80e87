import type { Quantity } from '../claims/types';
import type { CorpusHit, Relation } from './types';

function scopeWords(q: Quantity): string {
  switch (q.scope) {
    case 'cumulative':
      return q.anchor ? `running total (${q.anchor})` : 'running total';
    case 'single_day':
      return `on ${q.anchor}`;
    case 'period':
      return `in ${q.anchor}`;
    case 'rate':
      return `rate (${q.unit})`;
    case 'plan':
      return 'plan or condition';
    default:
      return '';
  }
}

/** The reasons shown on the card and in the command line for one match. */
export function reasonsFor(
  hit: CorpusHit,
  relation: Relation,
  loose: boolean,
  newest: boolean,
  sameStoryAsPage: boolean,
): string[] {
  const q = hit.claim.quantity;
  const what = [q.counted || q.lemma, q.event && `(${q.event})`].filter(Boolean).join(' ');
  const scope = scopeWords(q);
  const reasons = [
    loose
      ? `Same figure for ${q.lemma}, said in another context${scope ? `: ${scope}` : ''}`
      : `Same quantity: ${what}${scope ? `, ${scope}` : ''}`,
  ];
  if (q.attribution) reasons.push(`Attributed to ${q.attribution}`);
  if (sameStoryAsPage) reasons.push('Another version of the story on this page: not an independent source');
  if (relation === 'conflict' && newest && hit.source.published)
    reasons.push(`Newest of the conflicting sources (${hit.source.published})`);
  return reasons;
}
