import type { Kind, Quantity, Scope } from '@/lib/claims/types';
import type { NearMiss } from '@/lib/compare/types';

/** How a scope reads to a person; '' where saying it adds nothing. */
const SCOPE_WORDS: Record<Scope, string> = {
  cumulative: 'running total',
  single_day: 'on one day',
  period: 'over one period',
  rate: 'a rate',
  plan: 'a plan or condition',
  other: '',
};

const KIND_WORDS: Record<Kind, string> = {
  count: 'a count',
  percent: 'a percentage',
  duration: 'a length of time',
  rate: 'a rate',
  ratio: 'a ratio',
  money: 'a sum of money',
  other: 'a measure',
};

/**
 * What Crosscheck read a figure as, in labelled parts for the card: what is counted, what happened, when
 * and where, and who said it. A reader can tell from it a misreading from a true gap in the corpus.
 */
export function readingOf(claim: { kind: Kind; quantity: Quantity }): { label: string; value: string }[] {
  const q = claim.quantity;
  const event = q.event.endsWith(':by') ? `${q.event.slice(0, -3)} (a change)` : q.event;
  const period = [SCOPE_WORDS[q.scope], q.anchor].filter(Boolean).join(', ');
  const parts = [
    { label: 'Counts', value: q.counted || q.lemma || KIND_WORDS[claim.kind] },
    { label: 'Event', value: event },
    { label: 'When', value: period },
    { label: 'Where', value: q.place },
    { label: 'Said by', value: q.attribution },
  ];
  return parts.filter((p) => p.value !== '');
}

/**
 * One line for an unverified figure when a corpus article speaks of the same thing but was not matched:
 * its figure, outlet and date, and why ("different day", "different group").
 */
export function nearMissLine({ claim, source, why }: NearMiss): string {
  const where = [source.outlet || 'unknown outlet', source.published].filter(Boolean).join(', ');
  return `Not matched: ${claim.text} (${where}), ${why}`;
}
