import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { fireDueSlaNotices } from '../usecases/sla/fire-due-sla-notices.js';
import type { ItemFailure } from '../usecases/sweeps/support/each-item.js';
import { inBatches } from './in-batches.js';

export interface SweepResult {
  tickets: number;
  fired: number;
}

/**
 * `sla.sweep-due`: acts on tickets whose next SLA event is due, in bounded
 * batches locked with FOR UPDATE SKIP LOCKED, so any number of workers share
 * the work and none acts twice (the once-only ledger is the second guard).
 */
export async function sweepDueSla(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { batch?: number; maxBatches?: number } = {}): Promise<SweepResult> {
  const batch = opts.batch ?? 50;
  const result: SweepResult = { tickets: 0, fired: 0 };
  result.tickets = await inBatches({ batch, maxBatches: opts.maxBatches }, async () => {
    const r = await fireDueSlaNotices(deps, { batch, sweep: 'sla.sweep-due' });
    result.fired += r.fired;
    return r.claimed;
  });
  return result;
}
