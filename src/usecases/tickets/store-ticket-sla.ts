import type { SlaClocks } from '../../core/sla/index.js';
import { pastNotices, slaColumns, slaColumnsOwing } from '../../core/tickets/sla-columns.js';
import type { Db } from '../../storage/db.js';
import { listFiredSlaKeys } from '../../storage/sla-notifications.queries.js';
import { updateTicketRow, type TicketRow } from '../../storage/tickets.queries.js';

/**
 * Stores the SLA columns for clocks computed by the caller at `now` (the sweep
 * reuses its own computation, and passes allFired when it has just recorded
 * every notice that is due, so the ledger need not be read again).
 */
export async function storeTicketSla(db: Db, t: TicketRow, clocks: SlaClocks | null, now: Date, opts: { allFired?: boolean } = {}): Promise<{ ticket: TicketRow; clocks: SlaClocks | null }> {
  const mayOwe = clocks !== null && !opts.allFired && pastNotices(clocks, now).length > 0;
  const columns = mayOwe ? slaColumnsOwing(clocks, now, await listFiredSlaKeys(db, t.id)) : slaColumns(clocks, now);
  const ticket = await updateTicketRow(db, t.id, { ...columns, updatedAt: now });
  return { ticket, clocks };
}
