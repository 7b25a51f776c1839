import { and, eq, isNotNull, lte, asc } from 'drizzle-orm';
import type { Db } from './db.js';
import { slaNotifications, tickets } from './schema/index.js';
import type { TicketRow } from './tickets.queries.js';

/** Locks up to `limit` tickets whose next SLA event is due, skipping rows another worker holds. */
export async function claimDueSlaTickets(db: Db, now: Date, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(isNotNull(tickets.nextSlaEventAt), lte(tickets.nextSlaEventAt, now)))
    .orderBy(asc(tickets.nextSlaEventAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Records a notice once; false when it was recorded before (another worker, a retry). */
export async function recordSlaNotification(
  db: Db,
  n: { ticketId: string; clock: 'response' | 'resolution'; kind: 'warning' | 'breach'; percent: number; dueAt: Date; firedAt: Date },
): Promise<boolean> {
  const rows = await db.insert(slaNotifications).values(n).onConflictDoNothing().returning({ t: slaNotifications.ticketId });
  return rows.length > 0;
}

/** Keys (clock:kind:percent:dueEpochSeconds) of the notices already fired for a ticket. */
export async function listFiredSlaKeys(db: Db, ticketId: string): Promise<Set<string>> {
  const rows = await db.select().from(slaNotifications).where(eq(slaNotifications.ticketId, ticketId));
  return new Set(rows.map((r) => `${r.clock}:${r.kind}:${r.percent}:${Math.floor(r.dueAt.getTime() / 1000)}`));
}
