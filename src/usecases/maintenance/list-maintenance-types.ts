import type { Db } from '../../storage/db.js';
import { listMaintenanceTypeRows } from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from './present-maintenance-type.js';


export async function listMaintenanceTypes(deps: { db: Db }, input: { archived?: boolean }): Promise<{ items: MaintenanceTypeView[] }> {
  return { items: (await listMaintenanceTypeRows(deps.db, input)).map(presentMaintenanceType) };
}
