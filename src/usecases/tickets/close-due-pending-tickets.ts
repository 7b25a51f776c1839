import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { claimDueClosures } from '../../storage/pending.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { eachItem, type ItemFailure } from '../sweeps/support/each-item.js';
import { closeForLackOfInformation } from './close-for-lack-of-information.js';

export type ClosureOutcomes = Record<'closed' | 'postponed' | 'blocked', number>;

/**
 * One batch of R-K5 closures for lack of information, in one transaction:
 * claims up to `batch` tickets whose closure is due (FOR UPDATE SKIP LOCKED)
 * and acts on each in its own savepoint (retried, then quarantined under
 * `sweep`). Returns how many were claimed and what became of them.
 */
export async function closeDuePendingTickets(
  deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void },
  opts: { batch: number; sweep: string },
): Promise<{ claimed: number; outcomes: ClosureOutcomes }> {
  return withTx(deps.db, async (tx) => {
    const now = deps.clock.now();
    const rows = await claimDueClosures(tx, now, opts.batch);
    const outcomes: ClosureOutcomes = { closed: 0, postponed: 0, blocked: 0 };
    await eachItem(tx, { sweep: opts.sweep, now, onFailure: deps.onFailure }, rows, (t) => t.id, async (db, t) => {
      outcomes[await closeForLackOfInformation({ ...deps, db }, t)]++;
    });
    return { claimed: rows.length, outcomes };
  });
}
