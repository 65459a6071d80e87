import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../lib/bundle/parse';
import { checkText } from '../../lib/check-text';
import type { CheckedClaim } from '../../lib/compare/types';
import { MemoryCorpus } from '../../lib/corpus/memory-corpus';

/**
 * Accounts of the truce's end written in the manner of other outlets (a wire story, a live blog, a
 * broadcaster, two dailies, a box of key numbers), checked against the seed corpus as a reader would.
 * Every conflict below was read and is real: 105 against 110 hostages, 80 or 81 against 86 Israelis,
 * 115 against 117 men, 136 against 137 hostages, a seven-day truce against the stale "six-day", a
 * six-week war against a war of more than 50 days. The rest are the traps these accounts set.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const bundle = parseBundle(readFileSync(join(ROOT, 'public/seed-bundle.json'), 'utf8'), 'seed-bundle.json');
if (!bundle.ok) throw new Error(bundle.errors.join('; '));
const corpus = new MemoryCorpus(bundle.articles);

const check = (name: string) =>
  checkText(readFileSync(join(ROOT, 'test/fixtures/other-outlets', `${name}.txt`), 'utf8'), corpus, null);
const conflicting = (claims: CheckedClaim[]) =>
  claims
    .filter((c) => c.verdict === 'conflict' || c.verdict === 'mixed')
    .map((c) => c.text)
    .sort();
const claim = (claims: CheckedClaim[], text: string, nth = 0) => claims.filter((c) => c.text === text)[nth]!;

describe('accounts of the truce from other outlets, against the seeds', () => {
  it.each([
    ['wire-truce-collapses', ['105', '81', 'weeklong']],
    ['live-blog-fighting-resumes', ['105', 'seven-day', 'seven-day', 'week-long']],
    ['daily-truce-ends', ['110', '115', '80', 'seven-day', 'six-week']],
    ['wire-warplanes-strike', ['week-long']],
    ['key-numbers-box', ['105', '7 days', '81']],
    ['broadcaster-fighting-resumes', ['136', '80', 'seven days', 'week-long']],
    ['daily-fighting-resumes', ['seven days', 'weeklong']],
  ])('%s: conflicts only where the accounts really differ', async (name, expected) => {
    expect(conflicting(await check(name))).toEqual([...expected].sort());
  });

  it('takes a rate for a rate, the first length of an extended truce for a plan, and a captive for no prisoner', async () => {
    const claims = await check('wire-truce-collapses');
    expect(claim(claims, '200')).toMatchObject({ kind: 'rate', verdict: 'unverified' });
    expect(claim(claims, 'four-day').verdict).toBe('agree');
    expect(claim(claims, '240', 1)).toMatchObject({ verdict: 'unverified', matches: [] });
  });

  it("reads an exchange as a release, a page header as no claim, and the deal's 50 as its terms", async () => {
    const claims = await check('live-blog-fighting-resumes');
    expect(claims.map((c) => c.text)).not.toContain('2');
    expect(
      claim(claims, '105')
        .matches.filter((m) => m.relation === 'conflict')
        .map((m) => m.claim.text),
    ).not.toContain('137');
    expect(claim(claims, '50').verdict).toBe('agree');
  });

  it('reads a box of key numbers line by line', async () => {
    const claims = await check('key-numbers-box');
    expect(claim(claims, '1.7m').matches.map((m) => m.claim.text)).toEqual(['1.8 million']);
    expect(claim(claims, '50').quantity.lemma).toBe('hostage');
  });

  it("never relates a day's toll to the toll of the war", async () => {
    expect((await check('broadcaster-fighting-resumes')).find((c) => c.text === '184')).toMatchObject({
      verdict: 'unverified',
    });
    expect((await check('daily-fighting-resumes')).find((c) => c.text === '109')).toMatchObject({
      verdict: 'unverified',
    });
    expect((await check('daily-truce-ends')).find((c) => c.text === '109')).toMatchObject({ verdict: 'unverified' });
  });
});
