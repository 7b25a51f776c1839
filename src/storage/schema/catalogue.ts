import { bigint, boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FirstResponseRule, OverageRule, PriceBasis } from '../../core/enums.js';

// Mirrors migrations/20261121000000-people-and-catalogue.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const severities = pgTable('severities', {
  code: text('code').primaryKey(),
  rank: integer('rank').notNull(),
  names: jsonb('names').$type<Record<string, string>>().notNull(),
  definitions: jsonb('definitions').$type<Record<string, string>>().notNull().default({}),
  archivedAt: ts('archived_at'),
});

export const calendars = pgTable('calendars', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const calendarVersions = pgTable('calendar_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  calendarId: uuid('calendar_id').notNull(),
  version: integer('version').notNull(),
  effectiveFrom: day('effective_from').notNull(),
  spec: jsonb('spec').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by'),
});

export const plans = pgTable('plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  catalogue: text('catalogue').notNull().default(''),
  rank: integer('rank').notNull().default(0),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const planVersions = pgTable('plan_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  planId: uuid('plan_id').notNull(),
  version: integer('version').notNull(),
  effectiveFrom: day('effective_from').notNull(),
  calendarId: uuid('calendar_id'),
  channels: jsonb('channels').$type<string[]>().notNull().default([]),
  maxAuthorizedContacts: integer('max_authorized_contacts'),
  ticketsPerYear: integer('tickets_per_year'),
  overageRule: text('overage_rule').$type<OverageRule>().notNull().default('hold'),
  firstResponseRule: text('first_response_rule').$type<FirstResponseRule>().notNull().default('reply'),
  highPriority: boolean('high_priority').notNull().default(false),
  warningPercents: jsonb('warning_percents').$type<number[]>().notNull().default([75, 90]),
  services: jsonb('services').$type<string[]>().notNull().default([]),
  entitlements: jsonb('entitlements').$type<Record<string, unknown>>().notNull().default({}),
  freeCategories: jsonb('free_categories').$type<string[]>().notNull().default([]),
  targets: jsonb('targets').$type<Record<string, unknown>>().notNull().default({}),
  notes: text('notes').notNull().default(''),
  createdAt: ts('created_at').notNull(),
  createdBy: uuid('created_by'),
  // 20261121050000-outbox-and-deadlines.sql (R-K5)
  pendingReminderDays: integer('pending_reminder_days').notNull().default(5),
  pendingCloseDays: integer('pending_close_days').notNull().default(3),
  // 20261207020000-plan-terms-pause-on-hold.sql (R-S2)
  pauseOnHold: boolean('pause_on_hold').notNull().default(true),
  // 20261207010100-plan-default-severity.sql (R-S1)
  defaultSeverity: text('default_severity'),
});

export const contracts = pgTable('contracts', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull(),
  planId: uuid('plan_id').notNull(),
  reference: text('reference').notNull().default(''),
  startDate: day('start_date').notNull(),
  goLiveDate: day('go_live_date'),
  endDate: day('end_date'),
  priceBasis: text('price_basis').$type<PriceBasis>().notNull().default('fixed'),
  basisAmountCents: bigint('basis_amount_cents', { mode: 'number' }),
  percentBp: integer('percent_bp'),
  yearlyPriceCents: bigint('yearly_price_cents', { mode: 'number' }),
  currency: text('currency').notNull().default('EUR'),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
