import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Locale, OutboxStatus, RecipientKind, SlaClockName, SlaNoticeKind } from '../../core/enums.js';

// Mirrors migrations/20261121050000-outbox-and-deadlines.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type { OutboxStatus };

export const outboxMessages = pgTable('outbox_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: ts('created_at').notNull(),
  dedupeKey: text('dedupe_key'),
  template: text('template').notNull(),
  locale: text('locale').$type<Locale>().notNull(),
  recipientKind: text('recipient_kind').$type<RecipientKind>().notNull(),
  recipientId: uuid('recipient_id'),
  toAddress: text('to_address').notNull(),
  toName: text('to_name').notNull().default(''),
  subject: text('subject').notNull(),
  textBody: text('text_body').notNull(),
  htmlBody: text('html_body').notNull(),
  headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
  ticketId: uuid('ticket_id'),
  customerId: uuid('customer_id'),
  status: text('status').$type<OutboxStatus>().notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: ts('next_attempt_at').notNull(),
  lockedUntil: ts('locked_until'),
  lastError: text('last_error'),
  sentAt: ts('sent_at'),
  notBefore: ts('not_before'),
  // 20261121060000-inbound-mail.sql: when an admin last retried a failed message.
  retriedAt: ts('retried_at'),
  // 20261122000000-outbox-bounces.sql: when a bounce for it came back (status 'bounced', reason in last_error).
  bouncedAt: ts('bounced_at'),
  // 20261207040000-mail-trust.sql: the token of a mail that asks for a decision (null: the ticket's).
  replyToken: text('reply_token'),
  // 20261207070100-outbox-handover.sql: last hand-over to the SMTP server whose outcome is not recorded yet.
  handedOverAt: ts('handed_over_at'),
  // 20261208010000-outbox-lease-token.sql: the claim holding the lease; only it may hand the message over.
  leaseToken: uuid('lease_token'),
});

export const slaNotifications = pgTable(
  'sla_notifications',
  {
    ticketId: uuid('ticket_id').notNull(),
    clock: text('clock').$type<SlaClockName>().notNull(),
    kind: text('kind').$type<SlaNoticeKind>().notNull(),
    percent: integer('percent').notNull().default(100),
    budgetSeconds: integer('budget_seconds').notNull(),
    dueAt: ts('due_at').notNull(),
    firedAt: ts('fired_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.clock, t.kind, t.percent, t.budgetSeconds] })],
);

export const contractNotifications = pgTable(
  'contract_notifications',
  {
    contractId: uuid('contract_id').notNull(),
    kind: text('kind').notNull(),
    period: text('period').notNull(),
    firedAt: ts('fired_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.kind, t.period] })],
);
