import type { Entitlements } from '../../core/catalogue/plan-terms-schema.js';
import { listActiveContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow, findPlanVersionRowOn } from '../../storage/plans.queries.js';

export interface PlanLevel {
  planId: string;
  code: string;
  name: string;
  version: number;
  entitlements: Entitlements;
}

/** R-V5 as data: a plan's upgrade entitlements in the version in force on `date` ('YYYY-MM-DD'); null when none is. */
export async function planLevelOn(db: Db, planId: string, date: string): Promise<PlanLevel | null> {
  const plan = await findPlanRow(db, planId);
  const v = plan ? await findPlanVersionRowOn(db, planId, date) : null;
  if (!plan || !v) return null;
  return { planId, code: plan.code, name: plan.name, version: v.version, entitlements: v.entitlements as Entitlements };
}

/**
 * The contract level of a customer on `date` (R-P3, R-V5): among its live
 * contracts active that day, the plan with the highest rank (the most
 * coverage); null when no contract is in force.
 */
export async function customerLevelOn(db: Db, customerId: string, date: string): Promise<PlanLevel | null> {
  let best: { rank: number; level: PlanLevel } | null = null;
  for (const c of await listActiveContractRows(db, customerId, date)) {
    const plan = await findPlanRow(db, c.planId);
    const level = await planLevelOn(db, c.planId, date);
    if (plan && level && (!best || plan.rank > best.rank)) best = { rank: plan.rank, level };
  }
  return best?.level ?? null;
}
