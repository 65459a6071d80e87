/**
 * CPU time of every thread of the bench's own processes (the browser it launched and its children), read
 * from /proc on Linux: where an import's CPU goes across Chromium's processes (the extension's renderer
 * with its workers, the storage service that runs IndexedDB, the browser process). Threads are sampled
 * repeatedly, since a worker's thread is gone with its time once the worker ends.
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Kernel clock ticks per second (USER_HZ), 100 on every Linux the bench runs on. */
const TICKS = 100;

interface Thread {
  /** What the process is (browser, renderer, storage...) and the thread's name. */
  label: string;
  seconds: number;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};

/** The pids under `root`, itself included. */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(parents.get(found[i]!) ?? []));
  return found;
}

function kindOf(pid: number): string {
  // Chromium's child processes rewrite their command line as one string: split on spaces too.
  const args = read(`/proc/${pid}/cmdline`).split(/[\0 ]/);
  const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const type = flag('type');
  if (!type) return args[0]?.includes('chrom') ? 'browser' : (args[0]?.split('/').at(-1) ?? '?');
  const sub = flag('utility-sub-type');
  return sub
    ? `utility ${sub.split('.').at(-1)}`
    : type === 'renderer' && args.includes('--extension-process')
      ? 'extension renderer'
      : type;
}

/** CPU seconds by thread, keyed by pid/tid, with what each is. */
function sample(root: number): Map<string, Thread> {
  const threads = new Map<string, Thread>();
  for (const pid of descendants(root)) {
    if (pid === root) continue;
    const kind = kindOf(pid);
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
      threads.set(`${pid}/${tid}`, { label: `${kind}: ${name}`, seconds });
    }
  }
  return threads;
}

/**
 * Starts sampling the browser's threads; `tick()` samples again (call it every few hundred ms), `spent()`
 * gives the CPU seconds spent since the start, by process kind and thread name, the largest first.
 */
export function threadCpu(root = process.pid) {
  const start = sample(root);
  const last = new Map(start);
  const tick = () => {
    for (const [id, t] of sample(root)) last.set(id, t);
  };
  const spent = (): [string, number][] => {
    tick();
    const byLabel = new Map<string, number>();
    for (const [id, t] of last) {
      const seconds = t.seconds - (start.get(id)?.seconds ?? 0);
      if (seconds <= 0) continue;
      let label = t.label;
      // Each worker is a thread of its own: numbered in the order they started (the import worker first).
      if (label.endsWith('DedicatedWorker')) {
        const [pid, tid] = id.split('/').map(Number) as [number, number];
        label = `${label} ${tid - pid}`;
      }
      byLabel.set(label, (byLabel.get(label) ?? 0) + seconds);
    }
    return [...byLabel].sort((a, b) => b[1] - a[1]);
  };
  return { tick, spent };
}
