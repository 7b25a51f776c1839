import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { unentitledRequests } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';

export type UnentitledRow = typeof unentitledRequests.$inferSelect;

export async function insertUnentitledRequest(db: Db, row: typeof unentitledRequests.$inferInsert): Promise<UnentitledRow> {
  const [r] = await db.insert(unentitledRequests).values(row).returning();
  return r!;
}

/** The unentitled requests within the scope (every customer's for staff), newest first. */
export async function listUnentitledRows(
  db: Db,
  scope: Scope,
  f: { status?: UnentitledRow['status'] },
  page: PageRequest,
): Promise<{ rows: UnentitledRow[]; total: number }> {
  const where: SQL[] = [];
  const scoped = inScope(scope, unentitledRequests.customerId);
  if (scoped) where.push(scoped);
  if (f.status) where.push(eq(unentitledRequests.status, f.status));
  const cond = where.length ? and(...where) : undefined;
  const rows = await db.select().from(unentitledRequests).where(cond).orderBy(desc(unentitledRequests.receivedAt), asc(unentitledRequests.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(unentitledRequests).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findUnentitledRow(db: Db, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<UnentitledRow | null> {
  const q = db
    .select()
    .from(unentitledRequests)
    .where(and(eq(unentitledRequests.id, id), inScope(scope, unentitledRequests.customerId)))
    .limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function updateUnentitledRow(db: Db, id: string, patch: Partial<typeof unentitledRequests.$inferInsert>): Promise<UnentitledRow> {
  const [r] = await db.update(unentitledRequests).set(patch).where(eq(unentitledRequests.id, id)).returning();
  return r!;
}
