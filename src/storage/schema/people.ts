import { bigint, boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActorKind, Locale, PrincipalKind, StaffRole } from '../../core/enums.js';

// Mirrors migrations/20261121000000-people-and-catalogue.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role').$type<StaffRole>().notNull(),
  passwordHash: text('password_hash'),
  locale: text('locale').$type<Locale>().notNull().default('en'),
  timeZone: text('time_zone').notNull().default('UTC'),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  locale: text('locale').$type<Locale>().notNull().default('en'),
  timeZone: text('time_zone').notNull().default('UTC'),
  currency: text('currency').notNull().default('EUR'),
  notes: text('notes').notNull().default(''),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  customerId: uuid('customer_id').notNull(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  phone: text('phone').notNull().default(''),
  locale: text('locale').$type<Locale>().notNull().default('en'),
  timeZone: text('time_zone').notNull().default('UTC'),
  isAuthorized: boolean('is_authorized').notNull().default(false),
  // 20261207020300-contacts-authorized-at.sql (R-C2: the earliest authorized are within a lowered cap)
  authorizedAt: ts('authorized_at'),
  isAdministrator: boolean('is_administrator').notNull().default(false),
  passwordHash: text('password_hash'),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  // 20261207041000-contact-email-confirmation.sql: null until the owner confirms the address (issue 13 item 6).
  emailConfirmedAt: ts('email_confirmed_at').defaultNow(),
});

export const contactEmailConfirmations = pgTable('contact_email_confirmations', {
  id: uuid('id').primaryKey().defaultRandom(),
  contactId: uuid('contact_id').notNull(),
  email: text('email').notNull(),
  tokenSha256: text('token_sha256').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  principalKind: text('principal_kind').$type<PrincipalKind>().notNull(),
  principalId: uuid('principal_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull(),
});

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  principalKind: text('principal_kind').$type<PrincipalKind>().notNull(),
  principalId: uuid('principal_id').notNull(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at'),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
});

/** Mirrors migrations/20261207060000-api-token-expiry.sql: one row. */
export const apiTokenSettings = pgTable('api_token_settings', {
  id: boolean('id').primaryKey().default(true),
  defaultDays: integer('default_days').notNull().default(90),
  maxDays: integer('max_days').notNull().default(365),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  windowStart: ts('window_start').notNull(),
  hits: integer('hits').notNull(),
});

export const auditEvents = pgTable('audit_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: ts('at').notNull(),
  actorKind: text('actor_kind').$type<ActorKind>().notNull(),
  actorId: uuid('actor_id'),
  action: text('action').notNull(),
  objectType: text('object_type').notNull(),
  objectId: text('object_id').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const instanceSecrets = pgTable('instance_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
