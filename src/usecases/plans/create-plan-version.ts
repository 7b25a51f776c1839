import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { resolveEffectiveDate } from '../../core/catalogue/effective-date.js';
import { EMPTY_TERMS, mergeTerms } from '../../core/catalogue/plan-terms-defaults.js';
import type { PlanTerms } from '../../core/catalogue/plan-terms-schema.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findLatestPlanVersionRow, findPlanRow, insertPlanVersionRow, updatePlanRow } from '../../storage/plans.queries.js';
import { assertPlanTerms } from './assert-plan-terms.js';
import { presentPlanVersion, termsOf, type PlanVersionView } from '../../presenters/plans/present-plan.js';
import { versionRowValues } from './version-row-values.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * R-P2: edits a plan by adding a version. Fields left out of `terms` are
 * copied from the latest version. effectiveFrom ('YYYY-MM-DD') defaults to,
 * and may not precede, today (UTC) or the day after the latest version.
 * Tickets stay on the version they were registered under.
 * Throws FORBIDDEN, NOT_FOUND, INVALID_PLAN, EFFECTIVE_DATE_TOO_EARLY.
 */
export async function createPlanVersion(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; planId: string; effectiveFrom?: string; terms: Partial<PlanTerms> },
): Promise<PlanVersionView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    // The row lock serialises concurrent edits of one plan (version numbers, effective dates).
    const plan = await findPlanRow(tx, input.planId, { lock: true });
    if (!plan) throw new DomainError('NOT_FOUND', 'No such plan.');
    const latest = await findLatestPlanVersionRow(tx, plan.id);
    const effectiveFrom = resolveEffectiveDate(now, latest?.effectiveFrom ?? null, input.effectiveFrom);
    const terms = mergeTerms(latest ? termsOf(latest) : EMPTY_TERMS, input.terms);
    await assertPlanTerms(tx, terms);
    const version = (latest?.version ?? 0) + 1;
    const v = await insertPlanVersionRow(tx, versionRowValues(plan.id, version, effectiveFrom, terms, input.actor, now));
    await updatePlanRow(tx, plan.id, { updatedAt: now });
    await recordAudit(tx, {
      at: now,
      actor: input.actor,
      action: 'plan.version_created',
      objectType: 'plan',
      objectId: plan.id,
      details: { version, effectiveFrom, changed: Object.keys(input.terms) },
    });
    return presentPlanVersion(v);
  });
}
