import { and, asc, eq, isNotNull, isNull, lte, ne } from 'drizzle-orm';
import type { Db } from './db.js';
import { slaNotifications, tickets } from './schema/index.js';
import type { TicketRow } from './tickets.queries.js';
import { notHeldBySweepFailure } from './sweep-failures.queries.js';
import { noticeKey } from '../core/sla/sla-notices.js';
import type { SlaClockName, SlaNoticeKind } from '../core/enums.js';

/** Locks up to `limit` tickets whose next SLA event is due, skipping rows another worker holds. */
export async function claimDueSlaTickets(db: Db, now: Date, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(isNotNull(tickets.nextSlaEventAt), lte(tickets.nextSlaEventAt, now), notHeldBySweepFailure('sla.sweep-due', tickets.id, now)))
    .orderBy(asc(tickets.nextSlaEventAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/**
 * Tickets not closed whose stored SLA columns were marked stale by a migration (sla_computed_at
 * NULL, R-T5), locked with SKIP LOCKED so concurrent starters share them. System scope: every customer.
 */
export async function claimStaleSlaTickets(db: Db, limit: number): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(isNull(tickets.slaComputedAt), ne(tickets.status, 'closed')))
    .orderBy(asc(tickets.number))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Keys (core/sla/sla-notices.ts noticeKey, the ledger's primary key) of the notices already fired for a ticket. */
export async function listFiredSlaKeys(db: Db, ticketId: string): Promise<Set<string>> {
  const rows = await db.select().from(slaNotifications).where(eq(slaNotifications.ticketId, ticketId));
  return new Set(rows.map(noticeKey));
}

/**
 * Records several notices in one statement; returns the keys (noticeKey)
 * that were new, so each fires once.
 */
export async function recordSlaNotifications(
  db: Db,
  rows: Array<{ ticketId: string; clock: SlaClockName; kind: SlaNoticeKind; percent: number; budgetSeconds: number; dueAt: Date; firedAt: Date }>,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(slaNotifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ clock: slaNotifications.clock, kind: slaNotifications.kind, percent: slaNotifications.percent, budgetSeconds: slaNotifications.budgetSeconds });
  return new Set(inserted.map(noticeKey));
}
