import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import { EMPTY_TERMS, mergeTerms } from '../../core/catalogue/plan-terms-defaults.js';
import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanRowByCode, insertPlanRow, insertPlanVersionRow } from '../../storage/plans.queries.js';
import { assertPlanTerms } from './assert-plan-terms.js';
import { versionRowValues } from './version-row-values.js';
import { presentPlan, presentPlanVersion, type PlanVersionView, type PlanView } from '../../presenters/plans/present-plan.js';
import { withTx } from '../../storage/with-tx.js';

export interface CreatePlanInput {
  actor: Actor;
  code: string;
  name: string;
  catalogue?: string;
  rank?: number;
  /** Version 1's effective date, any date. Default: today (UTC). */
  effectiveFrom?: string;
  /** Missing fields take EMPTY_TERMS values (no calendar, no channels, no caps, no targets). */
  terms: Partial<PlanTerms>;
}

/** R-P1/R-P2: creates a plan and its version 1. Throws FORBIDDEN, CONFLICT (code in use), INVALID_PLAN. */
export async function createPlan(
  deps: { db: Db; clock: Clock },
  input: CreatePlanInput,
): Promise<{ plan: PlanView; version: PlanVersionView }> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  const terms = mergeTerms(EMPTY_TERMS, input.terms);
  return withTx(deps.db, async (tx) => {
    if (await findPlanRowByCode(tx, input.code)) {
      throw new DomainError('CONFLICT', `A plan with code ${input.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    await assertPlanTerms(tx, terms);
    const plan = await insertPlanRow(tx, {
      code: input.code.trim(),
      name: input.name.trim(),
      catalogue: input.catalogue ?? '',
      rank: input.rank ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    const v = await insertPlanVersionRow(tx, versionRowValues(plan.id, 1, input.effectiveFrom ?? todayUtc(now), terms, input.actor, now));
    await recordAudit(tx, { at: now, actor: input.actor, action: 'plan.created', objectType: 'plan', objectId: plan.id, details: { code: plan.code } });
    return { plan: presentPlan(plan), version: presentPlanVersion(v) };
  });
}
