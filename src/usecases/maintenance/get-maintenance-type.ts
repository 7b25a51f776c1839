import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findMaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from '../../presenters/maintenance/present-maintenance-type.js';
import { authorize, STAFF } from '../../core/access.js';


/** Throws NOT_FOUND. */
export async function getMaintenanceType(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<MaintenanceTypeView> {
  authorize(input.actor, STAFF);
  const r = await findMaintenanceTypeRow(deps.db, input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
  return presentMaintenanceType(r);
}
