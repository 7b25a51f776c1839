import { and, desc, eq, inArray, lte, or, isNull, sql, count, type SQL } from 'drizzle-orm';
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
 * and a lease, so several workers never deliver the same message at once; a
 * crashed worker's lease simply runs out.
 */
export async function claimDueOutbox(db: Db, now: Date, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  return withTx(db, async (tx) => {
    const rows = await tx
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.status, 'pending'),
          lte(outboxMessages.nextAttemptAt, now),
          or(isNull(outboxMessages.notBefore), lte(outboxMessages.notBefore, now)),
          or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now)),
        ),
      )
      .orderBy(outboxMessages.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return [];
    const until = new Date(now.getTime() + leaseSeconds * 1000);
    await tx.update(outboxMessages).set({ lockedUntil: until }).where(inArray(outboxMessages.id, rows.map((r) => r.id)));
    return rows.map((r) => ({ ...r, lockedUntil: until }));
  });
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
