import { Worker } from 'node:worker_threads';
import type { CalendarSpec } from '../../src/core/time/calendar.js';
import type { Questions } from './questions.js';

/** What a peer worker receives (shared buffers are written by the worker, read here). */
export interface PeerJob {
  peer: string;
  spec: CalendarSpec;
  holidays: string[];
  /** Question indices: i >= 0 asks add, ~i (negative) asks between. */
  tasks: Int32Array;
  start: number;
  from: Float64Array;
  minutes: Int32Array;
  to: Float64Array;
  progress: SharedArrayBuffer;
  results: SharedArrayBuffer;
  times: SharedArrayBuffer;
}

/** Answers of one peer for one calendar: per task (NaN = threw or hung), and time spent in completed calls. */
export interface PeerAnswers {
  results: Float64Array;
  addNs: number;
  betweenNs: number;
  hung: number;
  threw: number;
}

const HANG_MS = 2000; // 1,000× a slow legitimate call
const WORKER_URL = new URL('./peer-worker.ts', import.meta.url).href;
// Workers do not inherit tsx's loader: register it, then load the TypeScript worker.
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); })`;

/**
 * Runs `tasks` on a peer in worker threads, in `zone` (TZ is set before each
 * worker starts; the peers know no zone but the process's). A call that has
 * not returned after HANG_MS is recorded as hung (NaN) and a fresh worker
 * resumes with the next task.
 */
export async function runPeerTasks(peer: string, zone: string, spec: CalendarSpec, holidays: string[], tasks: Int32Array, q: Questions): Promise<PeerAnswers> {
  const shared = { progress: new SharedArrayBuffer(16), results: new SharedArrayBuffer(8 * tasks.length), times: new SharedArrayBuffer(16) };
  const progress = new Int32Array(shared.progress);
  const results = new Float64Array(shared.results).fill(NaN);
  let start = 0;
  let hung = 0;
  while (start < tasks.length) {
    process.env.TZ = zone;
    Atomics.store(progress, 0, start);
    Atomics.store(progress, 1, start);
    const job: PeerJob = { peer, spec, holidays, tasks, start, from: q.from, minutes: q.minutes, to: q.to, ...shared };
    const worker = new Worker(BOOT, { eval: true, workerData: job });
    let failure: unknown = null;
    worker.on('error', (e) => (failure = e));
    let last = -1;
    let since = Date.now();
    while (Atomics.load(progress, 2) === 0 && !failure) {
      await new Promise((r) => setTimeout(r, 50));
      const cur = Atomics.load(progress, 0);
      if (cur !== last) [last, since] = [cur, Date.now()];
      else if (Date.now() - since > HANG_MS && Atomics.load(progress, 1) <= cur) break;
    }
    await worker.terminate();
    if (Atomics.load(progress, 2) === 1) break;
    if (failure && Atomics.load(progress, 1) === start) throw failure; // a broken worker, not a hung peer
    hung++;
    start = Atomics.load(progress, 0) + 1;
  }
  const times = new Float64Array(shared.times);
  return { results: Float64Array.from(results), addNs: times[0]!, betweenNs: times[1]!, hung, threw: Atomics.load(progress, 3) };
}
