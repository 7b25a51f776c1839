import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findMaintenanceTypeRowByCode, insertMaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from '../../presenters/maintenance/present-maintenance-type.js';
import { withTx } from '../../storage/with-tx.js';
import { checkNoticeCalendar, type MaintenanceTypeDeps, type MaintenanceTypeInput } from './maintenance-type-input.js';

/** R-M1: maintenance types are data. Throws FORBIDDEN, VALIDATION_FAILED (calendar), CONFLICT (code in use). */
export async function createMaintenanceType(deps: MaintenanceTypeDeps, input: { actor: Actor; type: MaintenanceTypeInput }): Promise<MaintenanceTypeView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  const t = input.type;
  return withTx(deps.db, async (tx) => {
    await checkNoticeCalendar(tx, t.noticeRule, t.calendarId ?? null);
    if (await findMaintenanceTypeRowByCode(tx, t.code)) throw new DomainError('CONFLICT', `A maintenance type ${t.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    const r = await insertMaintenanceTypeRow(tx, { ...t, calendarId: t.calendarId ?? null, createdAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance_type.created', objectType: 'maintenance_type', objectId: r.id, details: { code: r.code } });
    return presentMaintenanceType(r);
  });
}
