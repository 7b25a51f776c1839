import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { claimDueSlaTickets } from '../../storage/sla-notifications.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { eachItem, type ItemFailure } from '../sweeps/support/each-item.js';
import { fireSlaNotices } from './fire-sla-notices.js';

/**
 * One batch of `sla.sweep-due` (R-S4), in one transaction: claims up to
 * `batch` tickets whose next SLA event is due (FOR UPDATE SKIP LOCKED, so
 * workers share the work) and fires each one's notices in its own savepoint
 * (a failing ticket is retried, then quarantined under `sweep`). Returns how
 * many tickets were claimed and how many notices fired.
 */
export async function fireDueSlaNotices(
  deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void },
  opts: { batch: number; sweep: string },
): Promise<{ claimed: number; fired: number }> {
  return withTx(deps.db, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueSlaTickets(tx, now, opts.batch);
    const memo = { calendars: new Map() };
    let fired = 0;
    await eachItem(tx, { sweep: opts.sweep, now, onFailure: deps.onFailure }, rows, (t) => t.id, async (db, t) => {
      fired += await fireSlaNotices({ ...deps, db, memo }, t);
    });
    return { claimed: rows.length, fired };
  });
}
