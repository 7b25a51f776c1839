import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActorKind, AllowanceExclusion, Channel, IdempotencyState, MessageKind, Outcome, TicketCategory, TicketStatus, UnentitledStatus } from '../../core/enums.js';

// Mirrors migrations/20261121030000-tickets.sql (SQL is the source of truth).
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// The value lists live once in core/enums.ts; these names stay for the query layer's callers.
export type TicketStatusValue = TicketStatus;
export type Category = TicketCategory;
export type { Channel, Outcome };

export const tickets = pgTable('tickets', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: bigint('number', { mode: 'number' }).notNull().default(sql`nextval('ticket_numbers')`),
  customerId: uuid('customer_id').notNull(),
  contractId: uuid('contract_id').notNull(),
  planVersionId: uuid('plan_version_id').notNull(),
  calendarId: uuid('calendar_id'),
  requesterId: uuid('requester_id').notNull(),
  channel: text('channel').$type<Channel>().notNull(),
  subject: text('subject').notNull(),
  bodyHtml: text('body_html').notNull(),
  bodyText: text('body_text').notNull(),
  proposedSeverity: text('proposed_severity').notNull(),
  severity: text('severity').notNull(),
  category: text('category').$type<Category>(),
  status: text('status').$type<TicketStatusValue>().notNull().default('new'),
  assigneeId: uuid('assignee_id'),
  highPriority: boolean('high_priority').notNull().default(false),
  registeredAt: ts('registered_at').notNull(),
  firstResponseAt: ts('first_response_at'),
  solvedAt: ts('solved_at'),
  closedAt: ts('closed_at'),
  outcome: text('outcome').$type<Outcome>(),
  outcomeDetails: jsonb('outcome_details').$type<Record<string, unknown>>().notNull().default({}),
  resolutionCommitment: boolean('resolution_commitment').notNull().default(true),
  resolutionCommitmentReason: text('resolution_commitment_reason'),
  estimateDueAt: ts('estimate_due_at'),
  allowanceYearStart: day('allowance_year_start').notNull(),
  countsAgainstAllowance: boolean('counts_against_allowance').notNull(),
  allowanceExclusion: text('allowance_exclusion').$type<AllowanceExclusion>(),
  overage: boolean('overage').notNull().default(false),
  responseDueAt: ts('response_due_at'),
  resolutionDueAt: ts('resolution_due_at'),
  responseState: text('response_state').notNull().default('not_applicable'),
  resolutionState: text('resolution_state').notNull().default('not_applicable'),
  responseElapsedSeconds: integer('response_elapsed_seconds').notNull().default(0),
  resolutionElapsedSeconds: integer('resolution_elapsed_seconds').notNull().default(0),
  responseIndicative: boolean('response_indicative').notNull().default(false),
  resolutionIndicative: boolean('resolution_indicative').notNull().default(false),
  queueDueAt: ts('queue_due_at'),
  nextSlaEventAt: ts('next_sla_event_at'),
  slaComputedAt: ts('sla_computed_at'),
  searchPublic: tsvector('search_public').notNull().default(sql`''::tsvector`),
  searchInternal: tsvector('search_internal').notNull().default(sql`''::tsvector`),
  updatedAt: ts('updated_at').notNull(),
  // 20261121050000-outbox-and-deadlines.sql
  replyToken: text('reply_token').notNull(),
  pendingSince: ts('pending_since'),
  pendingReminderDueAt: ts('pending_reminder_due_at'),
  pendingReminderSentAt: ts('pending_reminder_sent_at'),
  autoCloseDueAt: ts('auto_close_due_at'),
});

export const ticketEvents = pgTable('ticket_events', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  ticketId: uuid('ticket_id').notNull(),
  at: ts('at').notNull(),
  actorKind: text('actor_kind').$type<ActorKind>().notNull(),
  actorId: uuid('actor_id'),
  type: text('type').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  internal: boolean('internal').notNull().default(false),
});

export const ticketMessages = pgTable('ticket_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  kind: text('kind').$type<MessageKind>().notNull(),
  authorKind: text('author_kind').$type<ActorKind>().notNull(),
  authorId: uuid('author_id'),
  channel: text('channel').notNull().default('portal'),
  bodyHtml: text('body_html').notNull(),
  bodyText: text('body_text').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  ticketId: uuid('ticket_id').notNull(),
  messageId: uuid('message_id'),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  internal: boolean('internal').notNull().default(false),
  uploaderKind: text('uploader_kind').$type<ActorKind>().notNull(),
  uploaderId: uuid('uploader_id'),
  createdAt: ts('created_at').notNull(),
});

export const unentitledRequests = pgTable('unentitled_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  receivedAt: ts('received_at').notNull(),
  channel: text('channel').$type<Channel>().notNull(),
  reasonCode: text('reason_code').notNull(),
  reasonMessage: text('reason_message').notNull(),
  customerId: uuid('customer_id'),
  contactId: uuid('contact_id'),
  fromEmail: text('from_email'),
  subject: text('subject').notNull(),
  bodyHtml: text('body_html').notNull(),
  bodyText: text('body_text').notNull(),
  proposedSeverity: text('proposed_severity'),
  status: text('status').$type<UnentitledStatus>().notNull().default('open'),
  ticketId: uuid('ticket_id'),
  handledBy: uuid('handled_by'),
  handledAt: ts('handled_at'),
  handledNote: text('handled_note'),
  details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
});

export const ticketBundles = pgTable('ticket_bundles', {
  id: uuid('id').primaryKey().defaultRandom(),
  contractId: uuid('contract_id').notNull(),
  yearStart: day('year_start').notNull(),
  tickets: integer('tickets').notNull(),
  priceCents: bigint('price_cents', { mode: 'number' }).notNull().default(0),
  currency: text('currency').notNull().default('EUR'),
  purchasedAt: ts('purchased_at').notNull(),
  createdBy: uuid('created_by'),
});

/** R-P5: tickets that took a ticket of the allowance, per contract year; kept by triggers (migrations/20261207080000-allowance-counters.sql). */
export const allowanceCounters = pgTable(
  'allowance_counters',
  {
    contractId: uuid('contract_id').notNull(),
    yearStart: day('year_start').notNull(),
    used: integer('used').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.yearStart] })],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    state: text('state').$type<IdempotencyState>().notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
