import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { claimInstallationsAfter, type InstalledForEol } from '../../storage/products-eol.queries.js';
import { listHeldItemIds } from '../../storage/sweep-failures.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { eachItem, type ItemFailure } from '../sweeps/support/each-item.js';
import { warnEndOfLife, type LifecycleCache } from './warn-end-of-life.js';

export type InstallationCursor = { customerId: string; productId: string } | null;

/**
 * One batch of R-V5 end-of-life warnings, in one transaction: claims up to
 * `batch` installations after `after` (in key order, FOR UPDATE SKIP LOCKED)
 * and warns each one's customer in its own savepoint, skipping items held
 * back after a failure (retried, then quarantined under `sweep`). Returns the
 * cursor of the last claimed installation (null at the end), how many were
 * claimed and how many messages were queued.
 */
export async function warnEndOfLifeBatch(
  deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void },
  opts: { after: InstallationCursor; batch: number; sweep: string; cache: LifecycleCache },
): Promise<{ claimed: number; last: InstallationCursor; messages: number }> {
  const idOf = (i: InstalledForEol) => `${i.customerId}:${i.productId}`;
  return withTx(deps.db, async (tx) => {
    const now = deps.clock.now();
    const claimed = await claimInstallationsAfter(tx, opts.after, opts.batch);
    const held = await listHeldItemIds(tx, opts.sweep, now);
    let messages = 0;
    await eachItem(tx, { sweep: opts.sweep, now, onFailure: deps.onFailure }, claimed.filter((i) => !held.has(idOf(i))), idOf, async (db, i) => {
      messages += await warnEndOfLife(db, { now, publicUrl: deps.publicUrl, cache: opts.cache }, i);
    });
    const last = claimed.at(-1);
    return { claimed: claimed.length, last: last ? { customerId: last.customerId, productId: last.productId } : null, messages };
  });
}
