import { and, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { inboundMessages, outboxMessages } from './schema/index.js';

/**
 * Queries behind the trust decisions of inbound mail (issue 13, issue 14 item 5):
 * decision tokens, per-sender and global budgets. System scope: inbound mail is
 * not yet any customer's until it is decided.
 */

/** The outbox message that carries a decision token (the mail that asked for a decision), or null. */
export async function findOutboxByReplyToken(db: Db, token: string): Promise<{ id: string; ticketId: string | null; dedupeKey: string | null } | null> {
  const [r] = await db
    .select({ id: outboxMessages.id, ticketId: outboxMessages.ticketId, dedupeKey: outboxMessages.dedupeKey })
    .from(outboxMessages)
    .where(eq(outboxMessages.replyToken, token))
    .limit(1);
  return r ?? null;
}

/**
 * Serialises the budget checks of one sender across processes, for the rest of
 * the caller's transaction, so that concurrent mail of one sender never overruns them.
 */
export async function lockSender(db: Db, address: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`mail-sender:${address}`}))`);
}

/** Tickets opened by mail from `address` since `since` (the inbound log, accepted messages only). */
export async function countTicketsFromSender(db: Db, address: string, since: Date): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.fromAddress, address), eq(inboundMessages.status, 'ticket_created'), gt(inboundMessages.receivedAt, since)));
  return Number(r?.n ?? 0);
}

/** Automatic mail of these templates queued to `address` since `since` (sent, pending or held). */
export async function countAutomaticMailTo(db: Db, address: string, templates: Array<'acknowledgement' | 'refusal'>, since: Date): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(outboxMessages)
    .where(and(sql`lower(${outboxMessages.toAddress}) = ${address.toLowerCase()}`, inArray(outboxMessages.template, templates), gt(outboxMessages.createdAt, since)));
  return Number(r?.n ?? 0);
}

/** Refusals queued to anyone since `since`: the global budget of refusals. */
export async function countRefusalsSince(db: Db, since: Date): Promise<number> {
  const [r] = await db.select({ n: count() }).from(outboxMessages).where(and(eq(outboxMessages.template, 'refusal'), gt(outboxMessages.createdAt, since)));
  return Number(r?.n ?? 0);
}

/** Holds a queued message back from delivery (kept in the outbox with the reason), e.g. an acknowledgement over budget. */
export async function holdOutboxMessage(db: Db, id: string, reason: string): Promise<void> {
  await db.update(outboxMessages).set({ status: 'kept', lastError: reason }).where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'pending')));
}

/** The acknowledgement queued for a new ticket, if any. */
export async function findAcknowledgementOf(db: Db, ticketId: string): Promise<{ id: string; toAddress: string } | null> {
  const [r] = await db
    .select({ id: outboxMessages.id, toAddress: outboxMessages.toAddress })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.ticketId, ticketId), eq(outboxMessages.template, 'acknowledgement')))
    .limit(1);
  return r ?? null;
}

/**
 * Item 3 of issue 13: only ACCEPTED messages count for de-duplication. A message
 * that was not accepted (refused, kept, ignored) gives its dedupe key up, in the
 * transaction that decided it, so a later copy with the same Message-ID (the
 * genuine, authenticated one after a forgery) is processed on its own merits.
 * The row stays, under `<key>#<row id>`, with what became of it.
 */
export async function releaseDedupeKey(db: Db, id: string): Promise<void> {
  await db.update(inboundMessages).set({ dedupeKey: sql`${inboundMessages.dedupeKey} || '#' || ${inboundMessages.id}::text` }).where(eq(inboundMessages.id, id));
}

/** An outbox message by its dedupe key (e.g. `estimate-sent:<estimate id>`), or null. */
export async function findOutboxRowByDedupeKey(db: Db, dedupeKey: string): Promise<{ id: string } | null> {
  const [r] = await db.select({ id: outboxMessages.id }).from(outboxMessages).where(eq(outboxMessages.dedupeKey, dedupeKey)).limit(1);
  return r ?? null;
}
