import { lookupKeys } from '../claims/key';
import type { Claim } from '../claims/types';
import { relationOf } from './relation';
import { storiesOf, type Stories } from './stories';
import type { CheckedClaim, CorpusClaim, CorpusHit, CorpusLookup, Match, Relation } from './types';
import { verdictOf } from './verdict';
import { reasonsFor } from './why';

interface Related {
  hit: CorpusHit;
  relation: Relation;
  loose: boolean;
}

const ORDER: Record<Relation, number> = { conflict: 0, agree: 1, compatible: 2 };

/** Sources shown for one claim; the verdict still weighs them all. A card with more is not read. */
export const MAX_MATCHES = 20;

function group(hits: CorpusHit[], keyOf: (c: CorpusClaim) => string): Map<string, CorpusHit[]> {
  const byKey = new Map<string, CorpusHit[]>();
  for (const h of hits) {
    const k = keyOf(h.claim);
    const list = byKey.get(k);
    if (list) list.push(h);
    else byKey.set(k, [h]);
  }
  return byKey;
}

function relatedOf(claim: Claim, candidates: CorpusHit[], exclude: ReadonlySet<number>): Related[] {
  const related: Related[] = [];
  for (const hit of candidates) {
    if (exclude.has(hit.source.articleId)) continue;
    const r = relationOf(claim, hit.claim);
    if (r) related.push({ hit, ...r });
  }
  return related;
}

/**
 * A claim's matches and verdict. Versions of the checked text's own story show as such, and their
 * agreement does not count: one story told twice confirms nothing. Their conflicts do count: a later
 * version with another figure is worth knowing about.
 */
function judge(claim: Claim, related: Related[], { storyOf, pageStory }: Stories): CheckedClaim {
  const own = (r: Related) => pageStory.has(r.hit.source.articleId);
  related.sort((a, b) => ORDER[a.relation] - ORDER[b.relation] || Number(own(a)) - Number(own(b)) || Number(a.loose) - Number(b.loose));
  const conflicting = related.filter((r) => r.relation === 'conflict' && r.hit.source.published);
  const newestDate = conflicting.map((r) => r.hit.source.published!).sort().at(-1);
  const datesDiffer = new Set(conflicting.map((r) => r.hit.source.published)).size > 1;
  const matches: Match[] = related.slice(0, MAX_MATCHES).map((r) => ({
    relation: r.relation,
    claim: r.hit.claim,
    source: r.hit.source,
    why: reasonsFor(r.hit, r.relation, r.loose, datesDiffer && r.hit.source.published === newestDate, own(r)),
    story: storyOf.get(r.hit.source.articleId) ?? r.hit.source.articleId,
    sameStoryAsPage: own(r),
  }));
  const counted = related.filter((r) => r.relation === 'conflict' || !own(r));
  return { ...claim, verdict: verdictOf(counted.map((r) => r.relation)), matches };
}

/**
 * Checks claims against the corpus: each gets its related corpus claims and a verdict. Candidates come
 * from the index only: claims under the same key (same thing, same event) and the same figure for the
 * same thing in another context.
 */
export async function checkClaims(claims: Claim[], corpus: CorpusLookup, exclude: ReadonlySet<number>): Promise<CheckedClaim[]> {
  const [byKey, byFigure] = await Promise.all([
    corpus.claimsByKeys([...new Set(claims.flatMap((c) => lookupKeys(c.key)))]).then((h) => group(h, (c) => c.key)),
    corpus.claimsByFigureKeys([...new Set(claims.map((c) => c.figureKey))]).then((h) => group(h, (c) => c.figureKey)),
  ]);
  const related = claims.map((claim) => {
    const keys = lookupKeys(claim.key);
    // A claim under one of these keys is already a candidate through them; the figure key adds the others.
    const others = (byFigure.get(claim.figureKey) ?? []).filter((h) => !keys.includes(h.claim.key));
    return relatedOf(claim, [...keys.flatMap((k) => byKey.get(k) ?? []), ...others], exclude);
  });
  const sources = [...new Set(related.flat().map((r) => r.hit.source.articleId))];
  const stories = storiesOf(
    claims.map((c) => c.figureKey),
    sources.length ? await corpus.figureKeysOf(sources) : new Map(),
  );
  return claims.map((claim, i) => judge(claim, related[i]!, stories));
}
