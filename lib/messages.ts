import { dateOfIso } from './bundle/dates';
import { RELATIONS, VERDICTS, type CheckedClaim } from './compare/types';

/**
 * The typed protocol between the content script, the background and the popup. Every message that
 * crosses a boundary is validated by the parse* functions: a malformed one is dropped, never trusted.
 */

export const MAX_BLOCKS = 20_000;
export const MAX_BLOCK_CHARS = 200_000;
export const MAX_TITLE_CHARS = 1_000;

/** Content script -> background: check these text blocks (paragraphs) of the page at `url`. */
export interface CheckRequest {
  type: 'check';
  url: string;
  blocks: string[];
  /** The page's language as a primary subtag ("fr"); absent for English. */
  language?: string;
  /** The title the page states (lib/bundle/page-metadata.ts): its words may name what the page is about. */
  title?: string;
  /** The date the page states it was published (YYYY-MM-DD): it resolves the page's time words. */
  published?: string;
}

/** Content script -> background: the page's current number of conflicting claims, for the badge. */
export interface SummaryRequest {
  type: 'summary';
  conflicts: number;
}

/**
 * Content script -> background: a page that may hold figures is about to be read. A stopped service worker
 * (the browser stops it after 30 s idle) starts on it, evaluating its script and readying the corpus while
 * the page is read, rather than after the first check is sent. Answered at once.
 */
export interface WakeRequest {
  type: 'wake';
}

export type ContentToBackground = CheckRequest | SummaryRequest | WakeRequest;

/** A checked claim whose offsets are relative to `blocks[block]` of the request. */
export interface BlockClaim extends CheckedClaim {
  block: number;
}

export type CheckResponse = { ok: true; claims: BlockClaim[] } | { ok: false; error: string };

export type StepDirection = 'next' | 'previous';
/** What a step moves among: the figures other sources contradict (conflict and mixed), or every figure. */
export type StepAmong = 'conflicts' | 'figures';

/**
 * Popup or background (a keyboard command) -> content script. `get-article` asks for the page's article,
 * to add it to the corpus (answered with a PageArticleAnswer, lib/article-messages.ts).
 */
export type PopupToContent =
  | { type: 'get-claims' }
  | { type: 'get-article' }
  | { type: 'reveal'; id: number }
  | { type: 'step'; step: StepDirection; among: StepAmong };

export interface PageClaim extends CheckedClaim {
  id: number;
  /** The page's sentence around the figure, and where the figure sits in it. */
  sentence: string;
  offsetInSentence: number;
}

export interface PageClaimsResponse {
  url: string;
  /** 'off' when the reader turned Crosscheck off for this site or everywhere. */
  status: 'scanning' | 'done' | 'failed' | 'off';
  claims: PageClaim[];
  /** Why checking failed, when status is 'failed'. */
  error?: string;
  /** The language the page was read in, as a primary subtag ("en", "fr"). */
  language?: string;
}

/** Background -> content script or page: the outcome of a request that returns nothing else. */
export type Ack = { ok: true } | { ok: false; error: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isLanguage = (x: unknown): x is string => typeof x === 'string' && /^[a-z]{2,3}$/.test(x);
const isDay = (x: string) => /^\d{4}-\d{2}-\d{2}$/.test(x) && dateOfIso(x) === x;

export function parseContentMessage(x: unknown): ContentToBackground | null {
  if (!isObject(x)) return null;
  if (x.type === 'check') {
    const { url, blocks, language, title, published } = x;
    if (typeof url !== 'string' || url.length > 8192) return null;
    if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS) return null;
    if (!blocks.every((b) => typeof b === 'string' && b.length <= MAX_BLOCK_CHARS)) return null;
    if (language !== undefined && !isLanguage(language)) return null;
    if (title !== undefined && (typeof title !== 'string' || title.length > MAX_TITLE_CHARS)) return null;
    if (published !== undefined && !(typeof published === 'string' && isDay(published))) return null;
    return {
      type: 'check',
      url,
      blocks: blocks as string[],
      ...(language === undefined ? {} : { language }),
      ...(title === undefined ? {} : { title }),
      ...(published === undefined ? {} : { published }),
    };
  }
  if (x.type === 'summary') {
    const { conflicts } = x;
    if (typeof conflicts !== 'number' || !Number.isInteger(conflicts) || conflicts < 0) return null;
    return { type: 'summary', conflicts };
  }
  if (x.type === 'wake') return { type: 'wake' };
  return null;
}

export function parsePopupMessage(x: unknown): PopupToContent | null {
  if (!isObject(x)) return null;
  if (x.type === 'get-claims') return { type: 'get-claims' };
  if (x.type === 'get-article') return { type: 'get-article' };
  if (x.type === 'reveal' && typeof x.id === 'number' && Number.isInteger(x.id)) return { type: 'reveal', id: x.id };
  if (
    x.type === 'step' &&
    (x.step === 'next' || x.step === 'previous') &&
    (x.among === 'conflicts' || x.among === 'figures')
  )
    return { type: 'step', step: x.step, among: x.among };
  return null;
}

const STATUSES: readonly string[] = ['scanning', 'done', 'failed', 'off'];
const VERDICT_NAMES: readonly string[] = VERDICTS;
const RELATION_NAMES: readonly string[] = RELATIONS;
const isString = (x: unknown): x is string => typeof x === 'string';
const isNullableString = (x: unknown) => x === null || isString(x);
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Checks the fields the popup renders from a match: the source's figure, sentence, reference and story. */
function isMatch(x: unknown): boolean {
  if (!isObject(x) || !RELATION_NAMES.includes(x.relation as string)) return false;
  if (!Array.isArray(x.why) || !x.why.every(isString)) return false;
  if (!Number.isInteger(x.story) || typeof x.sameStoryAsPage !== 'boolean') return false;
  const { claim, source } = x;
  if (!isObject(claim) || !isString(claim.text) || !isString(claim.sentence) || !isFiniteNumber(claim.offsetInSentence))
    return false;
  return (
    isObject(source) &&
    isString(source.title) &&
    isString(source.outlet) &&
    isNullableString(source.published) &&
    isNullableString(source.url)
  );
}

function isPageClaim(x: unknown): boolean {
  if (
    !isObject(x) ||
    !Number.isInteger(x.id) ||
    !isString(x.text) ||
    !isString(x.sentence) ||
    !isFiniteNumber(x.offsetInSentence)
  )
    return false;
  if (!isFiniteNumber(x.start) || !isFiniteNumber(x.end) || !VERDICT_NAMES.includes(x.verdict as string)) return false;
  return Array.isArray(x.matches) && x.matches.every(isMatch);
}

/** The content script runs inside the page's process, so the popup checks what it answers before rendering it. */
export function parsePageClaimsResponse(x: unknown): PageClaimsResponse | null {
  if (!isObject(x) || !isString(x.url) || !STATUSES.includes(x.status as string)) return null;
  if (x.error !== undefined && !isString(x.error)) return null;
  if (x.language !== undefined && !isLanguage(x.language)) return null;
  if (!Array.isArray(x.claims) || !x.claims.every(isPageClaim)) return null;
  return x as unknown as PageClaimsResponse;
}

/**
 * Options page -> background -> every tab's content script: the corpus changed (an import, a deletion, a
 * restore), so figures checked against the old one are checked again.
 */
export interface CorpusChanged {
  type: 'corpus-changed';
}

export const CORPUS_CHANGED: CorpusChanged = { type: 'corpus-changed' };

export const isCorpusChanged = (x: unknown): x is CorpusChanged => isObject(x) && x.type === 'corpus-changed';
