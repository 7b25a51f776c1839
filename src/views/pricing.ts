// Contract fee charges, yearly increases and inflation rates as the billing API returns them
// (issue 7, R-P6..R-P10): written once, returned by src/usecases/billing and read by the web. Type-only.
import type { ChargeQuote } from '../core/billing/pricing.js';

/** A contract fee charge as recorded: months/12 of the yearly price for its period, minor units. */
export interface ChargeView extends Omit<ChargeQuote, 'ruleId'> {
  id: string;
  contractId: string;
  customerId: string;
  ruleId: string;
  /** e.g. "7/12". */
  fraction: string;
  currency: string;
  details: Record<string, unknown>;
  createdAt: string;
  cancelledAt: string | null;
  invoiceId: string | null;
}

/** R-P7 preview: what an activation on a date would cost, with the month-counting rule spelled out. */
export type ActivationPreview = ChargeQuote & { fraction: string; august31Counts: boolean; rule: string };

/** R-P9: a yearly increase of a contract's price, with the customer's recorded agreement. */
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

/** R-P9: the inflation rate of a year, in basis points (310 = 3.10 %). */
export interface InflationRateView {
  year: number;
  rateBp: number;
  /** Where the rate comes from; empty when not given. */
  source: string;
  enteredAt: string;
  enteredBy: string | null;
}
