import { and, asc, count, desc, eq, gte, ilike, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { CapSource } from '../core/contracts/authorized-cap.js';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { rowsOf } from './migrate.js';
import { contracts } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';

// Tenant scoping: every function takes customerId; staff-wide reads pass null
// explicitly, so a portal caller can never forget the filter.

export type ContractRow = typeof contracts.$inferSelect;

export interface ContractFilter {
  planId?: string;
  archived?: boolean;
  /** Only contracts active on this date ('YYYY-MM-DD', R-P3). */
  activeOn?: string;
  q?: string;
  sort?: { field: 'startDate' | 'endDate' | 'reference' | 'createdAt'; direction: 'asc' | 'desc' } | null;
}

function activeOn(date: string): SQL {
  return and(lte(contracts.startDate, date), or(isNull(contracts.endDate), gte(contracts.endDate, date)))!;
}

export async function listContractRows(
  db: Db,
  scope: Scope,
  f: ContractFilter,
  page: PageRequest,
): Promise<{ rows: ContractRow[]; total: number }> {
  const where: SQL[] = [];
  const scoped = inScope(scope, contracts.customerId);
  if (scoped) where.push(scoped);
  if (f.planId) where.push(eq(contracts.planId, f.planId));
  if (f.archived === true) where.push(isNotNull(contracts.archivedAt));
  if (f.archived === false) where.push(isNull(contracts.archivedAt));
  if (f.activeOn) where.push(activeOn(f.activeOn));
  if (f.q) where.push(ilike(contracts.reference, containsPattern(f.q)));
  const cond = where.length ? and(...where) : undefined;
  const col = contracts[f.sort?.field ?? 'startDate'];
  const order = f.sort?.direction === 'asc' || !f.sort ? asc(col) : desc(col);
  const rows = await db.select().from(contracts).where(cond).orderBy(order, asc(contracts.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(contracts).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findContractRow(db: Db, scope: Scope, id: string): Promise<ContractRow | null> {
  const [r] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, id), inScope(scope, contracts.customerId)))
    .limit(1);
  return r ?? null;
}

/** R-P3: the customer's live contracts active on a date, earliest start first. */
export async function listActiveContractRows(db: Db, customerId: string, date: string): Promise<ContractRow[]> {
  return db
    .select()
    .from(contracts)
    .where(and(eq(contracts.customerId, customerId), isNull(contracts.archivedAt), activeOn(date)))
    .orderBy(asc(contracts.startDate), asc(contracts.id));
}

/**
 * R-C2: for each live contract of the customer that has not ended by `today`
 * (current or future), the authorized-contacts cap of the plan version in
 * force on the later of today and the contract's start date.
 */
export async function listCapSources(db: Db, customerId: string, today: string): Promise<CapSource[]> {
  const res = await db.execute(sql`
    SELECT c.id AS contract_id, v.max_authorized_contacts
    FROM contracts c
    JOIN LATERAL (
      SELECT pv.max_authorized_contacts FROM plan_versions pv
      WHERE pv.plan_id = c.plan_id AND pv.effective_from <= greatest(c.start_date, ${today}::date)
      ORDER BY pv.effective_from DESC LIMIT 1
    ) v ON true
    WHERE c.customer_id = ${customerId} AND c.archived_at IS NULL
      AND (c.end_date IS NULL OR c.end_date >= ${today}::date)`);
  return rowsOf<{ contract_id: string; max_authorized_contacts: number | null }>(res).map((r) => ({
    contractId: r.contract_id,
    maxAuthorizedContacts: r.max_authorized_contacts,
  }));
}

export async function insertContractRow(db: Db, row: typeof contracts.$inferInsert): Promise<ContractRow> {
  const [r] = await db.insert(contracts).values(row).returning();
  return r!;
}

export async function updateContractRow(db: Db, id: string, patch: Partial<typeof contracts.$inferInsert>): Promise<ContractRow | null> {
  const [r] = await db.update(contracts).set(patch).where(eq(contracts.id, id)).returning();
  return r ?? null;
}
