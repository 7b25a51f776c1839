/**
 * Worker thread that answers benchmark questions with one peer library for one
 * calendar, so the main thread can stop a peer that never returns (working-times
 * loops forever on some inputs). Progress and results go through shared memory.
 */
import { workerData } from 'node:worker_threads';
import { dayjsBusinessTimePeer } from './peers/dayjs-business-time.js';
import { momentBusinessTime } from './peers/moment-business-time.js';
import type { Peer } from './peers/peer.js';
import { workingTimes } from './peers/working-times.js';
import type { PeerJob } from './peer-runner.js';

const PEERS: Record<string, Peer> = { [momentBusinessTime.name]: momentBusinessTime, [dayjsBusinessTimePeer.name]: dayjsBusinessTimePeer, [workingTimes.name]: workingTimes };

const job = workerData as PeerJob;
const progress = new Int32Array(job.progress); // [current task, completed tasks, done flag, errors]
const results = new Float64Array(job.results);
const times = new Float64Array(job.times); // [add ns, between ns]
const peer = PEERS[job.peer]!;
peer.use(job.spec, job.holidays);
for (let k = job.start; k < job.tasks.length; k++) {
  Atomics.store(progress, 0, k);
  const task = job.tasks[k]!;
  const i = task >= 0 ? task : ~task;
  const t0 = process.hrtime.bigint();
  let r: number;
  try {
    r = task >= 0 ? peer.add(job.from[i]! * 1000, job.minutes[i]!) : peer.between(job.from[i]! * 1000, job.to[i]! * 1000);
  } catch {
    r = NaN;
    Atomics.add(progress, 3, 1);
  }
  times[task >= 0 ? 0 : 1]! += Number(process.hrtime.bigint() - t0);
  results[k] = r;
  Atomics.store(progress, 1, k + 1);
}
Atomics.store(progress, 2, 1);
