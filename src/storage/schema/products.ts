import { boolean, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActorKind, AnnouncementKind, Locale, MaintenanceStatus, ProductKind, ReleaseKind } from '../../core/enums.js';

// Mirrors migrations/20261121080000-products-and-maintenance.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Markdown with its sanitised HTML and text, per language. */
export type LocalizedMarkdown = Partial<Record<Locale, { markdown: string; html: string; text: string }>>;
export type LocalizedText = Partial<Record<Locale, string>>;
export type Audience = 'all' | 'product' | 'customers';

export const versionSchemes = pgTable('version_schemes', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  parts: jsonb('parts').$type<{ key: string; label: string; scope: 'platform' | 'module' | 'self'; level: 'major' | 'minor' | 'hotfix' }[]>().notNull(),
  example: text('example').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const products = pgTable('products', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  kind: text('kind').$type<ProductKind>().notNull(),
  parentId: uuid('parent_id'),
  schemeCode: text('scheme_code').notNull(),
  description: text('description').notNull().default(''),
  majorLifetimeMonths: integer('major_lifetime_months').notNull().default(36),
  eolWarningDays: jsonb('eol_warning_days').$type<number[]>().notNull().default([90]),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const releases = pgTable('releases', {
  id: uuid('id').primaryKey().defaultRandom(),
  productId: uuid('product_id').notNull(),
  version: text('version').notNull(),
  versionKey: integer('version_key').array().notNull(),
  kind: text('kind').$type<ReleaseKind>().notNull(),
  customerId: uuid('customer_id'),
  notes: jsonb('notes').$type<LocalizedMarkdown>().notNull().default({}),
  releasedOn: date('released_on', { mode: 'string' }),
  publishedAt: ts('published_at'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const installedVersions = pgTable(
  'installed_versions',
  {
    customerId: uuid('customer_id').notNull(),
    productId: uuid('product_id').notNull(),
    version: text('version').notNull(),
    versionKey: integer('version_key').array().notNull(),
    installedOn: date('installed_on', { mode: 'string' }),
    updatedAt: ts('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.productId] })],
);

export const endOfLifeWarnings = pgTable(
  'end_of_life_warnings',
  {
    customerId: uuid('customer_id').notNull(),
    productId: uuid('product_id').notNull(),
    majorLine: text('major_line').notNull(),
    thresholdDays: integer('threshold_days').notNull(),
    firedAt: ts('fired_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.productId, t.majorLine, t.thresholdDays] })],
);

export const maintenanceTypes = pgTable('maintenance_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  noticeRule: jsonb('notice_rule').$type<{ kind: 'after' | 'at_release' | 'calendar_days_before' | 'working_days_before'; days?: number }>().notNull(),
  expectedDurationMinutes: integer('expected_duration_minutes').notNull(),
  shutsDown: boolean('shuts_down').notNull().default(false),
  extraNoticeMinutes: jsonb('extra_notice_minutes').$type<number[]>().notNull().default([]),
  calendarId: uuid('calendar_id'),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const maintenanceOperations = pgTable('maintenance_operations', {
  id: uuid('id').primaryKey().defaultRandom(),
  typeId: uuid('type_id').notNull(),
  productId: uuid('product_id'),
  releaseId: uuid('release_id'),
  titles: jsonb('titles').$type<LocalizedText>().notNull(),
  descriptions: jsonb('descriptions').$type<LocalizedText>().notNull().default({}),
  startsAt: ts('starts_at').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  endsAt: ts('ends_at').notNull(),
  shutsDown: boolean('shuts_down').notNull(),
  audience: text('audience').$type<Audience>().notNull(),
  status: text('status').$type<MaintenanceStatus>().notNull().default('scheduled'),
  revision: integer('revision').notNull().default(1),
  noticeRequiredBy: ts('notice_required_by'),
  overrideReason: text('override_reason'),
  overrideBy: uuid('override_by'),
  cancelReason: text('cancel_reason'),
  cancelledAt: ts('cancelled_at'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const maintenanceOperationCustomers = pgTable(
  'maintenance_operation_customers',
  { operationId: uuid('operation_id').notNull(), customerId: uuid('customer_id').notNull() },
  (t) => [primaryKey({ columns: [t.operationId, t.customerId] })],
);

export const announcements = pgTable('announcements', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: text('kind').$type<AnnouncementKind>().notNull(),
  titles: jsonb('titles').$type<LocalizedText>().notNull(),
  bodies: jsonb('bodies').$type<LocalizedMarkdown>().notNull(),
  audience: text('audience').$type<Audience>().notNull(),
  productId: uuid('product_id'),
  publishAt: ts('publish_at').notNull(),
  cancelledAt: ts('cancelled_at'),
  createdBy: uuid('created_by'),
  createdAt: ts('created_at').notNull(),
});

export const announcementCustomers = pgTable(
  'announcement_customers',
  { announcementId: uuid('announcement_id').notNull(), customerId: uuid('customer_id').notNull() },
  (t) => [primaryKey({ columns: [t.announcementId, t.customerId] })],
);

export const maintenanceNotices = pgTable('maintenance_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  operationId: uuid('operation_id'),
  announcementId: uuid('announcement_id'),
  revision: integer('revision').notNull().default(1),
  key: text('key').notNull(),
  dueAt: ts('due_at'),
  sentAt: ts('sent_at'),
  droppedAt: ts('dropped_at'),
  createdAt: ts('created_at').notNull(),
});

export const maintenanceNoticeDeliveries = pgTable(
  'maintenance_notice_deliveries',
  { noticeId: uuid('notice_id').notNull(), contactId: uuid('contact_id').notNull(), queuedAt: ts('queued_at').notNull() },
  (t) => [primaryKey({ columns: [t.noticeId, t.contactId] })],
);

export const icalFeeds = pgTable('ical_feeds', {
  customerId: uuid('customer_id').primaryKey(),
  tokenHash: text('token_hash').notNull(),
  createdAt: ts('created_at').notNull(),
  createdByKind: text('created_by_kind').$type<ActorKind>().notNull(),
  createdById: uuid('created_by_id'),
  lastUsedAt: ts('last_used_at'),
});
