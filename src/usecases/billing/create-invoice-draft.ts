import type { Actor } from '../../core/actor.js';
import type { BillingLocale } from '../../core/billing/format-money.js';
import { buildInvoiceLines, invoiceTotal } from '../../core/billing/invoice-lines.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { insertClaimRows, insertInvoiceRow, insertLineRows } from '../../storage/billing-invoices.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { collectInvoiceSources } from './collect-invoice-sources.js';
import { presentInvoice, type InvoiceView } from '../../presenters/billing/present-invoice.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * R-B8: a draft invoice for a customer and period (dates inclusive): one line
 * per contract charge, bundle and overage ticket, and billable time grouped by
 * ticket, activity and tariff; each line names its source and claims it, so
 * nothing is invoiced twice. Texts in the customer's language, amounts in its
 * currency. Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, NOTHING_TO_INVOICE,
 * CURRENCY_MISMATCH, PRICE_MISSING, TARIFF_MISSING.
 */
export async function createInvoiceDraft(deps: { db: Db; clock: Clock }, input: { actor: Actor; customerId: string; periodStart: string; periodEnd: string }): Promise<InvoiceView> {
  assertBillingManager(input.actor);
  const { periodStart, periodEnd } = input;
  if (!isIsoDate(periodStart) || !isIsoDate(periodEnd) || periodEnd < periodStart) {
    throw new DomainError('VALIDATION_FAILED', 'A period is two dates, start ≤ end.', [{ path: 'body.periodEnd', problem: 'invalid period' }]);
  }
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const customer = await findCustomerRow(tx, input.customerId, { lock: true });
    if (!customer) throw new DomainError('NOT_FOUND', 'No such customer.');
    const locale = customer.locale as BillingLocale;
    const lines = buildInvoiceLines(await collectInvoiceSources(tx, customer, periodStart, periodEnd), locale);
    if (!lines.length) throw new DomainError('NOTHING_TO_INVOICE', `Nothing to invoice for ${customer.name} from ${periodStart} to ${periodEnd}.`);
    const inv = await insertInvoiceRow(tx, {
      customerId: customer.id, kind: 'invoice', status: 'draft', periodStart, periodEnd, currency: customer.currency, locale,
      customerName: customer.name, customerCode: customer.code, totalCents: invoiceTotal(lines), createdAt: now, createdBy: input.actor.id,
    });
    const rows = await insertLineRows(tx, lines.map((l, i) => ({
      invoiceId: inv.id, position: i + 1, sourceType: l.sourceType, sourceId: l.sourceId, sourceItems: l.sourceItems, description: l.description, quantity: l.quantity,
      unit: l.unit, unitPriceCents: l.unitPriceCents, amountCents: l.amountCents, ticketId: l.ticketId, activity: l.activity, tariffId: l.tariffId,
    })));
    await insertClaimRows(tx, rows.flatMap((r) => r.sourceItems.map((sourceId) => ({ sourceType: r.sourceType === 'ticket_time' ? ('time_entry' as const) : r.sourceType, sourceId, invoiceId: inv.id, lineId: r.id }))));
    await recordAudit(tx, { at: now, actor: input.actor, action: 'invoice.drafted', objectType: 'invoice', objectId: inv.id, details: { customerId: customer.id, periodStart, periodEnd, lines: rows.length, totalCents: inv.totalCents } });
    return presentInvoice(inv, rows);
  });
}
