import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { contacts, customers, planVersions, plans } from './schema/index.js';
import type { Scope } from '../core/scope.js';
import { inScope } from './scope-sql.js';

export type PlanVersionRow = typeof planVersions.$inferSelect;

// R-P2: a plan version is never changed once written (an edit makes a new version), so a
// row read once can serve every later recompute in this process (bounded, oldest out first).
const versionCache = new Map<string, PlanVersionRow>();
const VERSION_CACHE_MAX = 1000;

/** A plan version by id; immutable rows are cached per process. */
export async function findPlanVersionById(db: Db, id: string): Promise<PlanVersionRow | null> {
  const hit = versionCache.get(id);
  if (hit) return hit;
  const [v] = await db.select().from(planVersions).where(eq(planVersions.id, id)).limit(1);
  if (!v) return null;
  if (versionCache.size >= VERSION_CACHE_MAX) versionCache.delete(versionCache.keys().next().value!);
  versionCache.set(id, v);
  return v;
}

/** A live contact with its customer's zone, within the scope. */
export async function findRequester(db: Db, contactId: string, scope: Scope) {
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
    .where(and(eq(contacts.id, contactId), isNull(contacts.archivedAt), inScope(scope, contacts.customerId)))
    .limit(1);
  return r ?? null;
}

export async function findPlanName(db: Db, planId: string): Promise<string> {
  const [p] = await db.select({ name: plans.name }).from(plans).where(eq(plans.id, planId)).limit(1);
  return p?.name ?? 'current';
}
