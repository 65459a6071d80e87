/**
 * One of the import's analysis workers (started by import.worker.ts, as many as the machine has cores):
 * finding the claims of an article takes milliseconds, so chunks of a bundle are analysed side by side,
 * and each worker writes its own chunks under the import's staging bundle (lib/corpus/stage.ts), each when
 * the import says it is its turn. A chunk arriving while the last one waits or is written is analysed
 * meanwhile.
 */
import { openCorpus } from '@/lib/corpus/db';
import type { FromAnalyser, ToAnalyser } from '@/lib/corpus/import-protocol';
import { analyseChunk, wireError, writeChunk } from '@/lib/corpus/stage';

const db = openCorpus();
const post = (message: FromAnalyser) => self.postMessage(message);

/** The chunks received and not yet allowed to write, by id: the import writes them in the bundle's order. */
const waiting = new Map<number, () => void>();
/** One analysis after another (two side by side would both end late), each pausing to hear leaves to write. */
let analyses: Promise<unknown> = Promise.resolve();

self.onmessage = async ({ data }: MessageEvent<ToAnalyser>) => {
  if (data.type === 'write') {
    waiting.get(data.id)?.();
    waiting.delete(data.id);
    return;
  }
  const { id, bundleId, articles } = data;
  // Made at once: the leave to write may arrive before the analysis ends.
  const turn = new Promise<void>((resolve) => waiting.set(id, resolve));
  const analysis = analyses.then(() => analyseChunk(articles, (n) => post({ id, type: 'analysed', n })));
  analyses = analysis.catch(() => undefined);
  try {
    const chunk = await writeChunk(db, bundleId, await analysis, turn);
    post({ id, type: 'staged', chunk });
  } catch (e) {
    post({ id, type: 'failed', error: wireError(e) });
  }
};
