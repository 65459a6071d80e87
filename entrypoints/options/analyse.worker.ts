/**
 * One of the import's analysis workers (started by import.worker.ts, as many as the machine has cores):
 * finding the claims of an article takes milliseconds, so chunks of a bundle are analysed side by side,
 * and each worker writes its own chunks under the import's staging bundle (lib/corpus/stage.ts). A chunk
 * arriving while the last one is written is analysed meanwhile.
 */
import { openCorpus } from '@/lib/corpus/db';
import type { FromAnalyser, ToAnalyser } from '@/lib/corpus/import-protocol';
import { stageChunk, wireError } from '@/lib/corpus/stage';

const db = openCorpus();
const post = (message: FromAnalyser) => self.postMessage(message);

self.onmessage = async ({ data: { id, bundleId, articles } }: MessageEvent<ToAnalyser>) => {
  try {
    const chunk = await stageChunk(db, bundleId, articles, (n) => post({ id, type: 'analysed', n }));
    post({ id, type: 'staged', chunk });
  } catch (e) {
    post({ id, type: 'failed', error: wireError(e) });
  }
};
