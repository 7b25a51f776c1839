import { and, asc, count, desc, eq, ilike, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { plans, planVersions } from './schema/index.js';

export type PlanRow = typeof plans.$inferSelect;
export type PlanVersionRow = typeof planVersions.$inferSelect;

export interface PlanFilter {
  archived?: boolean;
  catalogue?: string;
  q?: string;
  sort?: { field: 'code' | 'name' | 'rank' | 'createdAt'; direction: 'asc' | 'desc' } | null;
}

export async function listPlanRows(db: Db, f: PlanFilter, page: PageRequest): Promise<{ rows: PlanRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.archived === true) where.push(isNotNull(plans.archivedAt));
  if (f.archived === false) where.push(isNull(plans.archivedAt));
  if (f.catalogue !== undefined) where.push(eq(plans.catalogue, f.catalogue));
  if (f.q) where.push(or(ilike(plans.name, containsPattern(f.q)), ilike(plans.code, containsPattern(f.q)))!);
  const cond = where.length ? and(...where) : undefined;
  const col = f.sort ? plans[f.sort.field] : null;
  const order = col ? [f.sort?.direction === 'desc' ? desc(col) : asc(col)] : [asc(plans.catalogue), asc(plans.rank)];
  const rows = await db.select().from(plans).where(cond).orderBy(...order, asc(plans.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(plans).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** The plan row; with lock, held FOR UPDATE until the transaction ends (serialises new versions). */
export async function findPlanRow(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<PlanRow | null> {
  const q = db.select().from(plans).where(eq(plans.id, id)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function findPlanRowByCode(db: Db, code: string): Promise<PlanRow | null> {
  const [r] = await db.select().from(plans).where(sql`lower(${plans.code}) = ${code.toLowerCase()}`).limit(1);
  return r ?? null;
}

export async function insertPlanRow(db: Db, row: typeof plans.$inferInsert): Promise<PlanRow> {
  const [r] = await db.insert(plans).values(row).returning();
  return r!;
}

export async function updatePlanRow(db: Db, id: string, patch: Partial<typeof plans.$inferInsert>): Promise<PlanRow | null> {
  const [r] = await db.update(plans).set(patch).where(eq(plans.id, id)).returning();
  return r ?? null;
}

/** Every version of a plan, oldest first. */
export async function listPlanVersionRows(db: Db, planId: string): Promise<PlanVersionRow[]> {
  return db.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(asc(planVersions.version));
}

export async function findPlanVersionRow(db: Db, planId: string, version: number): Promise<PlanVersionRow | null> {
  const [r] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.version, version)))
    .limit(1);
  return r ?? null;
}

/** The latest version (highest number), or null. */
export async function findLatestPlanVersionRow(db: Db, planId: string): Promise<PlanVersionRow | null> {
  const [r] = await db.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(desc(planVersions.version)).limit(1);
  return r ?? null;
}

/** R-P2: the version in force on a date: latest effective_from on or before it. */
export async function findPlanVersionRowOn(db: Db, planId: string, date: string): Promise<PlanVersionRow | null> {
  const [r] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), lte(planVersions.effectiveFrom, date)))
    .orderBy(desc(planVersions.effectiveFrom))
    .limit(1);
  return r ?? null;
}

export async function insertPlanVersionRow(db: Db, row: typeof planVersions.$inferInsert): Promise<PlanVersionRow> {
  const [r] = await db.insert(planVersions).values(row).returning();
  return r!;
}
