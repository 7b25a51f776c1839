import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { severities } from './schema/index.js';

export type SeverityRow = typeof severities.$inferSelect;

export interface SeverityFilter {
  archived?: boolean;
  q?: string;
  sort?: { field: 'code' | 'rank'; direction: 'asc' | 'desc' } | null;
}

export async function listSeverityRows(db: Db, f: SeverityFilter, page: PageRequest): Promise<{ rows: SeverityRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.archived === true) where.push(isNotNull(severities.archivedAt));
  if (f.archived === false) where.push(isNull(severities.archivedAt));
  if (f.q) where.push(or(ilike(severities.code, containsPattern(f.q)), sql`${severities.names}::text ILIKE ${containsPattern(f.q)}`)!);
  const cond = where.length ? and(...where) : undefined;
  const col = severities[f.sort?.field ?? 'rank'];
  const order = f.sort?.direction === 'desc' ? desc(col) : asc(col);
  const rows = await db.select().from(severities).where(cond).orderBy(order, asc(severities.code)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(severities).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findSeverityRow(db: Db, code: string): Promise<SeverityRow | null> {
  const [r] = await db.select().from(severities).where(eq(severities.code, code)).limit(1);
  return r ?? null;
}

/** Every severity code, archived included (old plan versions may still name them). */
export async function listSeverityCodes(db: Db): Promise<Set<string>> {
  const rows = await db.select({ code: severities.code }).from(severities);
  return new Set(rows.map((r) => r.code));
}

export async function insertSeverityRow(db: Db, row: typeof severities.$inferInsert): Promise<SeverityRow> {
  const [r] = await db.insert(severities).values(row).returning();
  return r!;
}

export async function updateSeverityRow(db: Db, code: string, patch: Partial<typeof severities.$inferInsert>): Promise<SeverityRow | null> {
  const [r] = await db.update(severities).set(patch).where(eq(severities.code, code)).returning();
  return r ?? null;
}
