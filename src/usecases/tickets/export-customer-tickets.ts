import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { listCustomerTicketRowsAfter } from '../../storage/ticket-queue.queries.js';
import type { CustomerTicketFilters } from './list-customer-tickets.js';
import { parseTicketSearch } from './list-queue.js';
import { customerSlaView } from './present-ticket-summary.js';

const BATCH = 1000;
const HEADER = ['number', 'subject', 'status', 'severity', 'registered', 'due'];

/**
 * One CSV cell: a value a spreadsheet would run as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading single quote; then
 * RFC 4180 quoting when it holds a comma, quote or line break.
 */
export function csvCell(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (cells: Array<string | number | null>) => `${cells.map(csvCell).join(',')}\r\n`;

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
  const parts = ['\uFEFF', csvLine(HEADER)];
  let after: { registeredAt: Date; number: number } | null = null;
  let rows = 0;
  for (;;) {
    const batch = await listCustomerTicketRowsAfter(deps.db, actor.customerId, f, after, BATCH);
    for (const r of batch) {
      parts.push(csvLine([r.number, r.subject, r.status, r.severity, r.registeredAt.toISOString(), customerSlaView(r).dueBy]));
    }
    rows += batch.length;
    const last = batch[batch.length - 1];
    if (!last || batch.length < BATCH) break;
    after = { registeredAt: last.registeredAt, number: last.number };
  }
  const day = deps.clock.now().toISOString().slice(0, 10);
  return { filename: `tickets-${day}.csv`, csv: parts.join(''), rows };
}
