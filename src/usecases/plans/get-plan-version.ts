import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRow } from '../../storage/plans.queries.js';
import { presentPlanVersion, type PlanVersionView } from '../../presenters/plans/present-plan.js';
import { authorize, STAFF } from '../../core/access.js';

/** R-P2: one version of a plan; old versions stay readable. Throws NOT_FOUND. */
export async function getPlanVersion(deps: { db: Db }, input: { actor: Actor; planId: string; version: number }): Promise<PlanVersionView> {
  authorize(input.actor, STAFF);
  const v = await findPlanVersionRow(deps.db, input.planId, input.version);
  if (!v) throw new DomainError('NOT_FOUND', 'No such plan version.');
  return presentPlanVersion(v);
}
