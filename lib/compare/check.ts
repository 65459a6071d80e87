import type { Claim } from '../claims/types';
import type { CheckedClaim, CorpusLookup, Match } from './types';

// FIRST CUT, being replaced by the full comparison: same key, then interval overlap.
export async function checkClaims(claims: Claim[], corpus: CorpusLookup, exclude: ReadonlySet<number>): Promise<CheckedClaim[]> {
  const hits = await corpus.claimsByKeys([...new Set(claims.map((c) => c.key))]);
  return claims.map((claim) => {
    const matches: Match[] = hits
      .filter((h) => h.claim.key === claim.key && !exclude.has(h.source.articleId))
      .map((h) => ({ relation: h.claim.value === claim.value ? 'agree' : 'conflict', claim: h.claim, source: h.source, why: [] }));
    const verdict = matches.length === 0 ? 'unverified' : matches.every((m) => m.relation === 'agree') ? 'agree' : matches.some((m) => m.relation === 'agree') ? 'mixed' : 'conflict';
    return { ...claim, verdict, matches };
  });
}
