import type { Quantity } from '../claims/types';
import type { Frame } from './frame';
import type { Related } from './relation';
import type { CorpusHit } from './types';
import { hoursBetween, type When } from './when';

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

/** "480 as of saturday (2023-12-02), older than this figure": where a report stands in a running total. */
function inSeries(hit: CorpusHit, other: When, page: When): string {
  const q = hit.claim.quantity;
  const told = q.anchor ? ` ${q.anchor}` : '';
  const day = other.day ? ` (${other.day})` : '';
  // By the hour: "Wednesday morning" is older than "Wednesday evening".
  const hours = hoursBetween(other, page) ?? 0;
  const order = hours > 0 ? ', newer than this figure' : hours < 0 ? ', older than this figure' : '';
  return `Same running total reported at another time: ${hit.claim.text}${told}${day}${order}`;
}

/** The reasons shown on the card and in the command line for one match. */
export function reasonsFor(
  r: Related & { hit: CorpusHit; frame: Frame },
  page: When,
  newest: boolean,
  sameStoryAsPage: boolean,
): string[] {
  const { hit, relation, loose } = r;
  const q = hit.claim.quantity;
  const what = [q.counted || q.lemma, r.frame.event && `(${r.frame.event})`].filter(Boolean).join(' ');
  const scope = scopeWords(q);
  const reasons = [
    loose
      ? `Same figure for ${q.lemma}, said in another context${scope ? `: ${scope}` : ''}`
      : r.sameness === 'weak'
        ? `Same figure for what is likely the same quantity, told differently: ${what}${scope ? `, ${scope}` : ''}`
        : `Same quantity: ${what}${scope ? `, ${scope}` : ''}`,
  ];
  if (r.corrected === 'correction')
    reasons.push('A source gives one of the two figures in place of the other: a correction, not a later count');
  if (r.corrected === 'revision')
    reasons.push('Two accounts of one revision give different figures before it: both cannot be right');
  if (r.corrected === 'replaced')
    reasons.push('A revision names the figure it replaced; the release before it gave this one for the same month');
  if (r.sameness === 'series') reasons.push(inSeries(hit, r.frame.when, page));
  if (q.attribution) reasons.push(`Attributed to ${q.attribution}`);
  if (sameStoryAsPage) reasons.push('Another version of the story on this page: not an independent source');
  if (relation === 'conflict' && newest && hit.source.published)
    reasons.push(`Newest of the conflicting sources (${hit.source.published})`);
  return reasons;
}
