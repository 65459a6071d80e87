import { isSelf, sentenceFingerprints } from '../claims/fingerprint';
import type { CorpusHit, CorpusLookup, SourceRef } from '../compare/types';
import { corpusClaimsOf } from './article-claims';

export interface MemoryArticle {
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  origin: string;
  text: string;
}

/** A corpus held in memory, for the command line and tests; the extension's corpus is the Dexie store. */
export class MemoryCorpus implements CorpusLookup {
  private readonly byKey = new Map<string, CorpusHit[]>();
  private readonly articles: { source: SourceRef; fingerprints: Set<string> }[] = [];

  constructor(articles: MemoryArticle[]) {
    articles.forEach((a, articleId) => {
      const source: SourceRef = { articleId, title: a.title, outlet: a.outlet, published: a.published, url: a.url, origin: a.origin };
      this.articles.push({ source, fingerprints: new Set(sentenceFingerprints(a.text)) });
      for (const claim of corpusClaimsOf(articleId, a.text)) {
        const list = this.byKey.get(claim.key) ?? [];
        list.push({ claim, source });
        this.byKey.set(claim.key, list);
      }
    });
  }

  async claimsByKeys(keys: string[]): Promise<CorpusHit[]> {
    return [...new Set(keys)].flatMap((k) => this.byKey.get(k) ?? []);
  }

  async selfArticleIds(url: string | null, fingerprints: string[]): Promise<Set<number>> {
    const page = new Set(fingerprints);
    const ids = new Set<number>();
    for (const { source, fingerprints: own } of this.articles) {
      let found = 0;
      for (const f of own) if (page.has(f)) found++;
      if ((url !== null && source.url === url) || isSelf(own.size, found)) ids.add(source.articleId);
    }
    return ids;
  }
}
