import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow, listPlanVersionRows } from '../../storage/plans.queries.js';
import { presentPlanVersion, type PlanVersionView } from '../../presenters/plans/present-plan.js';
import { authorize, STAFF } from '../../core/access.js';

/** R-P2: every version of a plan with its terms, oldest first. Throws NOT_FOUND. */
export async function listPlanVersions(deps: { db: Db }, input: { actor: Actor; planId: string }): Promise<PlanVersionView[]> {
  authorize(input.actor, STAFF);
  if (!(await findPlanRow(deps.db, input.planId))) throw new DomainError('NOT_FOUND', 'No such plan.');
  return (await listPlanVersionRows(deps.db, input.planId)).map(presentPlanVersion);
}
