import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { claimDueReminders } from '../../storage/pending.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { eachItem, type ItemFailure } from '../sweeps/support/each-item.js';
import { sendPendingReminder } from './send-pending-reminder.js';

/**
 * One batch of R-K5 reminders, in one transaction: claims up to `batch`
 * Pending tickets whose reminder is due (FOR UPDATE SKIP LOCKED) and sends
 * each in its own savepoint (a failing one is retried, then quarantined under
 * `sweep`). Returns how many tickets were claimed.
 */
export async function sendDuePendingReminders(
  deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void },
  opts: { batch: number; sweep: string },
): Promise<number> {
  return withTx(deps.db, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueReminders(tx, now, opts.batch);
    await eachItem(tx, { sweep: opts.sweep, now, onFailure: deps.onFailure }, rows, (t) => t.id, (db, t) => sendPendingReminder({ ...deps, db }, t));
    return rows.length;
  });
}
