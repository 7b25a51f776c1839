import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { countSentNotices, dropPendingNotices, insertNoticeRows } from '../../storage/maintenance-notices.queries.js';
import { findOperationRow, updateOperationRow } from '../../storage/maintenance.queries.js';
import type { MaintenanceView } from '../../presenters/maintenance/present-maintenance.js';
import { getMaintenance } from './read-maintenance.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * Cancels an operation with a reason: notices not yet sent are dropped and,
 * when customers were already told, a cancellation notice goes out (R-M3).
 * The iCalendar feed shows it as CANCELLED. Throws FORBIDDEN, NOT_FOUND,
 * CONFLICT (already cancelled).
 */
export async function cancelMaintenance(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string; reason: string }): Promise<MaintenanceView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  await withTx(deps.db, async (tx) => {
    const cur = await findOperationRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such maintenance operation.');
    if (cur.status === 'cancelled') throw new DomainError('CONFLICT', 'The operation is already cancelled.');
    await dropPendingNotices(tx, { operationId: cur.id }, now);
    const told = (await countSentNotices(tx, cur.id)) > 0;
    const revision = cur.revision + 1;
    await updateOperationRow(tx, cur.id, { status: 'cancelled', cancelReason: input.reason.trim(), cancelledAt: now, revision, updatedAt: now });
    if (told) await insertNoticeRows(tx, [{ operationId: cur.id, revision, key: 'cancelled', dueAt: now, createdAt: now }]);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance.cancelled', objectType: 'maintenance_operation', objectId: cur.id, details: { reason: input.reason.trim(), customersNotified: told } });
  });
  return getMaintenance(deps, { actor: input.actor, id: input.id });
}
