import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { maintenanceOperationCustomers, maintenanceOperations, maintenanceTypes } from './schema/index.js';

export type MaintenanceTypeRow = typeof maintenanceTypes.$inferSelect;
export type OperationRow = typeof maintenanceOperations.$inferSelect;

export async function listMaintenanceTypeRows(db: Db, f: { archived?: boolean }): Promise<MaintenanceTypeRow[]> {
  const cond = f.archived === true ? isNotNull(maintenanceTypes.archivedAt) : f.archived === false ? isNull(maintenanceTypes.archivedAt) : undefined;
  return db.select().from(maintenanceTypes).where(cond).orderBy(asc(maintenanceTypes.code));
}

export async function findMaintenanceTypeRow(db: Db, id: string): Promise<MaintenanceTypeRow | null> {
  const [r] = await db.select().from(maintenanceTypes).where(eq(maintenanceTypes.id, id)).limit(1);
  return r ?? null;
}

export async function findMaintenanceTypeRowByCode(db: Db, code: string): Promise<MaintenanceTypeRow | null> {
  const [r] = await db.select().from(maintenanceTypes).where(sql`lower(${maintenanceTypes.code}) = ${code.toLowerCase()}`).limit(1);
  return r ?? null;
}

export async function insertMaintenanceTypeRow(db: Db, row: typeof maintenanceTypes.$inferInsert): Promise<MaintenanceTypeRow> {
  const [r] = await db.insert(maintenanceTypes).values(row).returning();
  return r!;
}

export async function updateMaintenanceTypeRow(db: Db, id: string, patch: Partial<typeof maintenanceTypes.$inferInsert>): Promise<MaintenanceTypeRow | null> {
  const [r] = await db.update(maintenanceTypes).set(patch).where(eq(maintenanceTypes.id, id)).returning();
  return r ?? null;
}

export async function insertOperationRow(db: Db, row: typeof maintenanceOperations.$inferInsert, customerIds: string[]): Promise<OperationRow> {
  const [r] = await db.insert(maintenanceOperations).values(row).returning();
  if (customerIds.length) await db.insert(maintenanceOperationCustomers).values(customerIds.map((customerId) => ({ operationId: r!.id, customerId })));
  return r!;
}

export async function findOperationRow(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<OperationRow | null> {
  const q = db.select().from(maintenanceOperations).where(eq(maintenanceOperations.id, id)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function updateOperationRow(db: Db, id: string, patch: Partial<typeof maintenanceOperations.$inferInsert>): Promise<OperationRow> {
  const [r] = await db.update(maintenanceOperations).set(patch).where(eq(maintenanceOperations.id, id)).returning();
  return r!;
}

export async function listOperationCustomerIds(db: Db, operationId: string): Promise<string[]> {
  const rows = await db.select().from(maintenanceOperationCustomers).where(eq(maintenanceOperationCustomers.operationId, operationId));
  return rows.map((r) => r.customerId);
}

export interface OperationFilter {
  from?: Date;
  to?: Date;
  status?: 'scheduled' | 'cancelled';
  typeId?: string;
  productId?: string;
}

function filterConditions(f: OperationFilter): SQL[] {
  const where: SQL[] = [];
  if (f.from) where.push(gte(maintenanceOperations.endsAt, f.from));
  if (f.to) where.push(lte(maintenanceOperations.startsAt, f.to));
  if (f.status) where.push(eq(maintenanceOperations.status, f.status));
  if (f.typeId) where.push(eq(maintenanceOperations.typeId, f.typeId));
  if (f.productId) where.push(eq(maintenanceOperations.productId, f.productId));
  return where;
}

/** Vendor view: every operation, soonest first. */
export async function listOperationRows(db: Db, f: OperationFilter, page: PageRequest): Promise<{ rows: OperationRow[]; total: number }> {
  const cond = and(...filterConditions(f));
  const rows = await db.select().from(maintenanceOperations).where(cond).orderBy(asc(maintenanceOperations.startsAt), asc(maintenanceOperations.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(maintenanceOperations).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/**
 * R-M3 tenancy: an operation concerns a customer by its audience, and the
 * customer sees it once announced: a notice went out, or one fell due before
 * it was dropped (the portal does not wait for the worker, and a cancelled or
 * rescheduled operation stays visible, as CANCELLED in the calendar feed).
 */
function visibleTo(customerId: string, now: Date): SQL {
  return sql`(
    (${maintenanceOperations.audience} = 'all'
      OR (${maintenanceOperations.audience} = 'customers' AND EXISTS (SELECT 1 FROM maintenance_operation_customers mc
            WHERE mc.operation_id = ${maintenanceOperations.id} AND mc.customer_id = ${customerId}::uuid))
      OR (${maintenanceOperations.audience} = 'product' AND EXISTS (SELECT 1 FROM installed_versions iv JOIN products p ON p.id = iv.product_id
            WHERE iv.customer_id = ${customerId}::uuid AND (p.id = ${maintenanceOperations.productId} OR p.parent_id = ${maintenanceOperations.productId}))))
    AND EXISTS (SELECT 1 FROM maintenance_notices n WHERE n.operation_id = ${maintenanceOperations.id}
      AND (n.sent_at IS NOT NULL OR n.due_at <= LEAST(COALESCE(n.dropped_at, ${now.toISOString()}::timestamptz), ${now.toISOString()}::timestamptz))))`;
}

export async function listVisibleOperationRows(db: Db, customerId: string, now: Date, f: OperationFilter, page: PageRequest): Promise<{ rows: OperationRow[]; total: number }> {
  const cond = and(visibleTo(customerId, now), ...filterConditions(f));
  const rows = await db.select().from(maintenanceOperations).where(cond).orderBy(desc(maintenanceOperations.startsAt), asc(maintenanceOperations.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(maintenanceOperations).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findVisibleOperationRow(db: Db, customerId: string, now: Date, id: string): Promise<OperationRow | null> {
  const [r] = await db.select().from(maintenanceOperations).where(and(eq(maintenanceOperations.id, id), visibleTo(customerId, now))).limit(1);
  return r ?? null;
}
