import { RELATIONS, type CheckedClaim, type Match, type Relation } from './compare/types';
import { verdictOf } from './compare/verdict';

/**
 * A reader's mark that one match is wrong: this figure of a page is not what that source's figure speaks
 * of, or not in the way Crosscheck said. Kept in the browser only; researchers get it by export.
 */
export interface Dispute {
  /** Which (page figure, source claim) pair is disputed: see `disputeKey`. */
  key: string;
  page: { url: string; figure: string; sentence: string };
  source: {
    outlet: string;
    title: string;
    url: string | null;
    published: string | null;
    figure: string;
    sentence: string;
  };
  /** What Crosscheck said the source's figure was to the page's. */
  relation: Relation;
  /** When the reader marked it (ISO 8601). */
  markedAt: string;
}

/** The page's side of a match: its figure and the sentence around it. */
export interface PageFigure {
  text: string;
  sentence: string;
}

/**
 * Limits on what is read back from storage, which any extension page or a bug could have filled. A
 * sentence is cut to fit when a mark is made (the key covers the whole of it).
 */
export const DISPUTE_LIMITS = { records: 2_000, url: 2_048, figure: 200, sentence: 1_000, name: 500 } as const;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** FNV-1a over the text, twice with different seeds: a short, stable name for a pair of long sentences. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Names the pair of a page's figure and a source's claim, by their texts rather than by ids (a corpus
 * article's id changes when it is imported again; a page's claim ids change on every visit), with
 * whitespace squashed because a page's sentence is read from its DOM. The same sentence on another page
 * (a syndicated copy) is the same pair: the reader's objection is to the reading, not to the address.
 */
export function disputeKey(figure: PageFigure, match: Match): string {
  const { claim, source } = match;
  const parts = [
    figure.text,
    figure.sentence,
    source.url ?? `${source.outlet}\u0000${source.title}`,
    claim.text,
    claim.sentence,
  ];
  return digest(parts.map(squash).join('\u0001'));
}

/** The mark for a match the reader says is wrong, with what a researcher needs to see it without the page. */
export function disputeOf(pageUrl: string, figure: PageFigure, match: Match, markedAt: Date): Dispute {
  const { claim, source } = match;
  const L = DISPUTE_LIMITS;
  return {
    key: disputeKey(figure, match),
    page: {
      url: cut(pageUrl, L.url),
      figure: cut(squash(figure.text), L.figure),
      sentence: cut(squash(figure.sentence), L.sentence),
    },
    source: {
      outlet: cut(source.outlet, L.name),
      title: cut(source.title, L.name),
      url: source.url === null ? null : cut(source.url, L.url),
      published: source.published === null ? null : cut(source.published, L.name),
      figure: cut(squash(claim.text), L.figure),
      sentence: cut(squash(claim.sentence), L.sentence),
    },
    relation: match.relation,
    markedAt: markedAt.toISOString(),
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const text = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const textOrNull = (x: unknown, max: number) => x === null || text(x, max);

function isDispute(x: unknown): x is Dispute {
  if (!isObject(x) || !isObject(x.page) || !isObject(x.source)) return false;
  const { page, source } = x;
  const L = DISPUTE_LIMITS;
  return (
    text(x.key, 16) &&
    /^[0-9a-f]{16}$/.test(x.key) &&
    text(page.url, L.url) &&
    text(page.figure, L.figure) &&
    text(page.sentence, L.sentence) &&
    text(source.outlet, L.name) &&
    text(source.title, L.name) &&
    textOrNull(source.url, L.url) &&
    textOrNull(source.published, L.name) &&
    text(source.figure, L.figure) &&
    text(source.sentence, L.sentence) &&
    (RELATIONS as readonly unknown[]).includes(x.relation) &&
    text(x.markedAt, 40) &&
    !Number.isNaN(Date.parse(x.markedAt))
  );
}

/**
 * The marks read back from storage: malformed records are dropped, each kept record is copied field by
 * field (nothing unexpected rides along into an export), one per key, at most `DISPUTE_LIMITS.records`.
 */
export function parseDisputes(stored: unknown): Dispute[] {
  if (!Array.isArray(stored)) return [];
  const byKey = new Map<string, Dispute>();
  for (const x of stored.slice(0, DISPUTE_LIMITS.records)) {
    if (!isDispute(x) || byKey.has(x.key)) continue;
    const { page, source } = x;
    byKey.set(x.key, {
      key: x.key,
      page: { url: page.url, figure: page.figure, sentence: page.sentence },
      source: {
        outlet: source.outlet,
        title: source.title,
        url: source.url,
        published: source.published,
        figure: source.figure,
        sentence: source.sentence,
      },
      relation: x.relation,
      markedAt: x.markedAt,
    });
  }
  return [...byKey.values()];
}

/** Adds a mark, replacing an older one of the same pair; the newest first, within the limit. */
export function withDispute(disputes: Dispute[], dispute: Dispute): Dispute[] {
  return [dispute, ...disputes.filter((d) => d.key !== dispute.key)].slice(0, DISPUTE_LIMITS.records);
}

/**
 * The claims with the matches the reader disputed taken out, each verdict worked out again from the
 * matches left, counted as lib/compare/check.ts counts them (a conflict whose one conflicting source was disputed becomes unverified, or agree). A
 * claim with nothing disputed is returned as it was.
 */
export function withoutDisputed<C extends CheckedClaim & PageFigure>(claims: C[], disputes: Iterable<Dispute>): C[] {
  const keys = new Set([...disputes].map((d) => d.key));
  if (keys.size === 0) return claims;
  return claims.map((claim) => {
    const matches = claim.matches.filter((m) => !keys.has(disputeKey(claim, m)));
    if (matches.length === claim.matches.length) return claim;
    // As lib/compare/check.ts counts them: the page's own story agreeing with it confirms nothing.
    const counted = matches.filter((m) => m.relation === 'conflict' || !m.sameStoryAsPage);
    return { ...claim, matches, verdict: verdictOf(counted.map((m) => m.relation)) };
  });
}
