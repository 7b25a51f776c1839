import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from './db.js';
import { outboxMessages, tickets } from './schema/index.js';
import type { TicketRow } from './tickets.queries.js';
import { notHeldBySweepFailure } from './sweep-failures.queries.js';

/** Pending tickets whose reminder is due, locked with SKIP LOCKED (R-K5). */
export async function claimDueReminders(db: Db, now: Date, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.status, 'pending'), isNotNull(tickets.pendingReminderDueAt), lte(tickets.pendingReminderDueAt, now), notHeldBySweepFailure('tickets.sweep-pending', tickets.id, now)))
    .orderBy(asc(tickets.pendingReminderDueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Pending tickets whose closure is due, locked with SKIP LOCKED (R-K5). */
export async function claimDueClosures(db: Db, now: Date, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.status, 'pending'), isNotNull(tickets.autoCloseDueAt), lte(tickets.autoCloseDueAt, now), notHeldBySweepFailure('tickets.sweep-pending', tickets.id, now)))
    .orderBy(asc(tickets.autoCloseDueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Delivery state of the outbox message with this dedupe key, or null when none was written. */
export async function outboxStatusByKey(db: Db, dedupeKey: string): Promise<string | null> {
  const [r] = await db.select({ status: outboxMessages.status }).from(outboxMessages).where(eq(outboxMessages.dedupeKey, dedupeKey)).limit(1);
  return r?.status ?? null;
}
