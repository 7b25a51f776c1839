// Customers, their contacts and contracts as the API returns them: written once, returned by the
// presenters in src/usecases/{customers,contacts,contracts} and read by the web. Type-only.
import type { PlanTerms } from '../core/catalogue/plan-terms-schema.js';
import type { PriceBasis } from '../core/contracts/contract-price.js';
import type { Locale } from '../core/notifications/render.js';

export type { PriceBasis };

export interface CustomerView {
  id: string;
  code: string;
  name: string;
  locale: Locale;
  timeZone: string;
  currency: string;
  /** Internal notes: staff only (PortalCustomerView has none). */
  notes: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What a contact sees of its own customer in the portal: no internal notes. */
export type PortalCustomerView = Omit<CustomerView, 'notes'>;

export interface ContactView {
  id: string;
  customerId: string;
  email: string;
  name: string;
  phone: string;
  locale: Locale;
  timeZone: string;
  /** R-C2: may report incidents. */
  isAuthorized: boolean;
  /** 002: the customer's single point for approvals, estimates and extra costs. */
  isAdministrator: boolean;
  /** Whether the contact can sign in to the portal with a password. */
  hasPassword: boolean;
  /** The owner confirmed the address from its mailbox (issue 13 item 6); until then it cannot sign in nor write to support. */
  emailConfirmed: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContractView {
  id: string;
  customerId: string;
  planId: string;
  reference: string;
  startDate: string;
  goLiveDate: string | null;
  endDate: string | null;
  priceBasis: PriceBasis;
  basisAmountCents: number | null;
  percentBp: number | null;
  yearlyPriceCents: number | null;
  currency: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A contract with its plan, the plan version and support hours that apply (GET /portal/contracts). */
export interface ContractSummary extends ContractView {
  plan: { id: string; code: string; name: string };
  /** The plan version in force today, or on the start date of a future contract (R-P2). */
  planVersion: { version: number; effectiveFrom: string; terms: Omit<PlanTerms, 'notes'> } | null;
  /** Support hours (R-T1): the calendar version in force today, its zone and weekly intervals. */
  calendar: { id: string; code: string; name: string; timeZone: string | null; weekly: Record<string, Array<[string, string]>> | null } | null;
}
