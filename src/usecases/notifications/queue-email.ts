import type { Locale, Rendered } from '../../core/notifications/render.js';
import { headerSafe } from '../../core/notifications/render.js';
import type { Db } from '../../storage/db.js';
import { insertOutboxMessage, insertOutboxMessages, type OutboxRow } from '../../storage/outbox.queries.js';

export interface EmailRecipient {
  kind: 'user' | 'contact' | 'address';
  id: string | null;
  /** Always the stored address of a user or contact, never one taken from an inbound message. */
  address: string;
  name: string;
  locale: Locale;
  timeZone: string;
}

export interface QueueEmailInput {
  recipient: EmailRecipient;
  template: string;
  rendered: Rendered;
  /** One message per cause: a repeat with the same key writes nothing. */
  dedupeKey?: string;
  ticketId?: string | null;
  customerId?: string | null;
  /** Customer-facing mail waits for the customer's business hours. */
  notBefore?: Date | null;
  headers?: Record<string, string>;
  /** A mail that asks for a decision: its own reply token (issue 13), so only a reply to THIS mail can decide. */
  replyToken?: string | null;
}

/**
 * Writes an email to the outbox in the caller's transaction (DESIGN: side
 * effects through an outbox, de-duplicated by unique keys). Delivery happens
 * later, with retries, in the mail worker. Header values are made CR/LF-free.
 */
export async function queueEmail(db: Db, now: Date, input: QueueEmailInput): Promise<OutboxRow | null> {
  return insertOutboxMessage(db, outboxRow(now, input));
}

/** Several emails in one statement (sweeps); duplicates by dedupe key are skipped. */
export async function queueEmails(db: Db, now: Date, inputs: QueueEmailInput[]): Promise<void> {
  if (inputs.length) await insertOutboxMessages(db, inputs.map((i) => outboxRow(now, i)));
}

/** The outbox row of an email (a caller writing it in its own statement, like registration). */
export function outboxRow(now: Date, input: QueueEmailInput) {
  const headers = Object.fromEntries(Object.entries(input.headers ?? {}).map(([k, v]) => [headerSafe(k), headerSafe(v)]));
  return {
    createdAt: now,
    dedupeKey: input.dedupeKey ?? null,
    template: input.template,
    locale: input.recipient.locale,
    recipientKind: input.recipient.kind,
    recipientId: input.recipient.id,
    toAddress: headerSafe(input.recipient.address),
    toName: headerSafe(input.recipient.name),
    subject: headerSafe(input.rendered.subject),
    textBody: input.rendered.text,
    htmlBody: input.rendered.html,
    headers,
    ticketId: input.ticketId ?? null,
    customerId: input.customerId ?? null,
    nextAttemptAt: now,
    notBefore: input.notBefore ?? null,
    ...(input.replyToken ? { replyToken: input.replyToken } : {}),
  };
}
