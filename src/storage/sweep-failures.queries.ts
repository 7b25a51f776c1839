import { and, count, desc, eq, inArray, isNotNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from './db.js';
import { sweepFailures } from './schema/index.js';

export type SweepFailureRow = typeof sweepFailures.$inferSelect;

/**
 * Claim filter: the item has no failure waiting for its retry time and is not
 * quarantined. Added to every sweep's claim query, so a bad item never holds
 * a batch place (system scope: sweeps act for every customer).
 */
export function notHeldBySweepFailure(sweep: string, itemId: AnyColumn | SQL, now: Date): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM sweep_failures f WHERE f.sweep = ${sweep} AND f.item_id = (${itemId})::text
    AND (f.quarantined_at IS NOT NULL OR f.retry_at > ${now.toISOString()}::timestamptz))`;
}

/** Records one more failed attempt; quarantines the item at maxAttempts. Returns the row as stored. */
export async function recordSweepFailure(
  db: Db,
  f: { sweep: string; itemId: string; error: string; now: Date; retryAt: (attempts: number) => Date; maxAttempts: number },
): Promise<SweepFailureRow> {
  const [prior] = await db.select().from(sweepFailures).where(and(eq(sweepFailures.sweep, f.sweep), eq(sweepFailures.itemId, f.itemId))).limit(1);
  const attempts = (prior?.attempts ?? 0) + 1;
  const row: SweepFailureRow = {
    sweep: f.sweep,
    itemId: f.itemId,
    attempts,
    lastError: f.error.slice(0, 4000),
    firstFailedAt: prior?.firstFailedAt ?? f.now,
    lastFailedAt: f.now,
    retryAt: f.retryAt(attempts),
    quarantinedAt: attempts >= f.maxAttempts ? f.now : null,
  };
  await db
    .insert(sweepFailures)
    .values(row)
    .onConflictDoUpdate({ target: [sweepFailures.sweep, sweepFailures.itemId], set: { attempts: row.attempts, lastError: row.lastError, lastFailedAt: row.lastFailedAt, retryAt: row.retryAt, quarantinedAt: row.quarantinedAt } });
  return row;
}

/** Forgets the failures of items that have now succeeded. */
export async function clearSweepFailures(db: Db, sweep: string, itemIds: string[]): Promise<void> {
  if (!itemIds.length) return;
  await db.delete(sweepFailures).where(and(eq(sweepFailures.sweep, sweep), inArray(sweepFailures.itemId, itemIds)));
}

/** Quarantined items, newest first, and their number (administrators). */
export async function listQuarantinedItems(db: Db, page: { limit: number; offset: number }): Promise<{ rows: SweepFailureRow[]; total: number }> {
  const where = isNotNull(sweepFailures.quarantinedAt);
  const rows = await db.select().from(sweepFailures).where(where).orderBy(desc(sweepFailures.quarantinedAt), sweepFailures.itemId).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(sweepFailures).where(where);
  return { rows, total: c?.n ?? 0 };
}

/** Releases a quarantined item for the next sweep; false when there was none. */
export async function releaseQuarantinedItem(db: Db, sweep: string, itemId: string): Promise<boolean> {
  const r = await db.delete(sweepFailures).where(and(eq(sweepFailures.sweep, sweep), eq(sweepFailures.itemId, itemId), isNotNull(sweepFailures.quarantinedAt))).returning({ id: sweepFailures.itemId });
  return r.length > 0;
}

/** Items of a sweep waiting for their retry time or quarantined (for sweeps that walk rather than claim). */
export async function listHeldItemIds(db: Db, sweep: string, now: Date): Promise<Set<string>> {
  const rows = await db
    .select({ itemId: sweepFailures.itemId })
    .from(sweepFailures)
    .where(and(eq(sweepFailures.sweep, sweep), sql`(${sweepFailures.quarantinedAt} IS NOT NULL OR ${sweepFailures.retryAt} > ${now.toISOString()}::timestamptz)`));
  return new Set(rows.map((r) => r.itemId));
}
