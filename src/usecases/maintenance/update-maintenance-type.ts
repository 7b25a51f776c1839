import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import { DomainError } from '../../core/errors.js';
import type { MaintenanceTypeDefinition } from '../../core/maintenance/notice-rule.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findMaintenanceTypeRow, findMaintenanceTypeRowByCode, updateMaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import { presentMaintenanceType, type MaintenanceTypeView } from '../../presenters/maintenance/present-maintenance-type.js';
import { withTx } from '../../storage/with-tx.js';
import { checkNoticeCalendar, type MaintenanceTypeDeps, type MaintenanceTypeInput } from './maintenance-type-input.js';

/**
 * Changes a type. Operations already scheduled keep the notices computed
 * when they were scheduled; the change applies to the next scheduling.
 * Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, CONFLICT.
 */
export async function updateMaintenanceType(deps: MaintenanceTypeDeps, input: { actor: Actor; id: string; patch: Partial<MaintenanceTypeInput> }): Promise<MaintenanceTypeView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findMaintenanceTypeRow(tx, input.id);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
    const p = input.patch;
    await checkNoticeCalendar(tx, p.noticeRule ?? (cur.noticeRule as MaintenanceTypeDefinition['noticeRule']), p.calendarId !== undefined ? p.calendarId : cur.calendarId);
    if (p.code !== undefined && p.code.toLowerCase() !== cur.code.toLowerCase() && (await findMaintenanceTypeRowByCode(tx, p.code))) {
      throw new DomainError('CONFLICT', `A maintenance type ${p.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const r = await updateMaintenanceTypeRow(tx, cur.id, { ...p, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance_type.updated', objectType: 'maintenance_type', objectId: cur.id, details: { fields: Object.keys(p) } });
    return presentMaintenanceType(r!);
  });
}
