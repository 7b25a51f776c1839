import type { Db } from '../../storage/db.js';
import type { Clock } from '../../core/clock.js';
import { claimDueNotices } from '../../storage/maintenance-notices.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { eachItem, type ItemFailure } from '../sweeps/support/each-item.js';
import { sendNotice } from './send-notice.js';

/**
 * One batch of maintenance notices and vendor announcements (R-M1..R-M4), in
 * one transaction: claims up to `batch` notices whose due time has come (FOR
 * UPDATE SKIP LOCKED) and sends each in its own savepoint with its ledger
 * rows and outbox messages (retried, then quarantined under `sweep`).
 * Returns how many notices were claimed and how many messages were queued.
 */
export async function sendDueNotices(
  deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void },
  opts: { batch: number; sweep: string },
): Promise<{ claimed: number; messages: number }> {
  return withTx(deps.db, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueNotices(tx, now, opts.batch);
    let messages = 0;
    await eachItem(tx, { sweep: opts.sweep, now, onFailure: deps.onFailure }, rows, (r) => r.id, async (db, row) => {
      messages += await sendNotice(db, { now, publicUrl: deps.publicUrl }, row);
    });
    return { claimed: rows.length, messages };
  });
}
