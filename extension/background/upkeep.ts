import type { CorpusDb } from '../../lib/corpus/db';
import { reanalyseStaleBundles } from '../../lib/corpus/reanalyse';

/**
 * Re-analyses the bundles an older claim engine stored, once the corpus is ready but without holding
 * checks back until it is done: at 10,000 articles it takes over a minute, and a check meanwhile reads the
 * older claims, nearly all still right. When a bundle was redone, `changed` has open tabs check again.
 */
export async function reanalyseThenTell(db: CorpusDb, changed: () => void): Promise<void> {
  if ((await reanalyseStaleBundles(db)) > 0) changed();
}
