/**
 * One of the import's analysis workers (started by import.worker.ts, as many as the machine has cores):
 * finding the claims of an article takes milliseconds, so chunks of a bundle are analysed side by side,
 * and each worker writes its own chunks under the import's staging bundle (lib/corpus/stage.ts), each when
 * the import says it is its turn. A chunk arriving while the last one waits or is written is analysed
 * meanwhile.
 */
import { openCorpus } from '@/lib/corpus/db';
import type { FromAnalyser, ToAnalyser } from '@/lib/corpus/import-protocol';
import { stageChunk, wireError } from '@/lib/corpus/stage';

const db = openCorpus();
const post = (message: FromAnalyser) => self.postMessage(message);

/** The chunks received and not yet allowed to write, by id: the import writes them in the bundle's order. */
const waiting = new Map<number, () => void>();

self.onmessage = async ({ data }: MessageEvent<ToAnalyser>) => {
  if (data.type === 'write') {
    waiting.get(data.id)?.();
    waiting.delete(data.id);
    return;
  }
  const { id, bundleId, articles } = data;
  // Made before the analysis, which holds the thread: the leave to write may arrive during it.
  const turn = new Promise<void>((resolve) => waiting.set(id, resolve));
  try {
    const chunk = await stageChunk(db, bundleId, articles, (n) => post({ id, type: 'analysed', n }), turn);
    post({ id, type: 'staged', chunk });
  } catch (e) {
    post({ id, type: 'failed', error: wireError(e) });
  }
};
