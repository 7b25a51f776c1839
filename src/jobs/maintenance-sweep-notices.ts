import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { sendDueNotices } from '../usecases/maintenance/send-due-notices.js';
import type { ItemFailure } from '../usecases/sweeps/support/each-item.js';
import { inBatches } from './in-batches.js';

export interface NoticeSweepResult {
  notices: number;
  messages: number;
}

/**
 * `maintenance.sweep-notices` (R-M1..R-M4): sends every maintenance notice
 * and vendor announcement whose due time has come. Notices are durable
 * deadlines (maintenance_notices.due_at) claimed in bounded batches with FOR
 * UPDATE SKIP LOCKED; each is sent, recorded in the once-only ledger and
 * marked sent in one transaction with its outbox messages, so a crash or a
 * second worker never sends one twice, and a worker that was down catches up.
 */
export async function sweepMaintenanceNotices(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { batch?: number; maxBatches?: number } = {}): Promise<NoticeSweepResult> {
  const batch = opts.batch ?? 20;
  const result: NoticeSweepResult = { notices: 0, messages: 0 };
  result.notices = await inBatches({ batch, maxBatches: opts.maxBatches ?? 50 }, async () => {
    const r = await sendDueNotices(deps, { batch, sweep: 'maintenance.sweep-notices' });
    result.messages += r.messages;
    return r.claimed;
  });
  return result;
}
