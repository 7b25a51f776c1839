// Invoices, credit notes and contract fee charges as the billing API returns them (issue 7):
// written once, returned by src/usecases/billing and read by the web. Type-only.
import type { Activity } from '../core/billing/billing-units.js';
import type { LineSourceType, LineUnit } from '../core/billing/invoice-lines.js';
import type { ChargeKind } from '../core/billing/pricing.js';
import type { Locale } from '../core/notifications/render.js';

export interface InvoiceLineView {
  id: string;
  position: number;
  sourceType: LineSourceType;
  sourceId: string;
  sourceItems: string[];
  description: string;
  quantity: number;
  unit: LineUnit;
  unitPriceCents: number;
  unitPriceFormatted: string;
  amountCents: number;
  amountFormatted: string;
  ticketId: string | null;
  activity: Activity | null;
  tariffId: string | null;
  creditedLineId: string | null;
}

/**
 * An invoice or credit note with its lines. Amounts are integer minor units
 * with the currency, plus `*Formatted` strings in the customer's currency and language.
 */
export interface InvoiceView {
  id: string;
  customerId: string;
  customerName: string;
  customerCode: string;
  kind: 'invoice' | 'credit_note';
  status: 'draft' | 'issued';
  series: string | null;
  number: number | null;
  displayNumber: string | null;
  periodStart: string;
  periodEnd: string;
  currency: string;
  locale: Locale;
  totalCents: number;
  totalFormatted: string;
  creditedInvoiceId: string | null;
  /** Why a credit note was made; empty when none. */
  reason: string;
  issueDate: string | null;
  issuedAt: string | null;
  createdAt: string;
  lines: InvoiceLineView[];
}

/** A list row: the invoice without lines. */
export type InvoiceSummaryView = Omit<InvoiceView, 'lines'>;

/** A contract fee charge: months/12 of the yearly price for its period, minor units. */
export interface ChargeView {
  id: string;
  contractId: string;
  customerId: string;
  kind: ChargeKind;
  ruleId: string;
  periodStart: string;
  periodEnd: string;
  months: number;
  /** e.g. "7/12". */
  fraction: string;
  yearlyPriceCents: number;
  amountCents: number;
  currency: string;
  details: Record<string, unknown>;
  createdAt: string;
  cancelledAt: string | null;
  invoiceId: string | null;
}
