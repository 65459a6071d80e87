import { assertionOf, type Claim } from '../../lib/claims/types';
import { groupByStory } from '../../lib/compare/story-groups';
import type { CheckedClaim, Match } from '../../lib/compare/types';

export interface FileClaims {
  file: string;
  claims: (Claim | CheckedClaim)[];
}

const claimJson = (c: Claim) => ({ start: c.start, end: c.end, ...assertionOf(c), counted: c.quantity.counted });

const matchJson = (m: Match) => ({
  relation: m.relation,
  value: m.claim.value,
  qualifier: m.claim.qualifier,
  text: m.claim.text,
  sentence: m.claim.sentence,
  why: m.why,
  // Matches with one story number are versions of one story.
  story: m.story,
  source: {
    title: m.source.title,
    outlet: m.source.outlet,
    published: m.source.published,
    url: m.source.url,
    origin: m.source.origin,
  },
});

const isChecked = (c: Claim | CheckedClaim): c is CheckedClaim => 'verdict' in c;
const source = (m: Match) => `${m.source.outlet}, ${m.source.published ?? 'undated'}`;

export function jsonReport(results: FileClaims[]): string {
  const out = results.map(({ file, claims }) => ({
    file,
    claims: claims.map((c) =>
      isChecked(c) ? { ...claimJson(c), verdict: c.verdict, matches: c.matches.map(matchJson) } : claimJson(c),
    ),
  }));
  return JSON.stringify(out, null, 1);
}

function textReportOf({ file, claims }: FileClaims): string {
  const lines = [`${file}: ${claims.length} claims`];
  for (const c of claims) {
    const bounds = c.qualifier === 'exact' ? '' : ` [${c.low ?? '…'}, ${c.high ?? '…'}]`;
    const verdict = isChecked(c) ? ` ${c.verdict.toUpperCase()}` : '';
    lines.push(
      `  ${c.start}-${c.end} "${c.text}" = ${c.value} ${c.qualifier}${bounds} ${c.kind} · ${c.quantity.counted || '?'}${verdict}`,
    );
    // Versions of one story are one source: the first in full, the others as where else it ran.
    for (const { lead: m, versions } of groupByStory(isChecked(c) ? c.matches : [])) {
      lines.push(`      ${m.relation}: "${m.claim.text}" (${source(m)}) ${m.why.join('; ')}`);
      if (versions.length)
        lines.push(`        also in ${versions.map((v) => `${source(v)}: "${v.claim.text}"`).join(', ')}`);
    }
  }
  return lines.join('\n');
}

export const textReport = (results: FileClaims[]) => results.map(textReportOf).join('\n\n');
