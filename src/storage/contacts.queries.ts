import { and, asc, count, desc, eq, ilike, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PageRequest } from '../core/paging.js';
import type { Db } from './db.js';
import { containsPattern } from './sql-helpers.js';
import { contacts } from './schema/index.js';

// Tenant scoping lives here: every query takes the customerId and filters by it,
// so another customer's contact is simply not found (RULES §1).

export type ContactRow = typeof contacts.$inferSelect;

export interface ContactFilter {
  archived?: boolean;
  authorized?: boolean;
  q?: string;
  sort?: { field: 'name' | 'email' | 'createdAt'; direction: 'asc' | 'desc' } | null;
}

export async function listContactRows(
  db: Db,
  customerId: string,
  f: ContactFilter,
  page: PageRequest,
): Promise<{ rows: ContactRow[]; total: number }> {
  const where: SQL[] = [eq(contacts.customerId, customerId)];
  if (f.archived === true) where.push(isNotNull(contacts.archivedAt));
  if (f.archived === false) where.push(isNull(contacts.archivedAt));
  if (f.authorized !== undefined) where.push(eq(contacts.isAuthorized, f.authorized));
  if (f.q) where.push(or(ilike(contacts.name, containsPattern(f.q)), ilike(contacts.email, containsPattern(f.q)))!);
  const cond = and(...where);
  const col = contacts[f.sort?.field ?? 'name'];
  const order = f.sort?.direction === 'desc' ? desc(col) : asc(col);
  const rows = await db.select().from(contacts).where(cond).orderBy(order, asc(contacts.id)).limit(page.limit).offset(page.offset);
  const [c] = await db.select({ n: count() }).from(contacts).where(cond);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function findContactRow(db: Db, customerId: string, id: string): Promise<ContactRow | null> {
  const [r] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.customerId, customerId), eq(contacts.id, id)))
    .limit(1);
  return r ?? null;
}

/** R-C2: live authorized contacts of a customer, optionally not counting one contact. */
export async function countAuthorizedContacts(db: Db, customerId: string, exceptId?: string): Promise<number> {
  const [c] = await db
    .select({ n: count() })
    .from(contacts)
    .where(
      and(
        eq(contacts.customerId, customerId),
        eq(contacts.isAuthorized, true),
        isNull(contacts.archivedAt),
        exceptId ? ne(contacts.id, exceptId) : undefined,
      ),
    );
  return Number(c?.n ?? 0);
}

/** The customer's live administrator contact (Altanet 002), or null. */
export async function findAdministratorRow(db: Db, customerId: string): Promise<ContactRow | null> {
  const [r] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.customerId, customerId), eq(contacts.isAdministrator, true), isNull(contacts.archivedAt)))
    .limit(1);
  return r ?? null;
}

export async function insertContactRow(db: Db, row: typeof contacts.$inferInsert): Promise<ContactRow> {
  const [r] = await db.insert(contacts).values(row).returning();
  return r!;
}

export async function updateContactRow(
  db: Db,
  customerId: string,
  id: string,
  patch: Partial<typeof contacts.$inferInsert>,
): Promise<ContactRow | null> {
  const [r] = await db
    .update(contacts)
    .set(patch)
    .where(and(eq(contacts.customerId, customerId), eq(contacts.id, id)))
    .returning();
  return r ?? null;
}

/** A live contact by email (case-insensitive), any customer: for sign-in and demo loading, never for portal reads. */
export async function findContactRowByEmail(db: Db, email: string): Promise<ContactRow | null> {
  const [r] = await db
    .select()
    .from(contacts)
    // Only a confirmed address acts by mail (issue 13 item 6): an unconfirmed one may be anyone's.
    .where(and(sql`lower(${contacts.email}) = ${email.trim().toLowerCase()}`, isNull(contacts.archivedAt), isNotNull(contacts.emailConfirmedAt)))
    .limit(1);
  return r ?? null;
}

/**
 * R-C2: a customer's live authorized contacts in cap order: the earliest
 * authorized first (contacts authorized before the column existed by
 * creation), then creation, then id. The intake query orders the same way.
 */
export async function listAuthorizedInCapOrder(db: Db, customerId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.customerId, customerId), eq(contacts.isAuthorized, true), isNull(contacts.archivedAt)))
    .orderBy(sql`coalesce(${contacts.authorizedAt}, ${contacts.createdAt})`, asc(contacts.createdAt), asc(contacts.id));
}
