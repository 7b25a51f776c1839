// Shapes of the billing API (issue 7) as the web app reads them. Money is integer minor units beside an ISO currency.
import type { Activity, RoundingRule } from '../../core/billing/billing-units.js';
import type { EstimateStatus, PhaseStatus } from '../../core/billing/estimate-flow.js';
import type { ChargeKind } from '../../core/billing/pricing.js';

export type { Activity, ChargeKind, EstimateStatus, PhaseStatus, RoundingRule };

export interface PhaseView {
  id: string;
  position: number;
  name: string;
  minutes: number;
  hours: number;
  priceCents: number;
  status: PhaseStatus;
  handedOverAt: string | null;
  handoverNote: string | null;
  decidedAt: string | null;
}

export interface EstimateView {
  id: string;
  ticketId: string;
  version: number;
  status: EstimateStatus;
  currency: string;
  minutes: number;
  hours: number;
  priceCents: number;
  note: string | null;
  createdAt: string;
  sentAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionChannel: string | null;
  decisionNote: string | null;
  phases: PhaseView[];
}

export interface ContractTermsView {
  contractId: string;
  hasUpdateSubscription: boolean;
  vendorHosted: boolean;
  hasServiceContract: boolean;
  configurationTakeoverDate: string | null;
  freeConfigurationTasksPerYear: number;
  billingUnitMinutes: number;
  roundingRule: RoundingRule;
  overageTicketPriceCents: number | null;
  stored: boolean;
  updatedAt: string | null;
}

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
  freeTask: boolean | null;
  freeTasksLeft: number | null;
  billableWorkAllowed: boolean;
  billableWorkReason: string | null;
  estimate: EstimateView | null;
  /** Staff only. */
  terms?: ContractTermsView | null;
  time?: { minutes: number; billableMinutes: number };
}

export interface TimeEntryView {
  id: string;
  ticketId: string;
  userId: string;
  userName: string;
  workDate: string;
  activity: Activity;
  minutes: number;
  note: string | null;
  billable: boolean;
  billableDefault: boolean;
  ruleId: string | null;
  overrideReason: string | null;
  estimateId: string | null;
  phaseId: string | null;
  invoiceId: string | null;
  createdAt: string;
}

export interface TimeSheet {
  items: TimeEntryView[];
  minutes: number;
  billableMinutes: number;
}

export interface InvoiceLineView {
  id: string;
  position: number;
  sourceType: 'contract_charge' | 'ticket_bundle' | 'overage_ticket' | 'ticket_time' | string;
  sourceId: string;
  sourceItems: string[];
  description: string;
  quantity: number;
  unit: string;
  unitPriceCents: number;
  unitPriceFormatted: string;
  amountCents: number;
  amountFormatted: string;
  ticketId: string | null;
  activity: Activity | null;
  tariffId: string | null;
  creditedLineId: string | null;
}

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
  locale: string;
  totalCents: number;
  totalFormatted: string;
  creditedInvoiceId: string | null;
  reason: string | null;
  issueDate: string | null;
  issuedAt: string | null;
  createdAt: string;
  lines?: InvoiceLineView[];
}

export interface TariffView {
  id: string;
  activity: Activity | null;
  currency: string;
  ratePerHourCents: number;
  effectiveFrom: string;
  note: string | null;
  createdAt: string;
}

export interface InflationRateView {
  year: number;
  rateBp: number;
  source: string | null;
  enteredAt: string;
  enteredBy: string | null;
}

export interface BillingSettingsView {
  august31Counts: boolean;
  invoiceSeries: string;
  creditNoteSeries: string;
  updatedAt: string;
}

export interface ChargeView {
  id: string;
  contractId: string;
  customerId: string;
  kind: ChargeKind;
  ruleId: string;
  periodStart: string;
  periodEnd: string;
  months: number;
  fraction: string;
  yearlyPriceCents: number;
  amountCents: number;
  currency: string;
  createdAt: string;
  cancelledAt: string | null;
  invoiceId: string | null;
}

export interface IncreaseView {
  id: string;
  contractId: string;
  year: number;
  percentBp: number;
  inflationBp: number;
  oldYearlyCents: number;
  newYearlyCents: number;
  agreedByContactId: string | null;
  agreedOn: string;
  agreementNote: string;
  recordedAt: string;
  appliedAt: string | null;
}

export interface ActivationPreview {
  kind: ChargeKind;
  ruleId: string;
  periodStart: string;
  periodEnd: string;
  months: number;
  fraction: string;
  yearlyPriceCents: number;
  amountCents: number;
  august31Counts: boolean;
  rule: string;
}
