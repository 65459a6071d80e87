import type { CorpusHit, CorpusLookup, SourceRef } from '../compare/types';
import Dexie from 'dexie';
import type { CorpusDb } from './db';
import { figureIndexKey } from './filed-keys';
import { LookupCache } from './lookup-cache';
import { measure } from './measure';
import { readLatestPacks } from './latest-packs';
import { claimsUnderKeys } from './pack';
import { readSelfArticles } from './self-articles';

/**
 * The corpus in IndexedDB, looked up through its indexes only. Claims are stored packed per article
 * (pack.ts): a lookup reads, key by key, the ids of the latest articles filed under it from the index
 * alone, then each of those articles' packs once. The claim and figure lookups a check makes together
 * are read together, in one transaction. Given a `cache` (the background keeps one across checks and
 * clears it when the corpus changes), what each key gave is remembered; without one, every call reads.
 */
export class DexieCorpus implements CorpusLookup {
  /** The keys asked for in this turn of the event loop, each with the most claims asked of it. */
  private batch: { wanted: Map<string, number>; read: Promise<Map<string, CorpusHit[]>> } | undefined;

  constructor(
    private readonly db: CorpusDb,
    private readonly cache?: LookupCache,
  ) {}

  claimsByKeys(keys: string[], perKey: number): Promise<CorpusHit[]> {
    return this.claimsBy(keys, perKey);
  }

  claimsByFigureKeys(figureKeys: string[], perKey: number): Promise<CorpusHit[]> {
    return this.claimsBy(figureKeys.map(figureIndexKey), perKey);
  }

  /** Mostly the articles a lookup just read: with a cache, their figure keys were kept then. */
  async figureKeysOf(articleIds: number[]): Promise<Map<number, string[]>> {
    const known = new Map<number, string[]>();
    for (const id of articleIds) {
      const kept = this.cache?.figureKeys.get(id);
      if (kept) known.set(id, kept);
    }
    const missing = articleIds.filter((id) => !known.has(id));
    const packs = missing.length > 0 ? await this.db.packs.bulkGet(missing) : [];
    missing.forEach((id, i) => {
      known.set(id, packs[i]?.figureKeys ?? []);
      this.cache?.setFigureKeys(id, known.get(id)!);
    });
    return new Map(articleIds.map((id) => [id, known.get(id)!]));
  }

  /** At most `perKey` claims under each index key, the latest stored first. */
  private async claimsBy(indexKeys: string[], perKey: number): Promise<CorpusHit[]> {
    const keys = [...new Set(indexKeys)];
    const known = keys.map((k) => this.cache?.get(perKey, k));
    const missing = keys.filter((_, i) => !known[i]);
    const read = missing.length > 0 ? this.read(missing, perKey) : undefined;
    const answers = keys.map((k, i) => {
      if (known[i]) return known[i];
      const answer = read!.then((hits) => (hits.get(k) ?? []).slice(0, perKey));
      this.cache?.set(perKey, k, answer);
      return answer;
    });
    return (await Promise.all(answers)).flat();
  }

  /**
   * Reads the keys asked for in this turn of the event loop together, whatever their caps: the claim and
   * figure lookups of a check share one transaction, and a pack both want is read once.
   */
  private read(keys: string[], perKey: number): Promise<Map<string, CorpusHit[]>> {
    if (!this.batch) {
      const batch = { wanted: new Map<string, number>(), read: Promise.resolve(new Map<string, CorpusHit[]>()) };
      batch.read = Promise.resolve().then(() => {
        if (this.batch === batch) this.batch = undefined;
        return this.readNow(batch.wanted);
      });
      this.batch = batch;
    }
    const { wanted } = this.batch;
    for (const key of keys) wanted.set(key, Math.max(perKey, wanted.get(key) ?? 0));
    return this.batch.read;
  }

  /**
   * One transaction (readLatestPacks): the latest ids under each key, keys in order as the index is, then
   * every pack they name read once, the claims each key files parsed once per pack. An article's claims
   * were stored in order, so the latest claims under a key are the last of the latest article.
   */
  private async readNow(wanted: Map<string, number>): Promise<Map<string, CorpusHit[]>> {
    const keys = [...wanted.keys()].sort();
    const caps = keys.map((key) => wanted.get(key)!);
    await this.db.open();
    const start = performance.now();
    const { idLists, packs, listedAt } = await readLatestPacks(this.db.backendDB(), keys, caps);
    const read = performance.now();
    measure('crosscheck:read-ids', { start, end: listedAt, detail: { keys: keys.length } });
    measure('crosscheck:read-packs', { start: listedAt, end: read, detail: { packs: packs.size } });
    const stored = new Map<number, { claimsUnder: ReturnType<typeof claimsUnderKeys>; source: SourceRef }>();
    for (const [id, pack] of packs) {
      if (pack.source) stored.set(id, { claimsUnder: claimsUnderKeys(pack), source: pack.source });
      this.cache?.setFigureKeys(id, pack.figureKeys);
    }
    const answers = new Map(
      keys.map((key, k) => {
        const hits: CorpusHit[] = [];
        for (const id of idLists[k]!) {
          const article = stored.get(id);
          if (!article) continue;
          if (hits.length >= caps[k]!) break;
          for (const claim of article.claimsUnder(key, caps[k]! - hits.length))
            hits.push({ claim, source: article.source });
        }
        return [key, hits];
      }),
    );
    measure('crosscheck:decode', { start: read });
    return answers;
  }

  async selfArticleIds(url: string | null, fingerprints: string[]): Promise<Set<number>> {
    // Inside a caller's transaction (appending an article), in it; awaiting anything else would end it.
    const current = Dexie.currentTransaction?.idbtrans;
    // Asked before the page's claims are extracted (90 ms at 100,000 articles, load 10): with the database
    // open, its requests are issued at once, not after a turn that would follow the extraction, and
    // IndexedDB answers them meanwhile rather than beside the check's own reading.
    if (!current && !this.db.isOpen()) await this.db.open();
    const start = performance.now();
    const tx = current ?? this.db.backendDB().transaction('articles', 'readonly');
    const self = await readSelfArticles(tx, url, fingerprints);
    measure('crosscheck:self', { start, detail: { sentences: fingerprints.length, articles: self.size } });
    return self;
  }
}
