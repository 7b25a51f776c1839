import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db.js';
import { contacts, customers } from './schema/index.js';
import { contactZone } from '../core/zones.js';
import type { Locale } from '../core/enums.js';

/** Who a notice goes to (R-M3, R-V4): every customer, those with a product (or one of its modules) installed, or a list. */
export type AudienceSpec = { kind: 'all' } | { kind: 'product'; productId: string } | { kind: 'customers'; customerIds: string[] };

export interface AudienceRecipient {
  kind: 'contact';
  id: string;
  customerId: string;
  customerName: string;
  address: string;
  name: string;
  locale: Locale;
  /** The contact's zone; the customer's when the contact has none of its own (UTC). */
  timeZone: string;
}

/** SQL condition on customers.id for an audience. */
export function audienceCondition(a: AudienceSpec): SQL {
  if (a.kind === 'all') return sql`true`;
  if (a.kind === 'customers') return a.customerIds.length ? inArray(customers.id, a.customerIds) : sql`false`;
  return sql`EXISTS (SELECT 1 FROM installed_versions iv JOIN products p ON p.id = iv.product_id
    WHERE iv.customer_id = ${customers.id} AND (p.id = ${a.productId}::uuid OR p.parent_id = ${a.productId}::uuid))`;
}

/** Live authorized contacts of the live customers in an audience, ordered for stable batches. */
export async function listAudienceRecipients(db: Db, a: AudienceSpec): Promise<AudienceRecipient[]> {
  const rows = await db
    .select({ c: contacts, customerName: customers.name, customerZone: customers.timeZone })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(and(eq(contacts.isAuthorized, true), isNull(contacts.archivedAt), isNull(customers.archivedAt), audienceCondition(a)))
    .orderBy(contacts.customerId, contacts.id);
  return rows.map((r) => ({
    kind: 'contact',
    id: r.c.id,
    customerId: r.c.customerId,
    customerName: r.customerName,
    address: r.c.email,
    name: r.c.name,
    locale: r.c.locale,
    timeZone: contactZone(r.c.timeZone, r.customerZone),
  }));
}
