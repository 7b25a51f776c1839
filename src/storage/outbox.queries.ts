import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, inArray, lte, or, isNull, sql, count, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { outboxMessages, type OutboxStatus } from './schema/index.js';
import { withTx } from './with-tx.js';

export type OutboxRow = typeof outboxMessages.$inferSelect;

/**
 * Writes one message to the outbox inside the caller's transaction. A message
 * whose dedupe key exists already is not written again (returns null).
 */
export async function insertOutboxMessage(db: Db, row: typeof outboxMessages.$inferInsert): Promise<OutboxRow | null> {
  const [r] = await db.insert(outboxMessages).values(row).onConflictDoNothing({ target: outboxMessages.dedupeKey }).returning();
  return r ?? null;
}

/** Writes several messages in one statement; rows whose dedupe key exists are skipped. */
export async function insertOutboxMessages(db: Db, rows: Array<typeof outboxMessages.$inferInsert>): Promise<void> {
  await db.insert(outboxMessages).values(rows).onConflictDoNothing({ target: outboxMessages.dedupeKey });
}

/**
 * Claims up to `limit` due messages for delivery with FOR UPDATE SKIP LOCKED
 * and a short lease (kept alive by the worker's heartbeat), so several workers
 * never deliver the same message at once; a crashed worker's lease runs out
 * within one lease.
 *
 * Robust to the clock moving backwards (issue 14, item 4): a lease can never
 * legitimately end more than one lease from now, nor a retry be due more than
 * `maxDelaySeconds` from now; anything further ahead was written under a clock
 * that was ahead and counts as expired / due.
 *
 * Each claim writes its own lease token (returned on every row): a lease can
 * also run out under a live worker when the clock jumps, and the token is how
 * that worker learns another one has claimed the message since.
 */
export async function claimDueOutbox(db: Db, now: Date, limit: number, leaseSeconds: number, maxDelaySeconds = Number.POSITIVE_INFINITY): Promise<OutboxRow[]> {
  const leaseEdge = new Date(now.getTime() + leaseSeconds * 1000);
  const delayEdge = Number.isFinite(maxDelaySeconds) ? new Date(now.getTime() + maxDelaySeconds * 1000) : null;
  return withTx(db, async (tx) => {
    const rows = await tx
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.status, 'pending'),
          delayEdge ? or(lte(outboxMessages.nextAttemptAt, now), gt(outboxMessages.nextAttemptAt, delayEdge)) : lte(outboxMessages.nextAttemptAt, now),
          or(isNull(outboxMessages.notBefore), lte(outboxMessages.notBefore, now)),
          or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now), gt(outboxMessages.lockedUntil, leaseEdge)),
        ),
      )
      .orderBy(outboxMessages.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return [];
    const until = leaseEdge;
    const leaseToken = randomUUID();
    await tx.update(outboxMessages).set({ lockedUntil: until, leaseToken }).where(inArray(outboxMessages.id, rows.map((r) => r.id)));
    return rows.map((r) => ({ ...r, lockedUntil: until, leaseToken }));
  });
}

/** The worker's heartbeat: its claimed, unfinished messages stay leased while it lives (those no other claim has taken). */
export async function extendOutboxLeases(db: Db, ids: string[], until: Date, leaseToken: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outboxMessages)
    .set({ lockedUntil: until })
    .where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.status, 'pending'), eq(outboxMessages.leaseToken, leaseToken)));
}

/**
 * Committed before the message goes to the SMTP server: after a crash, the one
 * message in doubt is known. False when the claim no longer holds the message
 * (its lease ran out and another worker claimed it): then it must not be sent.
 */
export async function markOutboxHandedOver(db: Db, id: string, at: Date, leaseToken: string): Promise<boolean> {
  const r = await db
    .update(outboxMessages)
    .set({ handedOverAt: at })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'pending'), eq(outboxMessages.leaseToken, leaseToken)))
    .returning({ id: outboxMessages.id });
  return r.length > 0;
}

export async function markOutboxSent(db: Db, id: string, now: Date): Promise<void> {
  await db.update(outboxMessages).set({ status: 'sent', sentAt: now, lockedUntil: null, attempts: sql`${outboxMessages.attempts} + 1`, lastError: null }).where(eq(outboxMessages.id, id));
}

export async function markOutboxRetry(db: Db, id: string, nextAttemptAt: Date, error: string): Promise<void> {
  await db.update(outboxMessages).set({ nextAttemptAt, lockedUntil: null, attempts: sql`${outboxMessages.attempts} + 1`, lastError: error.slice(0, 2000) }).where(eq(outboxMessages.id, id));
}

/** A permanent failure (e.g. 550 mailbox unknown) is kept with the server's answer for admins. */
export async function markOutboxFailed(db: Db, id: string, error: string): Promise<void> {
  await db.update(outboxMessages).set({ status: 'failed', lockedUntil: null, attempts: sql`${outboxMessages.attempts} + 1`, lastError: error.slice(0, 2000) }).where(eq(outboxMessages.id, id));
}

export async function listOutboxRows(db: Db, f: { status?: OutboxStatus; ticketId?: string }, page: PageRequest): Promise<{ rows: OutboxRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.status) where.push(eq(outboxMessages.status, f.status));
  if (f.ticketId) where.push(eq(outboxMessages.ticketId, f.ticketId));
  const cond = where.length ? and(...where) : undefined;
  const rows = await db.select().from(outboxMessages).where(cond).orderBy(desc(outboxMessages.createdAt)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(outboxMessages).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}
