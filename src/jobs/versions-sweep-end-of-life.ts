import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { warnEndOfLifeBatch, type InstallationCursor } from '../usecases/products/warn-end-of-life-batch.js';
import type { LifecycleCache } from '../usecases/products/warn-end-of-life.js';
import type { ItemFailure } from '../usecases/sweeps/support/each-item.js';

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
  let after: InstallationCursor = null;
  const result = { checked: 0, messages: 0 };
  const cache: LifecycleCache = new Map();
  for (;;) {
    const r = await warnEndOfLifeBatch(deps, { after, batch, sweep: 'versions.sweep-end-of-life', cache });
    result.checked += r.claimed;
    result.messages += r.messages;
    if (r.claimed < batch || !r.last) break;
    after = r.last;
  }
  return result;
}
