import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { claimInstallationsAfter } from '../storage/products-eol.queries.js';
import { warnEndOfLife, type LifecycleCache } from '../usecases/products/warn-end-of-life.js';
import { withTx } from '../storage/with-tx.js';
import { listHeldItemIds } from '../storage/sweep-failures.queries.js';
import { eachItem, type ItemFailure } from './each-item.js';

/**
 * `versions.sweep-end-of-life` (R-V5): walks every installation (R-V6) in
 * bounded batches locked FOR UPDATE SKIP LOCKED and warns customers whose
 * major version is within a warning threshold of its end of life, once per
 * customer, product, major line and threshold (ledger written with the mail).
 * Cheap enough for every worker tick: one batch query per 100 installations,
 * one lifecycle computation per product per run; nothing is written unless a
 * threshold is newly reached.
 */
export async function sweepEndOfLifeWarnings(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { batch?: number } = {}): Promise<{ checked: number; messages: number }> {
  const batch = opts.batch ?? 100;
  let after: { customerId: string; productId: string } | null = null;
  const result = { checked: 0, messages: 0 };
  const cache: LifecycleCache = new Map();
  const sweep = 'versions.sweep-end-of-life';
  const held = await listHeldItemIds(deps.db, sweep, deps.clock.now());
  const idOf = (i: { customerId: string; productId: string }) => `${i.customerId}:${i.productId}`;
  for (;;) {
    const rows = await withTx(deps.db, async (tx) => {
      const now = deps.clock.now();
      const claimed = await claimInstallationsAfter(tx, after, batch);
      const due = claimed.filter((i) => !held.has(idOf(i)));
      await eachItem(tx, { sweep, now, onFailure: deps.onFailure }, due, idOf, async (db, i) => {
        result.messages += await warnEndOfLife(db, { now, publicUrl: deps.publicUrl, cache }, i);
      });
      return claimed;
    });
    result.checked += rows.length;
    if (rows.length < batch) break;
    const last = rows[rows.length - 1]!;
    after = { customerId: last.customerId, productId: last.productId };
  }
  return result;
}
