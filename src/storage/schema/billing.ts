import { bigint, boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Activity, RoundingRule } from '../../core/billing/billing-units.js';
import type { CategoryOverrides } from '../../core/billing/chargeability.js';
import type { EstimateStatus, PhaseStatus } from '../../core/billing/estimate-flow.js';
import type { LineSourceType, LineUnit } from '../../core/billing/invoice-lines.js';
import type { ChargeKind } from '../../core/billing/pricing.js';
import type { BillingClaimSourceType, EstimateDecisionChannel, InvoiceKind, InvoiceStatus, Locale } from '../../core/enums.js';

// Mirrors migrations/20261121070000-billing.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const cents = (name: string) => bigint(name, { mode: 'number' });

export const billingSettings = pgTable('billing_settings', {
  id: boolean('id').primaryKey().default(true),
  august31Counts: boolean('august_31_counts').notNull().default(true),
  invoiceSeries: text('invoice_series').notNull().default('INV'),
  creditNoteSeries: text('credit_note_series').notNull().default('CN'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

export const contractTerms = pgTable('contract_terms', {
  contractId: uuid('contract_id').primaryKey(),
  hasUpdateSubscription: boolean('has_update_subscription').notNull().default(false),
  vendorHosted: boolean('vendor_hosted').notNull().default(false),
  hasServiceContract: boolean('has_service_contract').notNull().default(false),
  configurationTakeoverDate: day('configuration_takeover_date'),
  freeConfigurationTasksPerYear: integer('free_configuration_tasks_per_year').notNull().default(0),
  billingUnitMinutes: integer('billing_unit_minutes').notNull().default(15),
  roundingRule: text('rounding_rule').$type<RoundingRule>().notNull().default('per_entry'),
  overageTicketPriceCents: cents('overage_ticket_price_cents'),
  updatedAt: ts('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
  // 20261207020100-contract-category-overrides.sql (R-P1)
  categoryOverrides: jsonb('category_overrides').$type<CategoryOverrides>().notNull().default({}),
});

export const freeConfigurationTasks = pgTable('free_configuration_tasks', {
  ticketId: uuid('ticket_id').primaryKey(),
  contractId: uuid('contract_id').notNull(),
  year: integer('year').notNull(),
  claimedAt: ts('claimed_at').notNull(),
});

export const estimates = pgTable('estimates', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  version: integer('version').notNull(),
  status: text('status').$type<EstimateStatus>().notNull().default('draft'),
  currency: text('currency').notNull(),
  minutes: integer('minutes').notNull(),
  priceCents: cents('price_cents').notNull(),
  note: text('note').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by'),
  sentAt: ts('sent_at'),
  sentBy: uuid('sent_by'),
  decidedAt: ts('decided_at'),
  decidedBy: uuid('decided_by'),
  decisionChannel: text('decision_channel').$type<EstimateDecisionChannel>(),
  decisionNote: text('decision_note'),
});

export const estimatePhases = pgTable('estimate_phases', {
  id: uuid('id').primaryKey().defaultRandom(),
  estimateId: uuid('estimate_id').notNull(),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  minutes: integer('minutes').notNull(),
  priceCents: cents('price_cents').notNull(),
  status: text('status').$type<PhaseStatus>().notNull().default('pending'),
  handedOverAt: ts('handed_over_at'),
  handoverNote: text('handover_note'),
  decidedAt: ts('decided_at'),
  decidedBy: uuid('decided_by'),
});

export const tariffs = pgTable('tariffs', {
  id: uuid('id').primaryKey().defaultRandom(),
  activity: text('activity').$type<Activity>(),
  currency: text('currency').notNull(),
  ratePerHourCents: cents('rate_per_hour_cents').notNull(),
  effectiveFrom: day('effective_from').notNull(),
  note: text('note').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by'),
});

export const timeEntries = pgTable('time_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  contractId: uuid('contract_id').notNull(),
  userId: uuid('user_id').notNull(),
  workDate: day('work_date').notNull(),
  activity: text('activity').$type<Activity>().notNull(),
  minutes: integer('minutes').notNull(),
  note: text('note').notNull().default(''),
  billable: boolean('billable').notNull(),
  billableDefault: boolean('billable_default').notNull(),
  ruleId: text('rule_id'),
  overrideReason: text('override_reason'),
  estimateId: uuid('estimate_id'),
  phaseId: uuid('phase_id'),
  createdAt: ts('created_at').notNull(),
});

export const inflationRates = pgTable('inflation_rates', {
  year: integer('year').primaryKey(),
  rateBp: integer('rate_bp').notNull(),
  source: text('source').notNull().default(''),
  enteredAt: ts('entered_at').notNull(),
  enteredBy: uuid('entered_by'),
});

export const contractCharges = pgTable('contract_charges', {
  id: uuid('id').primaryKey().defaultRandom(),
  contractId: uuid('contract_id').notNull(),
  customerId: uuid('customer_id').notNull(),
  kind: text('kind').$type<ChargeKind>().notNull(),
  ruleId: text('rule_id').notNull(),
  periodStart: day('period_start').notNull(),
  periodEnd: day('period_end').notNull(),
  months: integer('months').notNull(),
  yearlyPriceCents: cents('yearly_price_cents').notNull(),
  amountCents: cents('amount_cents').notNull(),
  currency: text('currency').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by'),
  cancelledAt: ts('cancelled_at'),
  cancelledBy: uuid('cancelled_by'),
});

export const contractPriceIncreases = pgTable('contract_price_increases', {
  id: uuid('id').primaryKey().defaultRandom(),
  contractId: uuid('contract_id').notNull(),
  year: integer('year').notNull(),
  percentBp: integer('percent_bp').notNull(),
  inflationBp: integer('inflation_bp').notNull(),
  oldYearlyCents: cents('old_yearly_cents').notNull(),
  newYearlyCents: cents('new_yearly_cents').notNull(),
  agreedByContactId: uuid('agreed_by_contact_id'),
  agreedOn: day('agreed_on').notNull(),
  agreementNote: text('agreement_note').notNull(),
  recordedAt: ts('recorded_at').notNull(),
  recordedBy: uuid('recorded_by'),
  appliedAt: ts('applied_at'),
});

export const invoiceSeries = pgTable('invoice_series', {
  code: text('code').primaryKey(),
  nextNumber: integer('next_number').notNull().default(1),
});

export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull(),
  kind: text('kind').$type<InvoiceKind>().notNull(),
  status: text('status').$type<InvoiceStatus>().notNull().default('draft'),
  series: text('series'),
  number: integer('number'),
  displayNumber: text('display_number'),
  periodStart: day('period_start').notNull(),
  periodEnd: day('period_end').notNull(),
  currency: text('currency').notNull(),
  locale: text('locale').$type<Locale>().notNull(),
  customerName: text('customer_name').notNull(),
  customerCode: text('customer_code').notNull(),
  totalCents: cents('total_cents').notNull().default(0),
  creditedInvoiceId: uuid('credited_invoice_id'),
  reason: text('reason').notNull().default(''),
  issueDate: day('issue_date'),
  issuedAt: ts('issued_at'),
  issuedBy: uuid('issued_by'),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by'),
});

export const invoiceLines = pgTable('invoice_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  invoiceId: uuid('invoice_id').notNull(),
  position: integer('position').notNull(),
  sourceType: text('source_type').$type<LineSourceType>().notNull(),
  sourceId: uuid('source_id').notNull(),
  sourceItems: jsonb('source_items').$type<string[]>().notNull().default([]),
  description: text('description').notNull(),
  quantity: integer('quantity').notNull(),
  unit: text('unit').$type<LineUnit>().notNull(),
  unitPriceCents: cents('unit_price_cents').notNull(),
  amountCents: cents('amount_cents').notNull(),
  ticketId: uuid('ticket_id'),
  activity: text('activity').$type<Activity>(),
  tariffId: uuid('tariff_id'),
  creditedLineId: uuid('credited_line_id'),
});

export type ClaimSourceType = BillingClaimSourceType;

export const billingClaims = pgTable(
  'billing_claims',
  {
    sourceType: text('source_type').$type<ClaimSourceType>().notNull(),
    sourceId: uuid('source_id').notNull(),
    invoiceId: uuid('invoice_id').notNull(),
    lineId: uuid('line_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sourceType, t.sourceId] })],
);
