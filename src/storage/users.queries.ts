import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { contacts, users } from './schema/index.js';
import type { StaffRole } from '../core/enums.js';

export type UserRow = typeof users.$inferSelect;

export interface UserFilter {
  role?: StaffRole;
  archived?: boolean;
  q?: string;
  sort?: { field: 'name' | 'email' | 'createdAt'; direction: 'asc' | 'desc' } | null;
}

export async function listUserRows(db: Db, f: UserFilter, page: PageRequest): Promise<{ rows: UserRow[]; total: number }> {
  const where: SQL[] = [];
  if (f.role) where.push(eq(users.role, f.role));
  if (f.archived === true) where.push(isNotNull(users.archivedAt));
  if (f.archived === false) where.push(isNull(users.archivedAt));
  if (f.q) where.push(or(ilike(users.name, containsPattern(f.q)), ilike(users.email, containsPattern(f.q)))!);
  const cond = where.length ? and(...where) : undefined;
  const col = f.sort ? users[f.sort.field] : users.name;
  const order = f.sort?.direction === 'desc' ? desc(col) : asc(col);
  const rows = await db.select().from(users).where(cond).orderBy(order, asc(users.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(users).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findUserRow(db: Db, id: string): Promise<UserRow | null> {
  const [u] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return u ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [c] = await db.select({ n: count() }).from(users);
  return Number(c?.n ?? 0);
}

/** True when any live user or contact signs in with this email (emails identify one person). */
export async function isEmailTaken(db: Db, email: string, exceptId?: string): Promise<boolean> {
  const e = email.trim().toLowerCase();
  const u = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${e}`, exceptId ? sql`${users.id} <> ${exceptId}` : undefined))
    .limit(1);
  if (u.length) return true;
  const c = await db
    .select({ id: contacts.id })
    .from(contacts)
    // An unconfirmed contact address (typed by a customer's administrator) never blocks its real owner.
    .where(and(sql`lower(${contacts.email}) = ${e}`, isNull(contacts.archivedAt), isNotNull(contacts.emailConfirmedAt), exceptId ? sql`${contacts.id} <> ${exceptId}` : undefined))
    .limit(1);
  return c.length > 0;
}

export async function insertUserRow(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [u] = await db.insert(users).values(row).returning();
  return u!;
}

export async function updateUserRow(db: Db, id: string, patch: Partial<typeof users.$inferInsert>): Promise<UserRow | null> {
  const [u] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return u ?? null;
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const [c] = await db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), isNull(users.archivedAt)));
  return Number(c?.n ?? 0);
}

/** Every vendor user's id, name, role and whether archived, by name: the staff directory (names in history, assignee pickers). */
export async function listStaffDirectory(db: Db): Promise<Array<Pick<UserRow, 'id' | 'name' | 'role' | 'archivedAt'>>> {
  return db.select({ id: users.id, name: users.name, role: users.role, archivedAt: users.archivedAt }).from(users).orderBy(asc(users.name), asc(users.id));
}
