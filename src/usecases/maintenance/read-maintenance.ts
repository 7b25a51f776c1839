import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { countDeliveries, listNoticeRows } from '../../storage/maintenance-notices.queries.js';
import { findMaintenanceTypeRow, findOperationRow, listOperationCustomerIds, listOperationRows, type OperationFilter, type OperationRow } from '../../storage/maintenance.queries.js';
import { presentMaintenance, presentNotice, type MaintenanceView } from '../../presenters/maintenance/present-maintenance.js';
import { authorize, STAFF } from '../../core/access.js';

async function view(db: Db, o: OperationRow): Promise<MaintenanceView> {
  const type = await findMaintenanceTypeRow(db, o.typeId);
  const notices = await listNoticeRows(db, { operationId: o.id });
  const counts = await countDeliveries(db, notices.map((n) => n.id));
  return presentMaintenance(o, type!, await listOperationCustomerIds(db, o.id), notices.map((n) => presentNotice(n, counts.get(n.id) ?? 0)));
}

/** Vendor view of one operation with its notices and delivery counts. Throws NOT_FOUND. */
export async function getMaintenance(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<MaintenanceView> {
  authorize(input.actor, STAFF);
  const o = await findOperationRow(deps.db, input.id);
  if (!o) throw new DomainError('NOT_FOUND', 'No such maintenance operation.');
  return view(deps.db, o);
}

/** Vendor view: operations overlapping [from, to], soonest first. */
export async function listMaintenance(deps: { db: Db }, input: OperationFilter & { actor: Actor; limit?: number; offset?: number }): Promise<Page<MaintenanceView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listOperationRows(deps.db, input, page);
  const items: MaintenanceView[] = [];
  for (const o of rows) items.push(await view(deps.db, o));
  return { items, total, ...page };
}
