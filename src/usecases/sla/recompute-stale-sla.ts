import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { claimStaleSlaTickets } from '../../storage/sla-notifications.queries.js';
import { updateTicketRow } from '../../storage/tickets.queries.js';
import { withTx } from '../../storage/with-tx.js';
import type { SlaMemo } from '../tickets/compute-ticket-sla.js';
import { recomputeTicketSla } from '../tickets/recompute-ticket-sla.js';

/**
 * The migration-time recompute step (R-T5, issue 12): rewrites the stored SLA
 * columns (due instants, states, queue order, next event) of every ticket
 * that is not closed and that a migration marked stale (sla_computed_at NULL),
 * in batches of `batch`, each in its own transaction. Run after the
 * migrations by `coverdesk migrate` and at every start; it costs one index
 * probe when nothing is stale. A ticket whose clocks cannot be computed keeps
 * its columns and is left to the SLA sweep, which the migration also woke.
 * A warning or breach whose new instant has passed stays due for the sweep,
 * which fires it exactly once. Returns how many tickets were recomputed.
 */
export async function recomputeStaleSla(deps: { db: Db; clock: Clock }, opts: { batch?: number } = {}): Promise<{ recomputed: number; failed: number }> {
  const batch = opts.batch ?? 500;
  const result = { recomputed: 0, failed: 0 };
  const memo: SlaMemo = { calendars: new Map() };
  for (;;) {
    const claimed = await withTx(deps.db, async (tx) => {
      const rows = await claimStaleSlaTickets(tx, batch);
      const now = deps.clock.now();
      for (const t of rows) {
        try {
          await recomputeTicketSla(tx, t, now, memo);
          result.recomputed++;
        } catch {
          // Out of the calendar's years or a missing plan version: do not block the start on it.
          await updateTicketRow(tx, t.id, { slaComputedAt: now });
          result.failed++;
        }
      }
      return rows.length;
    });
    if (claimed < batch) return result;
  }
}
