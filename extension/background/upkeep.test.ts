import { describe, expect, it, vi } from 'vitest';
// First: it installs fake-indexeddb before Dexie loads.
import { article, freshCorpus } from '../../lib/corpus/test-db';
import { ENGINE_VERSION } from '../../lib/claims/version';
import { importBundle } from '../../lib/corpus/import';
import { reanalyseThenTell } from './upkeep';

describe('reanalyseThenTell', () => {
  it('redoes a bundle an older engine stored and tells the tabs once, then has nothing to tell', async () => {
    const db = freshCorpus();
    const { bundleId } = await importBundle(db, { name: 'mine.json', kind: 'import' }, [
      article('Officials said 160 nurses had been hired since January.'),
    ]);
    await db.bundles.update(bundleId!, { engineVersion: ENGINE_VERSION - 1 });
    const changed = vi.fn();

    await reanalyseThenTell(db, changed);
    expect(changed).toHaveBeenCalledTimes(1);
    expect((await db.bundles.get(bundleId!))?.engineVersion).toBe(ENGINE_VERSION);

    await reanalyseThenTell(db, changed);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
