import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { contacts, customers, users } from './schema/index.js';
import { contactZone } from '../core/zones.js';
import type { Locale } from '../core/enums.js';

export interface RecipientRow {
  kind: 'user' | 'contact';
  id: string;
  address: string;
  name: string;
  locale: Locale;
  timeZone: string;
}

/** Live managers and admins: they hear of breaches and allowance thresholds. */
export async function listManagerRecipients(db: Db): Promise<RecipientRow[]> {
  const rows = await db.select().from(users).where(and(inArray(users.role, ['manager', 'admin']), isNull(users.archivedAt)));
  return rows.map((u) => ({ kind: 'user', id: u.id, address: u.email, name: u.name, locale: u.locale, timeZone: u.timeZone }));
}

export async function findUserRecipient(db: Db, id: string): Promise<RecipientRow | null> {
  const [u] = await db.select().from(users).where(and(eq(users.id, id), isNull(users.archivedAt))).limit(1);
  return u ? { kind: 'user', id: u.id, address: u.email, name: u.name, locale: u.locale, timeZone: u.timeZone } : null;
}

/** A live contact as a recipient; zone falls back to the customer's. */
export async function findContactRecipient(db: Db, id: string): Promise<RecipientRow | null> {
  const [c] = await db
    .select({ c: contacts, zone: customers.timeZone })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(and(eq(contacts.id, id), isNull(contacts.archivedAt)))
    .limit(1);
  if (!c) return null;
  return { kind: 'contact', id: c.c.id, address: c.c.email, name: c.c.name, locale: c.c.locale, timeZone: contactZone(c.c.timeZone, c.zone) };
}

/** The customer's administrator contact (002: the single point for approvals and extra costs). */
export async function findCustomerAdministrator(db: Db, customerId: string): Promise<RecipientRow | null> {
  const [c] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.customerId, customerId), eq(contacts.isAdministrator, true), isNull(contacts.archivedAt)))
    .limit(1);
  return c ? findContactRecipient(db, c.id) : null;
}
