// Invoices and credit notes as the billing API returns them (issue 7): written once, returned
// by src/usecases/billing and read by the web. Type-only.
import type { DraftLine } from '../core/billing/invoice-lines.js';
import type { Locale } from '../core/notifications/render.js';
import type { InvoiceKind, InvoiceStatus } from '../core/enums.js';

/** An invoice line: core's DraftLine as stored (R-B8: traceable to its source), with its place and formatted amounts. */
export interface InvoiceLineView extends DraftLine {
  id: string;
  position: number;
  unitPriceFormatted: string;
  amountFormatted: string;
  /** On a credit note: the invoice line it credits. */
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
  kind: InvoiceKind;
  status: InvoiceStatus;
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
