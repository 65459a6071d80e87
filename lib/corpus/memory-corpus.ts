import type { NewArticle } from '../bundle/types';
import { isSelf, sentenceFingerprints } from '../claims/fingerprint';
import { keyWithoutEvent } from '../claims/key';
import { figureCountOf } from '../compare/stories';
import type { CorpusHit, CorpusLookup, SourceRef } from '../compare/types';
import { appendTo } from '../map-lists';
import { claimsAndTopicsOf } from './article-claims';
import { claimIndexKeys, filedFigureKeys } from './filed-keys';

/** An article as a bundle gives it, parsed and normalised. */
export type MemoryArticle = NewArticle;

function latest(index: Map<string, CorpusHit[]>, keys: string[], perKey: number): CorpusHit[] {
  const out: CorpusHit[] = [];
  for (const k of new Set(keys)) {
    const hits = index.get(k) ?? [];
    for (let i = hits.length - 1; i >= Math.max(0, hits.length - perKey); i--) out.push(hits[i]!);
  }
  return out;
}

/**
 * A corpus held in memory, for the command line, benchmarks and tests; the extension's corpus is the
 * Dexie store. Indexed like it: claims by key and figure key, articles by URL and sentence fingerprint.
 * Its answers are at hand; they come as promises because the Dexie store's cannot.
 */
export class MemoryCorpus implements CorpusLookup {
  private readonly byKey = new Map<string, CorpusHit[]>();
  private readonly byFigureKey = new Map<string, CorpusHit[]>();
  private readonly byUrl = new Map<string, number[]>();
  private readonly byFingerprint = new Map<string, number[]>();
  private readonly fingerprintCounts: number[] = [];
  private readonly figureKeys: string[][] = [];
  /** For self detection: each article's count of the page's fingerprints, and the articles met, by id. */
  private readonly fingerprintsFound: Uint32Array;
  private readonly articlesMet: Uint32Array;

  constructor(articles: readonly MemoryArticle[]) {
    articles.forEach((a, articleId) => {
      const { claims, topics } = claimsAndTopicsOf(articleId, a.text);
      const source: SourceRef = {
        articleId,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        url: a.url,
        origin: a.origin,
        figureCount: figureCountOf(claims),
        topics,
      };
      const fingerprints = sentenceFingerprints(a.text);
      this.fingerprintCounts.push(fingerprints.length);
      for (const f of fingerprints) appendTo(this.byFingerprint, f, articleId);
      if (a.url !== null) appendTo(this.byUrl, a.url, articleId);
      this.figureKeys.push(claims.map((c) => c.figureKey));
      for (const claim of claims) {
        const hit = { claim, source };
        for (const key of claimIndexKeys(claim.key)) appendTo(this.byKey, key, hit);
        for (const key of filedFigureKeys(claim.figureKey)) appendTo(this.byFigureKey, key, hit);
      }
    });
    this.fingerprintsFound = new Uint32Array(articles.length);
    this.articlesMet = new Uint32Array(articles.length);
  }

  /** Every claim held, with its source: what a lookup could ever return. */
  allHits(): CorpusHit[] {
    // A count of people is filed under its key with what befell them too (filed-keys.ts): read once.
    return [...this.byKey].flatMap(([key, hits]) => (keyWithoutEvent(key) === key ? hits : []));
  }

  claimsByKeys(keys: string[], perKey: number): Promise<CorpusHit[]> {
    return Promise.resolve(latest(this.byKey, keys, perKey));
  }

  claimsByFigureKeys(figureKeys: string[], perKey: number): Promise<CorpusHit[]> {
    return Promise.resolve(latest(this.byFigureKey, figureKeys, perKey));
  }

  figureKeysOf(articleIds: number[]): Promise<Map<number, string[]>> {
    return Promise.resolve(new Map(articleIds.map((id) => [id, this.figureKeys[id] ?? []])));
  }

  selfArticleIds(url: string | null, fingerprints: string[]): Promise<Set<number>> {
    // A page's common sentences are in thousands of generated articles: counted in arrays kept between calls,
    // each count set back to zero after use.
    const found = this.fingerprintsFound;
    const met = this.articlesMet;
    let metCount = 0;
    for (const f of new Set(fingerprints)) {
      for (const id of this.byFingerprint.get(f) ?? []) if (found[id]!++ === 0) met[metCount++] = id;
    }
    const ids = new Set(url === null ? [] : (this.byUrl.get(url) ?? []));
    for (let i = 0; i < metCount; i++) {
      const id = met[i]!;
      if (isSelf(this.fingerprintCounts[id]!, found[id]!)) ids.add(id);
      found[id] = 0;
    }
    return Promise.resolve(ids);
  }
}
