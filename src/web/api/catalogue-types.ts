// Catalogue, customer and portal shapes as the API returns them (src/server/routes/admin, portal).
import type { CalendarSpec, Locale, PlanTerms } from './types';

export interface CalendarView {
  id: string;
  code: string;
  name: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CalendarVersionView {
  calendarId: string;
  version: number;
  effectiveFrom: string;
  spec: CalendarSpec;
  createdAt: string;
}

export interface CalendarDetail extends CalendarView {
  versions: CalendarVersionView[];
  versionInForce: number | null;
}

export interface HolidayEntry {
  date: string;
  name: string;
  source: 'library' | 'holidays' | 'custom';
  type: string | null;
  cancelled: boolean;
  intervals: [string, string][] | null;
}

export interface PlanView {
  id: string;
  code: string;
  name: string;
  catalogue: string;
  rank: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlanVersionView {
  planId: string;
  version: number;
  effectiveFrom: string;
  terms: PlanTerms;
  createdAt: string;
}

export interface PlanDetail extends PlanView {
  current: PlanVersionView | null;
  versions: { version: number; effectiveFrom: string; createdAt: string }[];
}

export type Localized = { en: string; es?: string; el?: string };

export interface SeverityView {
  code: string;
  rank: number;
  names: Localized;
  definitions: Partial<Localized>;
  archivedAt: string | null;
}

export interface CustomerView {
  id: string;
  code: string;
  name: string;
  locale: Locale;
  timeZone: string;
  currency: string;
  notes?: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactView {
  id: string;
  customerId: string;
  email: string;
  name: string;
  phone: string;
  locale: Locale;
  timeZone: string;
  isAuthorized: boolean;
  isAdministrator: boolean;
  hasPassword: boolean;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type PriceBasis = 'fixed' | 'licence' | 'development';

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

export interface ContractSummary extends ContractView {
  plan: { id: string; code: string; name: string };
  planVersion: { version: number; effectiveFrom: string; terms: Omit<PlanTerms, 'notes'> } | null;
  calendar: { id: string; code: string; name: string } | null;
}

export interface PresetSummary {
  name: string;
  title: string;
  description: string;
  source: string;
  notes: string[];
  columnMapping: {
    note: string;
    severities: string[];
    response: { plans: (string | null)[]; columns: string[][] };
    resolution: { plans: (string | null)[]; columns: string[][] };
  } | null;
  plans: { code: string; name: string }[];
  calendars: { code: string; name: string }[];
  severities: string[];
}

export interface ImportOutcome {
  kind: 'severity' | 'calendar' | 'plan';
  code: string;
  outcome: 'created' | 'updated' | 'new_version' | 'unchanged';
  version?: number;
  effectiveFrom?: string;
}

export interface ImportPresetResult {
  name: string;
  items: ImportOutcome[];
  counts: Record<ImportOutcome['outcome'], number>;
}

/** R-P5: one contract's allowance in its current contract year (GET /portal/allowance). */
export interface AllowanceItem {
  contractId: string;
  planId: string;
  planName: string;
  planVersion: number | null;
  yearStart: string;
  yearEnd: string;
  goLiveDate: string | null;
  included: number | null;
  fromBundles: number;
  used: number;
  excludedByGoLive: number;
  overage: number;
  /** null = unlimited. */
  left: number | null;
  overageRule: 'bill' | 'hold' | null;
}

export interface AllowanceView {
  customerId: string;
  date: string;
  contracts: AllowanceItem[];
}
