import { and, asc, eq, gt, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from './db.js';
import { customers, endOfLifeWarnings, installedVersions, products } from './schema/index.js';

export type InstalledForEol = typeof installedVersions.$inferSelect;

/**
 * R-V5 end-of-life sweep: a batch of installations of live products by live
 * customers, after a (customer, product) cursor, locked FOR UPDATE SKIP
 * LOCKED so concurrent workers take disjoint rows.
 */
export async function claimInstallationsAfter(db: Db, after: { customerId: string; productId: string } | null, limit: number): Promise<InstalledForEol[]> {
  const where: SQL[] = [isNull(products.archivedAt), isNull(customers.archivedAt)];
  if (after) {
    where.push(or(gt(installedVersions.customerId, after.customerId), and(eq(installedVersions.customerId, after.customerId), gt(installedVersions.productId, after.productId)))!);
  }
  const rows = await db
    .select({ iv: installedVersions })
    .from(installedVersions)
    .innerJoin(products, eq(products.id, installedVersions.productId))
    .innerJoin(customers, eq(customers.id, installedVersions.customerId))
    .where(and(...where))
    .orderBy(asc(installedVersions.customerId), asc(installedVersions.productId))
    .limit(limit)
    .for('update', { of: installedVersions, skipLocked: true });
  return rows.map((r) => r.iv);
}

/** Records one warning threshold; false when it was recorded before (once per customer, product, major line, threshold). */
export async function recordEndOfLifeWarning(db: Db, w: typeof endOfLifeWarnings.$inferInsert): Promise<boolean> {
  return (await db.insert(endOfLifeWarnings).values(w).onConflictDoNothing().returning({ c: endOfLifeWarnings.customerId })).length > 0;
}

export async function listEndOfLifeWarnings(db: Db, customerId: string) {
  return db.select().from(endOfLifeWarnings).where(eq(endOfLifeWarnings.customerId, customerId)).orderBy(asc(endOfLifeWarnings.firedAt));
}
