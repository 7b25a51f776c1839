import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow, updatePlanRow } from '../../storage/plans.queries.js';
import { presentPlan, type PlanView } from '../../presenters/plans/present-plan.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * Archives a plan: no new contracts on it; existing contracts and their
 * tickets keep using it (never a hard delete). Idempotent. Throws FORBIDDEN, NOT_FOUND.
 */
export async function archivePlan(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<PlanView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findPlanRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such plan.');
    if (cur.archivedAt) return presentPlan(cur);
    const row = await updatePlanRow(tx, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'plan.archived', objectType: 'plan', objectId: cur.id });
    return presentPlan(row!);
  });
}
