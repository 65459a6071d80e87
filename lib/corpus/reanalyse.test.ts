import { beforeEach, describe, expect, it } from 'vitest';
// First: Dexie finds its IndexedDB when it is loaded.
import { article, freshCorpus, snapshot, storedClaims } from './test-db';
import { ENGINE_VERSION } from '../claims/version';
import { DexieCorpus } from './dexie-corpus';
import type { CorpusDb } from './db';
import { importBundle } from './import';
import { reanalyseStaleBundles } from './reanalyse';
import { packClaims } from './pack';

let db: CorpusDb;
beforeEach(() => {
  db = freshCorpus();
});

describe('reanalyseStaleBundles', () => {
  it('re-extracts the claims of bundles stored by another engine version', async () => {
    const { bundleId } = await importBundle(db, { name: 'mine.json', kind: 'import' }, [
      article('To date, Hamas has released 110 hostages.'),
    ]);
    const fresh = await storedClaims(db);
    // What an older engine left behind: a claim under a key the current comparison never looks up.
    await db.packs.toCollection().modify((p) => {
      Object.assign(
        p,
        packClaims(p.articleId, [{ ...fresh[0]!, key: 'count:hostage', figureKey: 'count:hostage:110' }]),
      );
    });
    await db.bundles.update(bundleId!, { engineVersion: ENGINE_VERSION - 1 });
    expect(await new DexieCorpus(db).claimsByKeys([fresh[0]!.key], 10)).toHaveLength(0);

    expect(await reanalyseStaleBundles(db)).toBe(1);
    const hits = await new DexieCorpus(db).claimsByKeys([fresh[0]!.key], 10);
    expect(hits.map((h) => h.claim.text)).toEqual(['110']);
    // The pack's copy of the source is the source as analysed anew.
    expect(hits[0]!.source).toEqual(await db.sources.get(hits[0]!.source.articleId));
    expect((await db.bundles.get(bundleId!))!.engineVersion).toBe(ENGINE_VERSION);
  });

  it('leaves a current corpus exactly as it is', async () => {
    await importBundle(db, { name: 'mine.json', kind: 'import' }, [
      article('To date, Hamas has released 110 hostages.'),
    ]);
    const before = await snapshot(db);
    expect(await reanalyseStaleBundles(db)).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });
});
