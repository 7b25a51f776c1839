import type { CategoryOverrides } from '../core/billing/chargeability.js';
// The billing API's shapes for contracts and tickets (issue 7: terms, settings, tariffs, time,
// estimates): written once, returned by src/usecases/billing and read by the web. Money is integer
// minor units beside an ISO currency. Type-only.
import type { Activity, RoundingRule } from '../core/billing/billing-units.js';
import type { EstimateStatus, PhaseStatus } from '../core/billing/estimate-flow.js';
import type { EstimateDecisionChannel } from '../core/enums.js';

/** A contract's billing facts (R-B1..R-B4, R-B7, R-P5) as the API shows and takes them. */
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
  /** R-P1: the contract's own word per request category, over what the plan includes ({} = follow the plan). */
  categoryOverrides: CategoryOverrides;
  /** False while the contract has no stored terms (these are the defaults). */
  stored: boolean;
  updatedAt: string | null;
}

export interface BillingSettingsView {
  /** R-P7: an acceptance on 31 August counts as "before 31 August" (default true). */
  august31Counts: boolean;
  /** R-B8 default series for invoices and for credit notes. */
  invoiceSeries: string;
  creditNoteSeries: string;
  updatedAt: string;
}

/** R-B7: an hourly rate in force from a date. */
export interface TariffView {
  id: string;
  /** Null: every activity without its own tariff. */
  activity: Activity | null;
  currency: string;
  ratePerHourCents: number;
  effectiveFrom: string;
  /** Empty when none. */
  note: string;
  createdAt: string;
}

/** A time entry; `invoiceId` is set once a live invoice bills it (then it is fixed). */
export interface TimeEntryView {
  id: string;
  ticketId: string;
  userId: string;
  userName: string;
  workDate: string;
  activity: Activity;
  minutes: number;
  /** Empty when none. */
  note: string;
  billable: boolean;
  billableDefault: boolean;
  ruleId: string | null;
  overrideReason: string | null;
  estimateId: string | null;
  phaseId: string | null;
  invoiceId: string | null;
  createdAt: string;
}

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

/** An estimate: minutes and hours, price in minor units with the currency. */
export interface EstimateView {
  id: string;
  ticketId: string;
  version: number;
  status: EstimateStatus;
  currency: string;
  minutes: number;
  hours: number;
  priceCents: number;
  /** Empty when none. */
  note: string;
  createdAt: string;
  sentAt: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionChannel: EstimateDecisionChannel | null;
  decisionNote: string | null;
  phases: PhaseView[];
}
