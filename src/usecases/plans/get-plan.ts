import type { Actor } from '../../core/actor.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import { pickVersionInForce } from '../../core/catalogue/version-in-force.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow, listPlanVersionRows } from '../../storage/plans.queries.js';
import type { PlanDetail } from '../../views/catalogue.js';
import { presentPlan, presentPlanVersion } from '../../presenters/plans/present-plan.js';
import { authorize, STAFF } from '../../core/access.js';

export type { PlanDetail };

/** A plan with its current terms and its version history (R-P2). Throws NOT_FOUND. */
export async function getPlan(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<PlanDetail> {
  authorize(input.actor, STAFF);
  const plan = await findPlanRow(deps.db, input.id);
  if (!plan) throw new DomainError('NOT_FOUND', 'No such plan.');
  const versions = (await listPlanVersionRows(deps.db, plan.id)).map(presentPlanVersion);
  const current = pickVersionInForce(versions, todayUtc(deps.clock.now()));
  return {
    ...presentPlan(plan),
    current,
    versions: versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, createdAt: v.createdAt })),
  };
}
