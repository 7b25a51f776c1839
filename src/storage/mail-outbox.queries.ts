import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';
import { outboxMessages } from './schema/index.js';
import type { OutboxRow } from './outbox.queries.js';

/** No SMTP server configured (the embedded default): claimed messages are kept for the admin outbox. */
export async function markOutboxKept(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(outboxMessages).set({ status: 'kept', lockedUntil: null }).where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.status, 'pending')));
}

/** A worker stopping with claimed but unsent messages hands them back at once. */
export async function releaseOutboxLeases(db: Db, ids: string[], leaseToken: string): Promise<void> {
  if (ids.length === 0) return;
  // Only what this claim still holds: a message another worker claimed since stays with it.
  await db
    .update(outboxMessages)
    .set({ lockedUntil: null })
    .where(and(inArray(outboxMessages.id, ids), eq(outboxMessages.status, 'pending'), eq(outboxMessages.leaseToken, leaseToken)));
}

/**
 * A temporary failure: retried at `nextAttemptAt`, or failed for good when the
 * message's delivery began before `giveUpBefore` (created, or retried by an
 * admin). Returns the status it ends in.
 */
export async function markOutboxTemporaryFailure(db: Db, id: string, nextAttemptAt: Date, error: string, giveUpBefore: Date): Promise<'pending' | 'failed'> {
  const cutoff = giveUpBefore.toISOString();
  const started = sql`coalesce(retried_at, ${outboxMessages.createdAt})`;
  const [r] = await db
    .update(outboxMessages)
    .set({
      status: sql`CASE WHEN ${started} < ${cutoff}::timestamptz THEN 'failed' ELSE 'pending' END`,
      nextAttemptAt,
      lockedUntil: null,
      handedOverAt: null,
      attempts: sql`${outboxMessages.attempts} + 1`,
      lastError: sql`CASE WHEN ${started} < ${cutoff}::timestamptz THEN 'Gave up after ' || (${outboxMessages.attempts} + 1) || ' attempts. Last answer: ' || ${error.slice(0, 1800)} ELSE ${error.slice(0, 2000)} END`,
    })
    .where(eq(outboxMessages.id, id))
    .returning({ status: outboxMessages.status });
  return r?.status === 'failed' ? 'failed' : 'pending';
}

export async function findOutboxRow(db: Db, id: string): Promise<(OutboxRow & { retriedAt: Date | null }) | null> {
  const [r] = await db.select({ row: outboxMessages, retriedAt: sql<string | Date | null>`retried_at` }).from(outboxMessages).where(eq(outboxMessages.id, id)).limit(1);
  return r ? { ...r.row, retriedAt: r.retriedAt ? new Date(r.retriedAt) : null } : null;
}

/** An admin's retry of a failed or kept message: due now, with a fresh delivery age. False when it is neither. */
export async function requeueOutboxRow(db: Db, id: string, now: Date): Promise<boolean> {
  const t = now.toISOString();
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      UPDATE outbox_messages SET status = 'pending', next_attempt_at = ${t}::timestamptz, locked_until = NULL, retried_at = ${t}::timestamptz
      WHERE id = ${id} AND status IN ('failed', 'kept') RETURNING id`),
  );
  return rows.length === 1;
}

/**
 * A bounce came back for a message our relay accepted: 'sent' becomes
 * 'bounced', with the recipient server's answer. Returns false when the row
 * was not 'sent' (a repeated bounce, or one for a message never sent).
 */
export async function markOutboxBounced(db: Db, id: string, at: Date, answer: string): Promise<boolean> {
  const rows = await db
    .update(outboxMessages)
    .set({ status: 'bounced', bouncedAt: at, lastError: answer.slice(0, 2000) })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sent')))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}
