// Catalogue, customer and portal shapes as the API returns them (src/server/routes/admin, portal).
// The shapes the presenters return are defined once in src/views and re-exported here.
import type { PortalCustomerView } from '../../views/customers.js';

export type { CalendarDetail, CalendarVersionView, CalendarView, HolidayEntry, Localized, PlanDetail, PlanVersionView, PlanView, SeverityView } from '../../views/catalogue.js';
export type { ContactView, ContractSummary, ContractView, PriceBasis } from '../../views/customers.js';
export type { ImportOutcome, ImportPresetResult, PresetSummary } from '../../views/presets.js';

/** The staff view (with internal notes) or the portal's (GET /portal/customer, without): the web reads both. */
export type CustomerView = PortalCustomerView & { notes?: string };

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
