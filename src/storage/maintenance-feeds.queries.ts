import { eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { icalFeeds } from './schema/index.js';

export type IcalFeedRow = typeof icalFeeds.$inferSelect;

/** One feed per customer: rotating replaces the token hash, so the old URL stops working at once. */
export async function upsertIcalFeedRow(db: Db, row: typeof icalFeeds.$inferInsert): Promise<IcalFeedRow> {
  const [r] = await db
    .insert(icalFeeds)
    .values(row)
    .onConflictDoUpdate({ target: icalFeeds.customerId, set: { tokenHash: row.tokenHash, createdAt: row.createdAt, createdByKind: row.createdByKind, createdById: row.createdById, lastUsedAt: null } })
    .returning();
  return r!;
}

export async function deleteIcalFeedRow(db: Db, customerId: string): Promise<boolean> {
  return (await db.delete(icalFeeds).where(eq(icalFeeds.customerId, customerId)).returning({ c: icalFeeds.customerId })).length > 0;
}

export async function findIcalFeedRow(db: Db, customerId: string): Promise<IcalFeedRow | null> {
  const [r] = await db.select().from(icalFeeds).where(eq(icalFeeds.customerId, customerId)).limit(1);
  return r ?? null;
}

export async function findIcalFeedRowByHash(db: Db, tokenHash: string): Promise<IcalFeedRow | null> {
  const [r] = await db.select().from(icalFeeds).where(eq(icalFeeds.tokenHash, tokenHash)).limit(1);
  return r ?? null;
}

export async function touchIcalFeedRow(db: Db, customerId: string, at: Date): Promise<void> {
  await db.update(icalFeeds).set({ lastUsedAt: at }).where(eq(icalFeeds.customerId, customerId));
}
