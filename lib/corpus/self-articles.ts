import { isSelf } from '../claims/fingerprint';
import { countIn } from '../map-lists';
import type { ArticleRow } from './db';
import { FEW, TINY } from './self-prints';

/** A sentence in more articles than this is boilerplate ("This story has been updated."): it names no article. */
const BOILERPLATE = 50;

/**
 * The corpus articles that are the page itself: those at its URL, and those most of whose sentences are
 * on it (self-prints.ts: an article on the page shows FEW of its indexed fingerprints, but for a chance of a few
 * in a million when it is long and the page leaves out a fifth of it, or is tiny). In one
 * transaction (the caller's, or one of its own) in plain IndexedDB requests, each issued as soon as what it needs is known: a
 * page of 200 sentences asks the index 200 times, and through Dexie's queries that took 116 to 171 ms of
 * the service worker's thread (10,000 articles, load average 14), beside the check's own reading.
 */
export function readSelfArticles(tx: IDBTransaction, url: string | null, fingerprints: string[]): Promise<Set<number>> {
  return new Promise((resolve, reject) => {
    const articles = tx.objectStore('articles');
    const self = new Set<number>();
    const found = new Map<number, number>();
    const page = new Set(fingerprints);
    // Settled with the last request rather than the transaction, which may be a caller's that goes on.
    let pending = 0;
    const ask = <T>(request: IDBRequest<T>, then: (result: T) => void) => {
      pending++;
      request.onsuccess = () => {
        then(request.result);
        if (--pending === 0) resolve(self);
      };
      request.onerror = () => reject(request.error ?? new Error('the corpus could not be read'));
    };

    const test = (tiny: ReadonlySet<number>) => {
      for (const [id, n] of found) {
        if (self.has(id) || (n < FEW && !tiny.has(id))) continue;
        ask(articles.get(id) as IDBRequest<ArticleRow | undefined>, (article) => {
          if (!article) return;
          const shown = article.fingerprints.filter((f) => page.has(f)).length;
          if (isSelf(article.fingerprints.length, shown)) self.add(id);
        });
      }
    };
    const counted = () => {
      if ([...found.values()].every((n) => n >= FEW)) return test(new Set());
      ask(articles.index('fingerprintCount').getAllKeys(IDBKeyRange.bound(1, TINY)), (tiny) =>
        test(new Set(tiny as number[])),
      );
    };

    if (url !== null) ask(articles.index('url').getAllKeys(url), (ids) => ids.forEach((id) => self.add(id as number)));
    let waiting = page.size;
    for (const f of page) {
      ask(articles.index('selfPrints').getAllKeys(f, BOILERPLATE + 1), (ids) => {
        if (ids.length <= BOILERPLATE) for (const id of ids) countIn(found, id as number);
        if (--waiting === 0) counted();
      });
    }
    if (waiting === 0) counted();
    if (pending === 0) resolve(self);
  });
}
