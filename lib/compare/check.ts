import { lookupKeys } from '../claims/key';
import type { Claim } from '../claims/types';
import { relationOf } from './relation';
import type { CheckedClaim, CorpusHit, CorpusLookup, Match, Relation } from './types';
import { verdictOf } from './verdict';
import { reasonsFor } from './why';

interface Related {
  hit: CorpusHit;
  relation: Relation;
  loose: boolean;
}

const ORDER: Record<Relation, number> = { conflict: 0, agree: 1, compatible: 2 };

function matchesOf(claim: Claim, hits: CorpusHit[], exclude: ReadonlySet<number>): Match[] {
  const related: Related[] = [];
  for (const hit of hits) {
    if (exclude.has(hit.source.articleId)) continue;
    const r = relationOf(claim, hit.claim);
    if (r) related.push({ hit, ...r });
  }
  const conflicting = related.filter((r) => r.relation === 'conflict' && r.hit.source.published);
  const newestDate = conflicting.map((r) => r.hit.source.published!).sort().at(-1);
  const datesDiffer = new Set(conflicting.map((r) => r.hit.source.published)).size > 1;
  return related
    .sort((a, b) => ORDER[a.relation] - ORDER[b.relation] || Number(a.loose) - Number(b.loose))
    .map(({ hit, relation, loose }) => ({
      relation,
      claim: hit.claim,
      source: hit.source,
      why: reasonsFor(hit, relation, loose, datesDiffer && hit.source.published === newestDate),
    }));
}

/** Checks claims against the corpus: each gets its related corpus claims and a verdict. */
export async function checkClaims(claims: Claim[], corpus: CorpusLookup, exclude: ReadonlySet<number>): Promise<CheckedClaim[]> {
  const keys = [...new Set(claims.flatMap((c) => lookupKeys(c.key)))];
  const hits = await corpus.claimsByKeys(keys);
  const byKey = new Map<string, CorpusHit[]>();
  for (const h of hits) byKey.set(h.claim.key, [...(byKey.get(h.claim.key) ?? []), h]);
  return claims.map((claim) => {
    const candidates = lookupKeys(claim.key).flatMap((k) => byKey.get(k) ?? []);
    const matches = matchesOf(claim, candidates, exclude);
    return { ...claim, verdict: verdictOf(matches.map((m) => m.relation)), matches };
  });
}
