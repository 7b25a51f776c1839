import type { Actor } from '../../core/actor.js';
import { csvRow } from '../../core/csv.js';
import { toDecimalString } from '../../core/billing/format-money.js';
import type { Db } from '../../storage/db.js';
import { loadReadableInvoice } from './get-invoice.js';

const HEADER = ['invoice', 'kind', 'issue_date', 'currency', 'line', 'source_type', 'source_id', 'ticket_id', 'activity', 'description', 'quantity', 'unit', 'unit_price', 'amount'];

/**
 * R-B8: an invoice as CSV, one record per line plus a total record. Amounts
 * are decimal numbers in the invoice currency (e.g. 1234.56, -80 for a
 * credit); quantities in their unit (months of 12, minutes, tickets,
 * bundles). Text cells are safe against formula injection (core/csv.ts);
 * a UTF-8 BOM keeps accents and Greek readable. Same access as getInvoice.
 * Throws NOT_FOUND.
 */
export async function exportInvoiceCsv(deps: { db: Db }, input: { actor: Actor; invoiceId: string }): Promise<{ filename: string; csv: string }> {
  const { inv, lines } = await loadReadableInvoice(deps.db, input.actor, input.invoiceId);
  const money = (c: number) => Number(toDecimalString(c, inv.currency));
  const name = inv.displayNumber ?? `draft-${inv.id.slice(0, 8)}`;
  const parts = ['\uFEFF', csvRow(HEADER)];
  for (const l of lines) {
    parts.push(csvRow([name, inv.kind, inv.issueDate, inv.currency, l.position, l.sourceType, l.sourceId, l.ticketId, l.activity, l.description, l.quantity, l.unit, money(l.unitPriceCents), money(l.amountCents)]));
  }
  parts.push(csvRow([name, inv.kind, inv.issueDate, inv.currency, null, 'total', null, null, null, null, null, null, null, money(inv.totalCents)]));
  return { filename: `${name}.csv`, csv: parts.join('') };
}
