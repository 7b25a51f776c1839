import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findMaintenanceTypeRow, updateMaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from '../../presenters/maintenance/present-maintenance-type.js';
import { withTx } from '../../storage/with-tx.js';
import { type MaintenanceTypeDeps } from './maintenance-type-input.js';

/** Archives a type: no new operations of it. Throws FORBIDDEN, NOT_FOUND. */
export async function archiveMaintenanceType(deps: MaintenanceTypeDeps, input: { actor: Actor; id: string }): Promise<MaintenanceTypeView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  const cur = await findMaintenanceTypeRow(deps.db, input.id);
  if (!cur) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
  if (cur.archivedAt) return presentMaintenanceType(cur);
  return withTx(deps.db, async (tx) => {
    const r = await updateMaintenanceTypeRow(tx, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance_type.archived', objectType: 'maintenance_type', objectId: cur.id });
    return presentMaintenanceType(r!);
  });
}
