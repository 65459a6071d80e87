import type { PageClaim } from '@/lib/messages';
import { VerdictBadge } from '../VerdictBadge';
import { VERDICT_ORDER } from '../verdicts';
import { ClaimRow } from './ClaimRow';

/**
 * The page's claims by verdict, conflicts first, each group with its count and folded or unfolded by the
 * reader. Unverified figures start folded: on most pages they are the many, and what matters is above them.
 */
export function ClaimGroups({ claims, onReveal }: { claims: PageClaim[]; onReveal: (id: number) => void }) {
  return (
    <>
      {VERDICT_ORDER.map((verdict) => {
        const group = claims.filter((c) => c.verdict === verdict);
        if (group.length === 0) return null;
        const headingId = `cc-group-${verdict}`;
        return (
          <details key={verdict} class="cc-group" data-verdict={verdict} open={verdict !== 'unverified'}>
            <summary class="cc-group-summary">
              <h2 id={headingId} class="cc-group-heading">
                <VerdictBadge verdict={verdict} /> <span class="cc-group-count">{group.length}</span>
              </h2>
            </summary>
            <ul class="cc-claims" aria-labelledby={headingId}>
              {group.map((claim) => (
                <ClaimRow key={claim.id} claim={claim} onReveal={onReveal} />
              ))}
            </ul>
          </details>
        );
      })}
    </>
  );
}
