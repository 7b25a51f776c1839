import type { SlaClocks } from '../../core/sla/index.js';
import type { Db } from '../../storage/db.js';
import type { TicketRow } from '../../storage/tickets.queries.js';
import { computeTicketSla, type SlaMemo } from './compute-ticket-sla.js';
import { storeTicketSla } from './store-ticket-sla.js';

/**
 * Recomputes and stores a ticket's SLA columns. Call it inside the transaction
 * of every change that affects them (status, severity, estimate, commitment,
 * calendar edit), so the columns are never stale.
 */
export async function recomputeTicketSla(db: Db, t: TicketRow, now: Date, memo?: SlaMemo): Promise<{ ticket: TicketRow; clocks: SlaClocks | null }> {
  return storeTicketSla(db, t, await computeTicketSla(db, t, now, memo), now);
}
