import { and, asc, count, desc, eq, ilike, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { calendars, calendarVersions } from './schema/index.js';

export type CalendarRow = typeof calendars.$inferSelect;
export type CalendarVersionRow = typeof calendarVersions.$inferSelect;

export interface CalendarFilter {
  archived?: boolean;
  q?: string;
  sort?: { field: 'code' | 'name' | 'createdAt'; direction: 'asc' | 'desc' } | null;
}

export async function listCalendarRows(db: Db, f: CalendarFilter, page: PageRequest): Promise<{ rows: CalendarRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.archived === true) where.push(isNotNull(calendars.archivedAt));
  if (f.archived === false) where.push(isNull(calendars.archivedAt));
  if (f.q) where.push(or(ilike(calendars.name, containsPattern(f.q)), ilike(calendars.code, containsPattern(f.q)))!);
  const cond = where.length ? and(...where) : undefined;
  const col = calendars[f.sort?.field ?? 'code'];
  const order = f.sort?.direction === 'desc' ? desc(col) : asc(col);
  const rows = await db.select().from(calendars).where(cond).orderBy(order, asc(calendars.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(calendars).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

/** The calendar row; with lock, held FOR UPDATE until the transaction ends (serialises new versions). */
export async function findCalendarRow(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<CalendarRow | null> {
  const q = db.select().from(calendars).where(eq(calendars.id, id)).limit(1);
  const [r] = opts.lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function findCalendarRowByCode(db: Db, code: string): Promise<CalendarRow | null> {
  const [r] = await db.select().from(calendars).where(sql`lower(${calendars.code}) = ${code.toLowerCase()}`).limit(1);
  return r ?? null;
}

export async function insertCalendarRow(db: Db, row: typeof calendars.$inferInsert): Promise<CalendarRow> {
  const [r] = await db.insert(calendars).values(row).returning();
  return r!;
}

export async function updateCalendarRow(db: Db, id: string, patch: Partial<typeof calendars.$inferInsert>): Promise<CalendarRow | null> {
  const [r] = await db.update(calendars).set(patch).where(eq(calendars.id, id)).returning();
  return r ?? null;
}

/** Every version of a calendar, oldest first. */
export async function listCalendarVersionRows(db: Db, calendarId: string): Promise<CalendarVersionRow[]> {
  return db.select().from(calendarVersions).where(eq(calendarVersions.calendarId, calendarId)).orderBy(asc(calendarVersions.version));
}

export async function findCalendarVersionRow(db: Db, calendarId: string, version: number): Promise<CalendarVersionRow | null> {
  const [r] = await db
    .select()
    .from(calendarVersions)
    .where(and(eq(calendarVersions.calendarId, calendarId), eq(calendarVersions.version, version)))
    .limit(1);
  return r ?? null;
}

/** The latest version (highest number), or null. */
export async function findLatestCalendarVersionRow(db: Db, calendarId: string): Promise<CalendarVersionRow | null> {
  const [r] = await db.select().from(calendarVersions).where(eq(calendarVersions.calendarId, calendarId)).orderBy(desc(calendarVersions.version)).limit(1);
  return r ?? null;
}

/** R-T1: the version in force on a date: latest effective_from on or before it. */
export async function findCalendarVersionRowOn(db: Db, calendarId: string, date: string): Promise<CalendarVersionRow | null> {
  const [r] = await db
    .select()
    .from(calendarVersions)
    .where(and(eq(calendarVersions.calendarId, calendarId), lte(calendarVersions.effectiveFrom, date)))
    .orderBy(desc(calendarVersions.effectiveFrom))
    .limit(1);
  return r ?? null;
}

export async function insertCalendarVersionRow(db: Db, row: typeof calendarVersions.$inferInsert): Promise<CalendarVersionRow> {
  const [r] = await db.insert(calendarVersions).values(row).returning();
  return r!;
}
