import type { Actor } from '../../core/actor.js';
import { dateInZone } from '../../core/billing/local-date.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findInvoiceRow, listLineRows, markInvoiceIssued, takeNextInvoiceNumber, type InvoiceRow } from '../../storage/billing-invoices.queries.js';
import { getBillingSettingsRow } from '../../storage/billing-terms.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { presentInvoice, type InvoiceView } from '../../presenters/billing/present-invoice.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/** "INV-000042": the series and the number, zero-padded to six digits. */
export function displayNumber(series: string, n: number): string {
  return `${series}-${String(n).padStart(6, '0')}`;
}

/**
 * Issues a draft inside the caller's transaction: takes the next number of
 * the series (gap-free: a counter row locked FOR UPDATE, so a rollback gives
 * the number back) and dates it today in the customer's zone. From here the
 * database refuses any change to the invoice or its lines (R-B8).
 * Throws INVOICE_NOT_DRAFT.
 */
export async function issueDraft(tx: Db, now: Date, actor: Actor, inv: InvoiceRow, series: string): Promise<InvoiceRow> {
  if (inv.status !== 'draft') throw new DomainError('INVOICE_NOT_DRAFT', `${inv.displayNumber} is already issued.`, { invoiceId: inv.id });
  const number = await takeNextInvoiceNumber(tx, series);
  const customer = await findCustomerRow(tx, inv.customerId);
  const issued = await markInvoiceIssued(tx, inv.id, {
    series, number, displayNumber: displayNumber(series, number), issueDate: dateInZone(now, customer?.timeZone ?? 'UTC'), issuedAt: now, issuedBy: actor.id,
  });
  await recordAudit(tx, { at: now, actor, action: `${inv.kind}.issued`, objectType: 'invoice', objectId: inv.id, details: { series, number, totalCents: inv.totalCents } });
  return issued;
}

/**
 * R-B8: issues a draft invoice in `series` (default: the billing setting,
 * "INV"). Throws FORBIDDEN, NOT_FOUND, INVOICE_NOT_DRAFT, VALIDATION_FAILED.
 */
export async function issueInvoice(deps: { db: Db; clock: Clock }, input: { actor: Actor; invoiceId: string; series?: string }): Promise<InvoiceView> {
  assertBillingManager(input.actor);
  if (input.series !== undefined && !/^[A-Z0-9][A-Z0-9-]{0,19}$/.test(input.series)) {
    throw new DomainError('VALIDATION_FAILED', 'A series is 1-20 capitals, digits or dashes.', [{ path: 'body.series', problem: 'invalid' }]);
  }
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const inv = await findInvoiceRow(tx, Scope.of(input.actor), input.invoiceId, { lock: true });
    if (!inv) throw new DomainError('NOT_FOUND', 'No such invoice.');
    const settings = await getBillingSettingsRow(tx);
    const series = input.series ?? (inv.kind === 'credit_note' ? settings.creditNoteSeries : settings.invoiceSeries);
    const issued = await issueDraft(tx, now, input.actor, inv, series);
    return presentInvoice(issued, await listLineRows(tx, inv.id));
  });
}
