import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { releaseQuarantinedItem as releaseRow } from '../../storage/sweep-failures.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { ADMINS, authorize } from '../../core/access.js';

/**
 * An administrator hands a quarantined item back to its sweep (after fixing
 * its cause): the next sweep tries it again. Audited. Throws NOT_FOUND.
 */
export async function releaseQuarantinedItem(deps: { db: Db; clock: Clock }, input: { actor: Actor; sweep: string; itemId: string }): Promise<{ released: true }> {
  authorize(input.actor, ADMINS);
  return withTx(deps.db, async (tx) => {
    if (!(await releaseRow(tx, input.sweep, input.itemId))) throw new DomainError('NOT_FOUND', 'No such quarantined item.');
    await recordAudit(tx, { at: deps.clock.now(), actor: input.actor, action: 'sweep.item-released', objectType: 'sweep_item', objectId: `${input.sweep}:${input.itemId}`, details: {} });
    return { released: true };
  });
}
