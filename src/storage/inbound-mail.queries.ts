import { and, count, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { inboundMessages, mailRefusals, tickets, type InboundStatus } from './schema/index.js';

export type InboundRow = typeof inboundMessages.$inferSelect;
type InboundInsert = typeof inboundMessages.$inferInsert;

/** How many times a message that keeps failing is processed before it stays 'failed'. */
export const MAX_INBOUND_ATTEMPTS = 5;

/**
 * Claims a message for processing inside the caller's transaction: a new
 * dedupe key inserts a 'processing' row; a known one is a duplicate (its
 * delivery is counted) unless an earlier attempt failed and attempts remain.
 * On PostgreSQL a concurrent claim of the same key waits for this
 * transaction, then sees the committed row: one ticket, never two.
 */
export async function claimInbound(db: Db, row: Omit<InboundInsert, 'status'>): Promise<{ claimed: boolean; row: InboundRow }> {
  const [claimed] = await db
    .insert(inboundMessages)
    .values({ ...row, status: 'processing' })
    .onConflictDoUpdate({
      target: inboundMessages.dedupeKey,
      set: { status: 'processing', attempts: sql`${inboundMessages.attempts} + 1`, lastDeliveryAt: row.lastDeliveryAt, deliveries: sql`${inboundMessages.deliveries} + 1`, rawSha256: row.rawSha256, rawSize: row.rawSize },
      setWhere: and(eq(inboundMessages.status, 'failed'), sql`${inboundMessages.attempts} < ${MAX_INBOUND_ATTEMPTS}`),
    })
    .returning();
  if (claimed) return { claimed: true, row: claimed };
  const [dup] = await db
    .update(inboundMessages)
    .set({ deliveries: sql`${inboundMessages.deliveries} + 1`, lastDeliveryAt: row.lastDeliveryAt })
    .where(eq(inboundMessages.dedupeKey, row.dedupeKey))
    .returning();
  return { claimed: false, row: dup! };
}

export async function completeInbound(db: Db, id: string, patch: Partial<InboundInsert> & { status: InboundStatus }): Promise<InboundRow> {
  const [r] = await db.update(inboundMessages).set({ ...patch, lastError: null }).where(eq(inboundMessages.id, id)).returning();
  return r!;
}

/** Records a failed attempt (its own transaction: the attempt's was rolled back); `reason` is the error code when there is one. */
export async function recordInboundFailure(db: Db, row: Omit<InboundInsert, 'status'>, error: string, reason: string | null = null): Promise<InboundRow> {
  const [r] = await db
    .insert(inboundMessages)
    .values({ ...row, status: 'failed', reason, lastError: error.slice(0, 2000) })
    .onConflictDoUpdate({
      target: inboundMessages.dedupeKey,
      set: { status: 'failed', reason, lastError: error.slice(0, 2000), attempts: sql`${inboundMessages.attempts} + 1`, lastDeliveryAt: row.lastDeliveryAt },
      setWhere: sql`${inboundMessages.status} IN ('failed', 'processing')`,
    })
    .returning();
  if (r) return r;
  const [existing] = await db.select().from(inboundMessages).where(eq(inboundMessages.dedupeKey, row.dedupeKey)).limit(1);
  return existing!;
}

/**
 * Keeps a message that could not be parsed (issue 13 item 2), keyed by its
 * bytes: the same bytes delivered again are a duplicate (counted, never
 * processed again); other messages, even with the same Message-ID, are not.
 */
export async function keepUnparseableInbound(db: Db, row: Omit<InboundInsert, 'status'>): Promise<{ duplicate: boolean; row: InboundRow }> {
  const [kept] = await db.insert(inboundMessages).values({ ...row, status: 'unparseable' }).onConflictDoNothing({ target: inboundMessages.dedupeKey }).returning();
  if (kept) return { duplicate: false, row: kept };
  const [dup] = await db
    .update(inboundMessages)
    .set({ deliveries: sql`${inboundMessages.deliveries} + 1`, lastDeliveryAt: row.lastDeliveryAt })
    .where(eq(inboundMessages.dedupeKey, row.dedupeKey))
    .returning();
  return { duplicate: true, row: dup! };
}

/** A ticket by its reply token; a local part lower-cased by some relay still finds it when unambiguous. */
export async function findTicketIdByToken(db: Db, token: string): Promise<string | null> {
  const [t] = await db.select({ id: tickets.id }).from(tickets).where(eq(tickets.replyToken, token)).limit(1);
  if (t) return t.id;
  const rows = await db.select({ id: tickets.id }).from(tickets).where(sql`lower(${tickets.replyToken}) = ${token.toLowerCase()}`).limit(2);
  return rows.length === 1 ? rows[0]!.id : null;
}

/** Tickets opened by inbound messages with these Message-IDs (a reply-all to the opening mail threads too). */
export async function findTicketIdByInboundMessageIds(db: Db, messageIds: string[]): Promise<string | null> {
  if (messageIds.length === 0) return null;
  const [r] = await db
    .select({ ticketId: inboundMessages.ticketId })
    .from(inboundMessages)
    .where(and(inArray(inboundMessages.messageId, messageIds), isNotNull(inboundMessages.ticketId)))
    .orderBy(desc(inboundMessages.receivedAt))
    .limit(1);
  return r?.ticketId ?? null;
}

/** Reply token and opening Message-ID per ticket, for threading outbound mail. */
export async function findThreadInfo(db: Db, ticketIds: string[]): Promise<Map<string, { token: string; openingMessageId: string | null }>> {
  const out = new Map<string, { token: string; openingMessageId: string | null }>();
  if (ticketIds.length === 0) return out;
  const rows = await db
    .select({ id: tickets.id, token: tickets.replyToken, opening: sql<string | null>`(SELECT i.message_id FROM inbound_messages i WHERE i.ticket_id = tickets.id AND i.status = 'ticket_created' LIMIT 1)` })
    .from(tickets)
    .where(inArray(tickets.id, [...new Set(ticketIds)]));
  for (const r of rows) out.set(r.id, { token: r.token, openingMessageId: r.opening ?? null });
  return out;
}

/**
 * R-C2 refusals are rate-limited per sender address (one per interval, across
 * processes): true when a refusal may be sent now, and then it is recorded.
 */
export async function takeRefusalSlot(db: Db, address: string, now: Date, intervalMinutes: number): Promise<boolean> {
  const cutoff = new Date(now.getTime() - intervalMinutes * 60_000);
  const [r] = await db
    .insert(mailRefusals)
    .values({ address, lastSentAt: now })
    .onConflictDoUpdate({ target: mailRefusals.address, set: { lastSentAt: now, suppressed: 0 }, setWhere: sql`${mailRefusals.lastSentAt} <= ${cutoff.toISOString()}::timestamptz` })
    .returning();
  if (r) return true;
  await db.update(mailRefusals).set({ suppressed: sql`${mailRefusals.suppressed} + 1` }).where(eq(mailRefusals.address, address));
  return false;
}

export async function listInboundRows(db: Db, f: { status?: InboundStatus; ticketId?: string }, page: PageRequest): Promise<{ rows: InboundRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.status) where.push(eq(inboundMessages.status, f.status));
  if (f.ticketId) where.push(eq(inboundMessages.ticketId, f.ticketId));
  const cond = where.length ? and(...where) : undefined;
  const rows = await db.select().from(inboundMessages).where(cond).orderBy(desc(inboundMessages.receivedAt), desc(inboundMessages.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(inboundMessages).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findInboundRow(db: Db, id: string): Promise<InboundRow | null> {
  const [r] = await db.select().from(inboundMessages).where(eq(inboundMessages.id, id)).limit(1);
  return r ?? null;
}
