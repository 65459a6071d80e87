import type { FromAnalyser, ToAnalyser } from '@/lib/corpus/import-protocol';
import { errorFromWire, type Stage, type StagedChunk } from '@/lib/corpus/stage';
// Vite's worker import, as in main.tsx: the import worker starts these workers itself.
import AnalyseWorker from './analyse.worker.ts?worker';

interface Job {
  resolve: (chunk: StagedChunk) => void;
  reject: (error: Error) => void;
  analysed: (n: number) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

/**
 * Past this, more workers mostly add memory (each holds the engine's tables): their transactions take
 * turns on the same object stores.
 */
const MAX_WORKERS = 4;

/**
 * Analysis workers, one per core (at least two: one analyses while the other's chunk is written), and a
 * Stage that gives each chunk to the least busy of them.
 */
export function analysisPool(cores: number): { stage: Stage; size: number; terminate: () => void } {
  const size = Math.min(MAX_WORKERS, Math.max(2, cores));
  let nextId = 0;
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: new AnalyseWorker(), jobs: new Map() };
    slot.worker.onmessage = ({ data }: MessageEvent<FromAnalyser>) => {
      const job = slot.jobs.get(data.id);
      if (!job) return;
      if (data.type === 'analysed') return job.analysed(data.n);
      slot.jobs.delete(data.id);
      if (data.type === 'staged') job.resolve(data.chunk);
      else job.reject(errorFromWire(data.error));
    };
    slot.worker.onerror = (e) => {
      for (const job of slot.jobs.values()) job.reject(new Error(e.message || 'an analysis worker stopped'));
      slot.jobs.clear();
    };
    return slot;
  });
  const stage: Stage = (bundleId, articles, analysed, turn) =>
    new Promise((resolve, reject) => {
      const slot = slots.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
      const id = nextId++;
      slot.jobs.set(id, { resolve, reject, analysed });
      slot.worker.postMessage({ type: 'stage', id, bundleId, articles } satisfies ToAnalyser);
      void turn.then(() => slot.worker.postMessage({ type: 'write', id } satisfies ToAnalyser));
    });
  return { stage, size, terminate: () => slots.forEach((s) => s.worker.terminate()) };
}
