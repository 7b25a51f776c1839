import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { claimDueSlaTickets } from '../storage/sla-notifications.queries.js';
import { fireSlaNotices } from '../usecases/sla/fire-sla-notices.js';
import { eachItem, type ItemFailure } from './each-item.js';
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
  result.tickets = await inBatches(deps.db, { batch, maxBatches: opts.maxBatches }, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueSlaTickets(tx, now, batch);
    const memo = { calendars: new Map() };
    await eachItem(tx, { sweep: 'sla.sweep-due', now, onFailure: deps.onFailure }, rows, (t) => t.id, async (db, t) => {
      result.fired += await fireSlaNotices({ ...deps, db, memo }, t);
    });
    return rows.length;
  });
  return result;
}
