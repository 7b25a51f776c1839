// Shapes of the billing API (issue 7) as the web app reads them. Money is integer minor units beside an ISO currency.
// The shapes the presenters return are defined once in src/views and re-exported here.
import type { Activity, RoundingRule } from '../../core/billing/billing-units.js';
import type { EstimateStatus, PhaseStatus } from '../../core/billing/estimate-flow.js';
import type { ChargeKind } from '../../core/billing/pricing.js';
import type { ContractTermsView, EstimateView, TimeEntryView } from '../../views/billing.js';
import type { InvoiceLineView, InvoiceSummaryView } from '../../views/invoices.js';

export type { Activity, ChargeKind, EstimateStatus, PhaseStatus, RoundingRule };
export type { BillingSettingsView, ContractTermsView, EstimateView, PhaseView, TariffView, TimeEntryView } from '../../views/billing.js';
export type { InvoiceLineView, InvoiceSummaryView } from '../../views/invoices.js';
export type { ActivationPreview, ChargeView, IncreaseView, InflationRateView } from '../../views/pricing.js';

/** An invoice from GET …/invoices/:id (with lines) or a list row (without): the web reads both. */
export type InvoiceView = InvoiceSummaryView & { lines?: InvoiceLineView[] };

export interface ChargeabilityView {
  ticketId: string;
  category: string | null;
  reportedOn: string;
  classified: boolean;
  billable: boolean | null;
  ruleId: string | null;
  reason: string;
  reasonKey: string;
  needsEstimate: boolean;
  dayAfterTakeover: number | null;
  // R-B3: the ticket holds one of the year's free configuration tasks, or one is still available.
  freeTask: 'held' | 'available' | null;
  freeTasksLeft: number | null;
  billableWorkAllowed: boolean;
  billableWorkReason: string | null;
  estimate: EstimateView | null;
  /** Staff only. */
  terms?: ContractTermsView | null;
  time?: { minutes: number; billableMinutes: number };
}

export interface TimeSheet {
  items: TimeEntryView[];
  minutes: number;
  billableMinutes: number;
}
