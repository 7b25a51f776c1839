import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from './db.js';
import { idempotencyKeys } from './schema/index.js';

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/**
 * Claims a key for a request inside the request's transaction; false when the
 * key was used already. A concurrent claim of the same key waits here until
 * the first transaction ends (its row is uncommitted), then sees its outcome.
 * Committed rows are always 'done' now; an 'in_flight' row was left by a
 * crashed request of an earlier version and is taken over (issue 14, item 1).
 */
export async function claimIdempotencyKey(db: Db, scope: string, key: string, requestHash: string, now: Date, ttlHours: number): Promise<boolean> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        or(lt(idempotencyKeys.createdAt, new Date(now.getTime() - ttlHours * 3_600_000)), eq(idempotencyKeys.state, 'in_flight')),
      ),
    );
  const rows = await db
    .insert(idempotencyKeys)
    .values({ scope, key, requestHash, state: 'in_flight', createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length > 0;
}

export async function findIdempotencyKey(db: Db, scope: string, key: string): Promise<IdempotencyRow | null> {
  const [r] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key))).limit(1);
  return r ?? null;
}

export async function completeIdempotencyKey(db: Db, scope: string, key: string, statusCode: number, response: unknown): Promise<void> {
  await db.update(idempotencyKeys).set({ state: 'done', statusCode, response }).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}
