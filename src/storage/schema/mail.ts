import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { InboundStatus } from '../../core/enums.js';

// Mirrors migrations/20261121060000-inbound-mail.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type { InboundStatus };

export const inboundMessages = pgTable('inbound_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  mailbox: text('mailbox').notNull(),
  messageId: text('message_id'),
  dedupeKey: text('dedupe_key').notNull(),
  receivedAt: ts('received_at').notNull(),
  lastDeliveryAt: ts('last_delivery_at').notNull(),
  deliveries: integer('deliveries').notNull().default(1),
  fromAddress: text('from_address').notNull().default(''),
  fromName: text('from_name').notNull().default(''),
  subject: text('subject').notNull().default(''),
  status: text('status').$type<InboundStatus>().notNull(),
  reason: text('reason'),
  ticketId: uuid('ticket_id'),
  ticketMessageId: uuid('ticket_message_id'),
  unentitledRequestId: uuid('unentitled_request_id'),
  rawSha256: text('raw_sha256').notNull(),
  rawSize: integer('raw_size').notNull(),
  attempts: integer('attempts').notNull().default(1),
  lastError: text('last_error'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const mailRefusals = pgTable('mail_refusals', {
  address: text('address').primaryKey(),
  lastSentAt: ts('last_sent_at').notNull(),
  suppressed: integer('suppressed').notNull().default(0),
});
