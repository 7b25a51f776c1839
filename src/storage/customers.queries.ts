import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { customers } from './schema/index.js';

export type CustomerRow = typeof customers.$inferSelect;

export interface CustomerFilter {
  archived?: boolean;
  q?: string;
  sort?: { field: 'code' | 'name' | 'createdAt'; direction: 'asc' | 'desc' } | null;
}

export async function listCustomerRows(db: Db, f: CustomerFilter, page: PageRequest): Promise<{ rows: CustomerRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.archived === true) where.push(isNotNull(customers.archivedAt));
  if (f.archived === false) where.push(isNull(customers.archivedAt));
  if (f.q) where.push(or(ilike(customers.name, containsPattern(f.q)), ilike(customers.code, containsPattern(f.q)))!);
  const cond = where.length ? and(...where) : undefined;
  const col = customers[f.sort?.field ?? 'name'];
  const order = f.sort?.direction === 'desc' ? desc(col) : asc(col);
  const rows = await db.select().from(customers).where(cond).orderBy(order, asc(customers.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(customers).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/**
 * The customer row. With lock it is held FOR UPDATE until the transaction
 * ends: contact writes lock their customer so the R-C2 cap check and the
 * administrator switch are serialised per customer.
 */
export async function findCustomerRow(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<CustomerRow | null> {
  const q = db.select().from(customers).where(eq(customers.id, id)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function findCustomerRowByCode(db: Db, code: string): Promise<CustomerRow | null> {
  const [r] = await db.select().from(customers).where(sql`lower(${customers.code}) = ${code.toLowerCase()}`).limit(1);
  return r ?? null;
}

export async function insertCustomerRow(db: Db, row: typeof customers.$inferInsert): Promise<CustomerRow> {
  const [r] = await db.insert(customers).values(row).returning();
  return r!;
}

export async function updateCustomerRow(db: Db, id: string, patch: Partial<typeof customers.$inferInsert>): Promise<CustomerRow | null> {
  const [r] = await db.update(customers).set(patch).where(eq(customers.id, id)).returning();
  return r ?? null;
}
