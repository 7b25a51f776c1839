import type { Actor } from '../../core/actor.js';
import type { Db } from '../../storage/db.js';
import { listMaintenanceTypeRows } from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from '../../presenters/maintenance/present-maintenance-type.js';
import { authorize, STAFF } from '../../core/access.js';


export async function listMaintenanceTypes(deps: { db: Db }, input: { actor: Actor; archived?: boolean }): Promise<{ items: MaintenanceTypeView[] }> {
  authorize(input.actor, STAFF);
  return { items: (await listMaintenanceTypeRows(deps.db, input)).map(presentMaintenanceType) };
}
