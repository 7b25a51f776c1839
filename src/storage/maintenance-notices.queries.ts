import { and, asc, count, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { maintenanceNoticeDeliveries, maintenanceNotices, maintenanceOperations } from './schema/index.js';
import { notHeldBySweepFailure } from './sweep-failures.queries.js';

export type NoticeRow = typeof maintenanceNotices.$inferSelect;

export async function insertNoticeRows(db: Db, rows: (typeof maintenanceNotices.$inferInsert)[]): Promise<NoticeRow[]> {
  return rows.length ? db.insert(maintenanceNotices).values(rows).onConflictDoNothing().returning() : [];
}

export async function listNoticeRows(db: Db, f: { operationId?: string; announcementId?: string }): Promise<NoticeRow[]> {
  const cond = f.operationId ? eq(maintenanceNotices.operationId, f.operationId) : eq(maintenanceNotices.announcementId, f.announcementId ?? '00000000-0000-0000-0000-000000000000');
  return db.select().from(maintenanceNotices).where(cond).orderBy(asc(maintenanceNotices.revision), asc(maintenanceNotices.createdAt), asc(maintenanceNotices.dueAt));
}

/** Notices not yet sent are superseded (reschedule, cancellation); sent ones stay as history. */
export async function dropPendingNotices(db: Db, f: { operationId?: string; announcementId?: string }, at: Date): Promise<number> {
  const owner = f.operationId ? eq(maintenanceNotices.operationId, f.operationId) : eq(maintenanceNotices.announcementId, f.announcementId!);
  const rows = await db.update(maintenanceNotices).set({ droppedAt: at }).where(and(owner, isNull(maintenanceNotices.sentAt), isNull(maintenanceNotices.droppedAt))).returning({ id: maintenanceNotices.id });
  return rows.length;
}

export async function countSentNotices(db: Db, operationId: string): Promise<number> {
  const [c] = await db.select({ n: count() }).from(maintenanceNotices).where(and(eq(maintenanceNotices.operationId, operationId), isNotNull(maintenanceNotices.sentAt)));
  return Number(c?.n ?? 0);
}

/** R-M1 at_release: publishing a release makes the waiting announcements of its operations due. */
export async function releaseWaitingNotices(db: Db, releaseId: string, at: Date): Promise<number> {
  const rows = await db
    .update(maintenanceNotices)
    .set({ dueAt: at })
    .where(
      and(
        isNull(maintenanceNotices.dueAt),
        isNull(maintenanceNotices.sentAt),
        isNull(maintenanceNotices.droppedAt),
        inArray(maintenanceNotices.operationId, db.select({ id: maintenanceOperations.id }).from(maintenanceOperations).where(and(eq(maintenanceOperations.releaseId, releaseId), eq(maintenanceOperations.status, 'scheduled')))),
      ),
    )
    .returning({ id: maintenanceNotices.id });
  return rows.length;
}

/** Due notices, locked FOR UPDATE SKIP LOCKED so any number of workers share them and none sends one twice. */
export async function claimDueNotices(db: Db, now: Date, limit: number): Promise<NoticeRow[]> {
  return db
    .select()
    .from(maintenanceNotices)
    .where(and(isNull(maintenanceNotices.sentAt), isNull(maintenanceNotices.droppedAt), lte(maintenanceNotices.dueAt, now), notHeldBySweepFailure('maintenance.sweep-notices', maintenanceNotices.id, now)))
    .orderBy(asc(maintenanceNotices.dueAt), asc(maintenanceNotices.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markNoticeSent(db: Db, id: string, at: Date): Promise<void> {
  await db.update(maintenanceNotices).set({ sentAt: at }).where(eq(maintenanceNotices.id, id));
}

/** A notice whose operation or announcement was withdrawn before it went out. */
export async function markNoticeDropped(db: Db, id: string, at: Date): Promise<void> {
  await db.update(maintenanceNotices).set({ droppedAt: at }).where(eq(maintenanceNotices.id, id));
}

/** The once-only ledger: true when this contact had not been given this notice yet. */
export async function recordNoticeDelivery(db: Db, noticeId: string, contactId: string, at: Date): Promise<boolean> {
  const rows = await db.insert(maintenanceNoticeDeliveries).values({ noticeId, contactId, queuedAt: at }).onConflictDoNothing().returning({ n: maintenanceNoticeDeliveries.noticeId });
  return rows.length > 0;
}

/** Deliveries per notice id. */
export async function countDeliveries(db: Db, noticeIds: string[]): Promise<Map<string, number>> {
  if (!noticeIds.length) return new Map();
  const rows = await db
    .select({ id: maintenanceNoticeDeliveries.noticeId, n: sql<number>`count(*)::int` })
    .from(maintenanceNoticeDeliveries)
    .where(inArray(maintenanceNoticeDeliveries.noticeId, noticeIds))
    .groupBy(maintenanceNoticeDeliveries.noticeId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
