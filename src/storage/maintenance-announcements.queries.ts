import { and, count, desc, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { announcementCustomers, announcements } from './schema/index.js';

export type AnnouncementRow = typeof announcements.$inferSelect;

export async function insertAnnouncementRow(db: Db, row: typeof announcements.$inferInsert, customerIds: string[]): Promise<AnnouncementRow> {
  const [r] = await db.insert(announcements).values(row).returning();
  if (customerIds.length) await db.insert(announcementCustomers).values(customerIds.map((customerId) => ({ announcementId: r!.id, customerId })));
  return r!;
}

export async function findAnnouncementRow(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<AnnouncementRow | null> {
  const q = db.select().from(announcements).where(eq(announcements.id, id)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function updateAnnouncementRow(db: Db, id: string, patch: Partial<typeof announcements.$inferInsert>): Promise<AnnouncementRow> {
  const [r] = await db.update(announcements).set(patch).where(eq(announcements.id, id)).returning();
  return r!;
}

export async function listAnnouncementCustomerIds(db: Db, id: string): Promise<string[]> {
  return (await db.select().from(announcementCustomers).where(eq(announcementCustomers.announcementId, id))).map((r) => r.customerId);
}

export async function listAnnouncementRows(db: Db, f: { kind?: AnnouncementRow['kind'] }, page: PageRequest): Promise<{ rows: AnnouncementRow[]; total: number }> {
  const cond = f.kind ? eq(announcements.kind, f.kind) : undefined;
  const rows = await db.select().from(announcements).where(cond).orderBy(desc(announcements.publishAt), desc(announcements.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(announcements).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** R-M4 tenancy: published (publish time reached), not cancelled, and addressed to the customer. */
function visibleTo(customerId: string, now: Date): SQL {
  return and(
    isNull(announcements.cancelledAt),
    lte(announcements.publishAt, now),
    sql`(${announcements.audience} = 'all'
      OR (${announcements.audience} = 'customers' AND EXISTS (SELECT 1 FROM announcement_customers ac WHERE ac.announcement_id = ${announcements.id} AND ac.customer_id = ${customerId}::uuid))
      OR (${announcements.audience} = 'product' AND EXISTS (SELECT 1 FROM installed_versions iv JOIN products p ON p.id = iv.product_id
            WHERE iv.customer_id = ${customerId}::uuid AND (p.id = ${announcements.productId} OR p.parent_id = ${announcements.productId}))))`,
  )!;
}

export async function listVisibleAnnouncementRows(db: Db, customerId: string, now: Date, page: PageRequest): Promise<{ rows: AnnouncementRow[]; total: number }> {
  const cond = visibleTo(customerId, now);
  const rows = await db.select().from(announcements).where(cond).orderBy(desc(announcements.publishAt), desc(announcements.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(announcements).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findVisibleAnnouncementRow(db: Db, customerId: string, now: Date, id: string): Promise<AnnouncementRow | null> {
  const [r] = await db.select().from(announcements).where(and(eq(announcements.id, id), visibleTo(customerId, now))).limit(1);
  return r ?? null;
}
