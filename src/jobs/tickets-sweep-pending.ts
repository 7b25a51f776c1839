import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { claimDueClosures, claimDueReminders } from '../storage/pending.queries.js';
import { closeForLackOfInformation } from '../usecases/tickets/close-for-lack-of-information.js';
import { sendPendingReminder } from '../usecases/tickets/send-pending-reminder.js';
import { inBatches } from './in-batches.js';

/**
 * `tickets.sweep-pending` (R-K5): reminders first, then closures, each in
 * bounded SKIP LOCKED batches; every action clears its own deadline in the
 * transaction that records it, so a crash or a second worker never acts twice.
 */
export async function sweepPending(deps: { db: Db; clock: Clock; publicUrl: string }, opts: { batch?: number } = {}) {
  const batch = opts.batch ?? 50;
  const result = { reminders: 0, closed: 0, postponed: 0, blocked: 0 };
  result.reminders = await inBatches(deps.db, { batch }, async (tx) => {
    const rows = await claimDueReminders(tx, deps.clock.now(), batch);
    for (const t of rows) await sendPendingReminder({ ...deps, db: tx }, t);
    return rows.length;
  });
  await inBatches(deps.db, { batch }, async (tx) => {
    const rows = await claimDueClosures(tx, deps.clock.now(), batch);
    for (const t of rows) result[await closeForLackOfInformation({ ...deps, db: tx }, t)]++;
    return rows.length;
  });
  return result;
}
