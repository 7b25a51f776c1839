import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { csvRow } from '../../core/csv.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { listCustomerTicketRowsAfter } from '../../storage/ticket-queue.queries.js';
import type { CustomerTicketFilters } from './list-customer-tickets.js';
import { parseTicketSearch } from './list-queue.js';
import { customerSlaView } from '../../presenters/tickets/present-ticket-summary.js';

const BATCH = 1000;
const HEADER = ['number', 'subject', 'status', 'severity', 'registered', 'due'];

/**
 * The calling contact's customer's tickets as CSV (issue 4 item 8), newest
 * first, with the same scope and filters as listCustomerTickets (no internal
 * field, public search only). Columns: number, subject, status, severity,
 * registered (ISO instant), due (the customer-facing due-by, empty when not
 * waiting on the vendor). Starts with a UTF-8 BOM so spreadsheets read accents
 * and Greek. Throws FORBIDDEN for anyone but a contact.
 */
export async function exportCustomerTickets(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; filters?: CustomerTicketFilters },
): Promise<{ filename: string; csv: string; rows: number }> {
  const { actor } = input;
  if (actor.kind !== 'contact') throw new DomainError('FORBIDDEN', 'Only a customer contact may export its tickets.');
  const f = { statuses: input.filters?.status, ...parseTicketSearch(input.filters?.q) };
  const parts = ['\uFEFF', csvRow(HEADER)];
  let after: { registeredAt: Date; number: number } | null = null;
  let rows = 0;
  for (;;) {
    const batch = await listCustomerTicketRowsAfter(deps.db, actor.customerId, f, after, BATCH);
    for (const r of batch) {
      parts.push(csvRow([r.number, r.subject, r.status, r.severity, r.registeredAt.toISOString(), customerSlaView(r).dueBy]));
    }
    rows += batch.length;
    const last = batch[batch.length - 1];
    if (!last || batch.length < BATCH) break;
    after = { registeredAt: last.registeredAt, number: last.number };
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  return { filename: `tickets-${day}.csv`, csv: parts.join(''), rows };
}
