import { formatMoney, type BillingLocale } from '../../core/billing/format-money.js';
import type { InvoiceLineRow, InvoiceRow } from '../../storage/billing-invoices.queries.js';
import type { InvoiceSummaryView, InvoiceView } from '../../views/invoices.js';

export type { InvoiceSummaryView, InvoiceView };

/**
 * An invoice or credit note with its lines. Amounts are integer minor units
 * with the currency, plus `*Formatted` strings in the customer's currency
 * and language (es "1.234,56 €", el "1.234,56 €", en "€1,234.56").
 */
export function presentInvoice(inv: InvoiceRow, lines: InvoiceLineRow[]): InvoiceView {
  const money = (c: number) => formatMoney(c, inv.currency, inv.locale as BillingLocale);
  return {
    id: inv.id, customerId: inv.customerId, customerName: inv.customerName, customerCode: inv.customerCode, kind: inv.kind, status: inv.status,
    series: inv.series, number: inv.number, displayNumber: inv.displayNumber, periodStart: inv.periodStart, periodEnd: inv.periodEnd,
    currency: inv.currency, locale: inv.locale, totalCents: inv.totalCents, totalFormatted: money(inv.totalCents),
    creditedInvoiceId: inv.creditedInvoiceId, reason: inv.reason, issueDate: inv.issueDate, issuedAt: inv.issuedAt?.toISOString() ?? null, createdAt: inv.createdAt.toISOString(),
    lines: lines.map((l) => ({
      id: l.id, position: l.position, sourceType: l.sourceType, sourceId: l.sourceId, sourceItems: l.sourceItems, description: l.description,
      quantity: l.quantity, unit: l.unit, unitPriceCents: l.unitPriceCents, unitPriceFormatted: money(l.unitPriceCents), amountCents: l.amountCents, amountFormatted: money(l.amountCents),
      ticketId: l.ticketId, activity: l.activity, tariffId: l.tariffId, creditedLineId: l.creditedLineId,
    })),
  };
}

/** A list row: the invoice without lines. */
export function presentInvoiceSummary(inv: InvoiceRow): InvoiceSummaryView {
  const { lines: _l, ...rest } = presentInvoice(inv, []);
  return rest;
}
