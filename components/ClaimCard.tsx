import type { CheckedClaim, Match } from '@/lib/compare/types';
import { nearMissLine, readingOf } from './reading';
import { SeriesLine } from './SeriesLine';
import { SourceList } from './SourceList';
import { VerdictBadge } from './VerdictBadge';
import { VERDICT_EXPLANATION } from './verdicts';

interface ClaimCardProps {
  claim: Pick<CheckedClaim, 'text' | 'verdict' | 'matches' | 'kind' | 'quantity' | 'series' | 'nearMiss'>;
  onClose: () => void;
  /** Marks matches as wrong; without it the card offers no such button (a static rendering). */
  onDispute?: (matches: Match[]) => void;
}

/** What the corpus says about one figure of the page. */
export function ClaimCard({ claim, onClose, onDispute }: ClaimCardProps) {
  return (
    <div class="cc-card-body">
      <header class="cc-card-header">
        <VerdictBadge verdict={claim.verdict} />
        <span class="cc-card-figure">{claim.text}</span>
        <button type="button" class="cc-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="cc-explanation">{VERDICT_EXPLANATION[claim.verdict]}</p>
      {claim.nearMiss && <p class="cc-explanation cc-near-miss">{nearMissLine(claim.nearMiss)}</p>}
      {claim.series && <SeriesLine points={claim.series} />}
      <SourceList matches={claim.matches} onDispute={onDispute} />
      <details class="cc-reading" open={claim.verdict === 'unverified'}>
        <summary>What Crosscheck read</summary>
        <dl>
          {readingOf(claim).map(({ label, value }) => (
            <div key={label} class="cc-reading-row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
