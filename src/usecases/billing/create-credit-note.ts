import type { Actor } from '../../core/actor.js';
import { creditLines, invoiceTotal } from '../../core/billing/invoice-lines.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { findInvoiceRow, insertInvoiceRow, insertLineRows, listCreditedLineIds, listLineRows, releaseClaimsOfLines } from '../../storage/billing-invoices.queries.js';
import { getBillingSettingsRow } from '../../storage/billing-terms.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { issueDraft } from './issue-invoice.js';
import { presentInvoice, type InvoiceView } from '../../presenters/billing/present-invoice.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/**
 * R-B8 correction: an issued invoice is never changed; a credit note
 * reverses all of it, or the given lines, with negative lines that reference
 * the original lines and keep their sources. It is issued at once in the
 * credit-note series, and the credited sources are freed, so a corrected
 * invoice can bill them again. Throws FORBIDDEN, NOT_FOUND, REASON_REQUIRED,
 * INVOICE_NOT_DRAFT (the original is a draft: edit or delete it), INVOICE_ALREADY_CREDITED.
 */
export async function createCreditNote(deps: { db: Db; clock: Clock }, input: { actor: Actor; invoiceId: string; reason: string; lineIds?: string[]; series?: string }): Promise<InvoiceView> {
  assertBillingManager(input.actor);
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('REASON_REQUIRED', 'Say why the invoice is credited.', [{ path: 'body.reason', problem: 'required' }]);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const orig = await findInvoiceRow(tx, Scope.of(input.actor), input.invoiceId);
    if (!orig || orig.kind !== 'invoice') throw new DomainError('NOT_FOUND', 'No such invoice.');
    if (orig.status !== 'issued') throw new DomainError('INVOICE_NOT_DRAFT', 'A draft is edited or deleted, not credited.', { invoiceId: orig.id, status: orig.status });
    const all = await listLineRows(tx, orig.id);
    const chosen = input.lineIds ? all.filter((l) => input.lineIds!.includes(l.id)) : all;
    if (input.lineIds && chosen.length !== new Set(input.lineIds).size) throw new DomainError('NOT_FOUND', 'A line is not on the invoice.');
    const already = await listCreditedLineIds(tx, chosen.map((l) => l.id));
    if (already.length) throw new DomainError('INVOICE_ALREADY_CREDITED', 'Some lines are already credited.', { lineIds: already });
    const negated = creditLines(chosen);
    const note = await insertInvoiceRow(tx, {
      customerId: orig.customerId, kind: 'credit_note', status: 'draft', periodStart: orig.periodStart, periodEnd: orig.periodEnd, currency: orig.currency, locale: orig.locale,
      customerName: orig.customerName, customerCode: orig.customerCode, totalCents: invoiceTotal(negated), creditedInvoiceId: orig.id, reason, createdAt: now, createdBy: input.actor.id,
    });
    const lines = await insertLineRows(tx, negated.map((l, i) => ({
      invoiceId: note.id, position: i + 1, sourceType: l.sourceType, sourceId: l.sourceId, sourceItems: l.sourceItems, description: l.description, quantity: l.quantity, unit: l.unit,
      unitPriceCents: l.unitPriceCents, amountCents: l.amountCents, ticketId: l.ticketId, activity: l.activity, tariffId: l.tariffId, creditedLineId: l.id,
    })));
    await releaseClaimsOfLines(tx, chosen.map((l) => l.id));
    const series = input.series ?? (await getBillingSettingsRow(tx)).creditNoteSeries;
    const issued = await issueDraft(tx, now, input.actor, note, series);
    return presentInvoice(issued, lines);
  });
}
