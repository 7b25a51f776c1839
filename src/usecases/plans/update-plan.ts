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
 * Changes a plan's label: name, catalogue, rank. Terms change only through
 * versions (createPlanVersion, R-P2). Throws FORBIDDEN, NOT_FOUND.
 */
export async function updatePlan(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; id: string; name?: string; catalogue?: string; rank?: number },
): Promise<PlanView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findPlanRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such plan.');
    const patch = { name: input.name?.trim() ?? cur.name, catalogue: input.catalogue ?? cur.catalogue, rank: input.rank ?? cur.rank };
    const row = await updatePlanRow(tx, cur.id, { ...patch, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'plan.updated', objectType: 'plan', objectId: cur.id, details: patch });
    return presentPlan(row!);
  });
}
