import type { Actor } from '../../core/actor.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRowOn } from '../../storage/plans.queries.js';
import { presentPlanVersion, type PlanVersionView } from '../../presenters/plans/present-plan.js';
import { authorize, STAFF } from '../../core/access.js';

/**
 * R-P2: the plan version in force on a date ('YYYY-MM-DD'): the latest
 * effective date on or before it; null before version 1. Tickets are stamped
 * with it at registration.
 */
export async function findPlanVersionOn(deps: { db: Db }, input: { actor: Actor; planId: string; date: string }): Promise<PlanVersionView | null> {
  authorize(input.actor, STAFF);
  const v = await findPlanVersionRowOn(deps.db, input.planId, input.date);
  return v ? presentPlanVersion(v) : null;
}
