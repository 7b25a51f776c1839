import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { claimDueClosures, claimDueReminders } from '../storage/pending.queries.js';
import { closeForLackOfInformation } from '../usecases/tickets/close-for-lack-of-information.js';
import { sendPendingReminder } from '../usecases/tickets/send-pending-reminder.js';
import { eachItem, type ItemFailure } from './each-item.js';
import { inBatches } from './in-batches.js';

/**
 * `tickets.sweep-pending` (R-K5): reminders first, then closures, each in
 * bounded SKIP LOCKED batches; every action clears its own deadline in the
 * transaction that records it, so a crash or a second worker never acts twice.
 */
const SWEEP = 'tickets.sweep-pending';

export async function sweepPending(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { batch?: number } = {}) {
  const batch = opts.batch ?? 50;
  const result = { reminders: 0, closed: 0, postponed: 0, blocked: 0 };
  result.reminders = await inBatches(deps.db, { batch }, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueReminders(tx, now, batch);
    await eachItem(tx, { sweep: SWEEP, now, onFailure: deps.onFailure }, rows, (t) => t.id, (db, t) => sendPendingReminder({ ...deps, db }, t));
    return rows.length;
  });
  await inBatches(deps.db, { batch }, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueClosures(tx, now, batch);
    await eachItem(tx, { sweep: SWEEP, now, onFailure: deps.onFailure }, rows, (t) => t.id, async (db, t) => {
      result[await closeForLackOfInformation({ ...deps, db }, t)]++;
    });
    return rows.length;
  });
  return result;
}
