/**
 * Crosscheck on the command line, with the extension's engine and seed corpus:
 *   npm run --silent claims -- [--json] FILE...   the numeric claims of each file
 *   npm run --silent check  -- [--json] FILE...   the same, checked against the seed corpus
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseBundle } from '../../lib/bundle/parse';
import { checkText } from '../../lib/check-text';
import { extractClaims } from '../../lib/claims/extract';
import { assertionOf, type Claim } from '../../lib/claims/types';
import type { CheckedClaim, Match } from '../../lib/compare/types';
import { groupByStory } from '../../lib/compare/story-groups';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';

const ROOT = resolve(import.meta.dirname, '../..');

function seedCorpus(): MemoryCorpus {
  const file = join(ROOT, 'public/seed-bundle.json');
  const parsed = parseBundle(readFileSync(file, 'utf8'), basename(file));
  if (!parsed.ok) throw new Error(`seed bundle is invalid: ${parsed.errors.join('; ')}`);
  return new MemoryCorpus(parsed.articles);
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

function report(file: string, claims: (Claim | CheckedClaim)[]): string {
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

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const json = rest.includes('--json');
  const files = rest.filter((a) => a !== '--json');
  if ((command !== 'claims' && command !== 'check') || files.length === 0) {
    console.error('usage: npm run --silent claims|check -- [--json] FILE...');
    process.exit(2);
  }
  const corpus = command === 'check' ? seedCorpus() : null;
  const results = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const claims = corpus ? await checkText(text, corpus, null) : extractClaims(text);
    results.push({ file, claims });
  }
  if (json) {
    const out = results.map(({ file, claims }) => ({
      file,
      claims: claims.map((c) =>
        isChecked(c) ? { ...claimJson(c), verdict: c.verdict, matches: c.matches.map(matchJson) } : claimJson(c),
      ),
    }));
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  } else {
    process.stdout.write(results.map((r) => report(r.file, r.claims)).join('\n\n') + '\n');
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
