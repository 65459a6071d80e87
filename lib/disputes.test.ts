import { describe, expect, it } from 'vitest';
import type { CheckedClaim, Match, Relation } from './compare/types';
import { DISPUTE_LIMITS, disputeKey, disputeOf, parseDisputes, withDispute, withoutDisputed } from './disputes';

function match(relation: Relation, outlet: string, text: string, sameStoryAsPage = false): Match {
  return {
    relation,
    claim: {
      articleId: 1,
      key: 'k',
      figureKey: 'f',
      sentence: `${outlet} said ${text} people were freed.`,
      offsetInSentence: outlet.length + 6,
      text,
      value: Number(text),
      qualifier: 'exact',
      low: Number(text),
      high: Number(text),
      kind: 'count',
      quantity: 'people freed',
    } as unknown as Match['claim'],
    source: {
      articleId: 1,
      title: `${outlet} report`,
      outlet,
      published: '2023-12-01',
      url: `https://${outlet.toLowerCase()}.example/story`,
      origin: 'x.txt',
      figureCount: 10,
      topics: [],
    },
    why: [],
    story: outlet.length,
    sameStoryAsPage,
  };
}

type PageClaim = CheckedClaim & { sentence: string };
const claim = (matches: Match[], verdict: CheckedClaim['verdict']): PageClaim =>
  ({ text: '110', sentence: 'They freed 110 women and children.', verdict, matches }) as PageClaim;

const PAGE_URL = 'https://news.example/a';
const WHEN = new Date('2024-01-02T03:04:05Z');

describe('disputeKey', () => {
  it('is the same for the same pair whatever the whitespace, and differs for another source or figure', () => {
    const voa = match('conflict', 'VOA', '105');
    const page = { text: '110', sentence: 'They freed 110 women and children.' };
    const key = disputeKey(page, voa);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(disputeKey({ ...page, sentence: ' They  freed 110\nwomen and children. ' }, voa)).toBe(key);
    expect(disputeKey(page, match('conflict', 'CNN', '105'))).not.toBe(key);
    expect(disputeKey(page, match('conflict', 'VOA', '106'))).not.toBe(key);
    expect(disputeKey({ ...page, text: '11' }, voa)).not.toBe(key);
  });
});

describe('withoutDisputed', () => {
  const voa = match('conflict', 'VOA', '105');
  const cnn = match('agree', 'CNN', '110');
  const mixed = claim([voa, cnn], 'mixed');

  it('drops the disputed match and works the verdict out again', () => {
    const [after] = withoutDisputed([mixed], [disputeOf(PAGE_URL, mixed, voa, WHEN)]);
    expect(after!.matches).toEqual([cnn]);
    expect(after!.verdict).toBe('agree');
  });

  it('leaves a conflict with no source unverified', () => {
    const conflict = claim([voa], 'conflict');
    const [after] = withoutDisputed([conflict], [disputeOf(PAGE_URL, conflict, voa, WHEN)]);
    expect(after).toMatchObject({ verdict: 'unverified', matches: [] });
  });

  it('counts the page story’s own agreeing versions as checking does: they confirm nothing', () => {
    const ownVersion = match('agree', 'UPI', '110', true);
    const claimWithOwn = claim([voa, ownVersion], 'conflict');
    const [after] = withoutDisputed([claimWithOwn], [disputeOf(PAGE_URL, claimWithOwn, voa, WHEN)]);
    expect(after).toMatchObject({ verdict: 'unverified', matches: [ownVersion] });
  });

  it('returns claims untouched when nothing of theirs is disputed', () => {
    const other = claim([cnn], 'agree');
    const claims = [mixed, other];
    expect(withoutDisputed(claims, [])).toBe(claims);
    const after = withoutDisputed(claims, [disputeOf(PAGE_URL, mixed, voa, WHEN)]);
    expect(after[1]).toBe(other);
  });
});

describe('parseDisputes', () => {
  const good = disputeOf(PAGE_URL, claim([], 'conflict'), match('conflict', 'VOA', '105'), WHEN);

  it('reads back what was stored', () => {
    expect(parseDisputes(JSON.parse(JSON.stringify([good])))).toEqual([good]);
  });

  it('drops malformed records, extra fields and duplicates, and reads nothing from a non-array', () => {
    const extra = { ...good, key: 'ffffffffffffffff', script: '<img onerror=alert(1)>' };
    const stored = [
      good,
      good,
      null,
      'x',
      { ...good, key: 'not-a-key' },
      { ...good, relation: 'mixed' },
      { ...good, markedAt: 'yesterday' },
      { ...good, source: { ...good.source, url: 7 } },
      { ...good, page: { ...good.page, sentence: 'x'.repeat(DISPUTE_LIMITS.sentence + 1) } },
      extra,
    ];
    const parsed = parseDisputes(stored);
    expect(parsed.map((d) => d.key)).toEqual([good.key, extra.key]);
    expect(parsed[1]).not.toHaveProperty('script');
    expect(parseDisputes({ 0: good })).toEqual([]);
    expect(parseDisputes(undefined)).toEqual([]);
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: DISPUTE_LIMITS.records + 5 }, (_, i) => ({
      ...good,
      key: i.toString(16).padStart(16, '0'),
    }));
    expect(parseDisputes(many)).toHaveLength(DISPUTE_LIMITS.records);
  });
});

describe('disputeOf and withDispute', () => {
  it('cuts long texts to what a stored record may hold, so the mark survives being read back', () => {
    const long = { text: '110', sentence: 'word '.repeat(1_000) };
    const dispute = disputeOf('https://x.example/' + 'p'.repeat(5_000), long, match('conflict', 'VOA', '105'), WHEN);
    expect(dispute.page.sentence.length).toBeLessThanOrEqual(DISPUTE_LIMITS.sentence);
    expect(parseDisputes([dispute])).toEqual([dispute]);
  });

  it('puts the newest mark first and replaces an older mark of the same pair', () => {
    const a = disputeOf(PAGE_URL, claim([], 'conflict'), match('conflict', 'VOA', '105'), WHEN);
    const b = disputeOf(PAGE_URL, claim([], 'conflict'), match('conflict', 'CNN', '105'), WHEN);
    const again = { ...a, markedAt: '2024-02-01T00:00:00.000Z' };
    expect(withDispute(withDispute([a], b), again)).toEqual([again, b]);
  });
});
