import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { contacts, customers, planVersions, plans } from './schema/index.js';

export type PlanVersionRow = typeof planVersions.$inferSelect;

export async function findPlanVersionById(db: Db, id: string): Promise<PlanVersionRow | null> {
  const [v] = await db.select().from(planVersions).where(eq(planVersions.id, id)).limit(1);
  return v ?? null;
}

/** A live contact with its customer's zone; customerId scopes it when given. */
export async function findRequester(db: Db, contactId: string, customerId: string | null) {
  const [r] = await db
    .select({
      id: contacts.id,
      customerId: contacts.customerId,
      email: contacts.email,
      name: contacts.name,
      isAuthorized: contacts.isAuthorized,
      customerZone: customers.timeZone,
      customerArchived: customers.archivedAt,
    })
    .from(contacts)
    .innerJoin(customers, eq(customers.id, contacts.customerId))
    .where(and(eq(contacts.id, contactId), isNull(contacts.archivedAt), customerId ? eq(contacts.customerId, customerId) : undefined))
    .limit(1);
  return r ?? null;
}

export async function findPlanName(db: Db, planId: string): Promise<string> {
  const [p] = await db.select({ name: plans.name }).from(plans).where(eq(plans.id, planId)).limit(1);
  return p?.name ?? 'current';
}
