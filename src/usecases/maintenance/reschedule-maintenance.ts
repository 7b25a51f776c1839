import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { dropPendingNotices, insertNoticeRows } from '../../storage/maintenance-notices.queries.js';
import { findMaintenanceTypeRow, findOperationRow, updateOperationRow } from '../../storage/maintenance.queries.js';
import type { LocalizedText } from '../../storage/schema/products.js';
import { assertNoticePeriod, assertTitles, noticeRows } from './operation-input.js';
import { planOperation } from './plan-operation.js';
import type { MaintenanceView } from '../../presenters/maintenance/present-maintenance.js';
import { noticeRuleOf } from '../../presenters/maintenance/present-maintenance-type.js';
import { getMaintenance } from './read-maintenance.js';
import { withTx } from '../../storage/with-tx.js';

export interface MaintenancePatch {
  startsAt?: Date;
  durationMinutes?: number;
  shutsDown?: boolean;
  titles?: LocalizedText;
  descriptions?: LocalizedText;
  override?: { reason: string };
}

/**
 * Changes an operation. New texts only: no new notice. A new start, duration
 * or shutdown flag is a new revision: the notice rule is checked again at
 * `now` (R-M1, refusal or recorded override), the notices not yet sent are
 * dropped and the new revision's notices are written (customers already
 * told hear of the new time). Throws FORBIDDEN, NOT_FOUND, CONFLICT
 * (cancelled), VALIDATION_FAILED, NOTICE_PERIOD_TOO_SHORT.
 */
export async function rescheduleMaintenance(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string; patch: MaintenancePatch }): Promise<MaintenanceView> {
  assertCanEditCatalogue(input.actor);
  const p = input.patch;
  if (p.titles) assertTitles(p.titles);
  const now = deps.clock.now();
  await withTx(deps.db, async (tx) => {
    const cur = await findOperationRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such maintenance operation.');
    if (cur.status === 'cancelled') throw new DomainError('CONFLICT', 'The operation is cancelled.');
    const type = (await findMaintenanceTypeRow(tx, cur.typeId))!;
    const timing = {
      startsAt: p.startsAt ?? cur.startsAt,
      durationMinutes: p.durationMinutes ?? cur.durationMinutes,
      shutsDown: p.shutsDown ?? cur.shutsDown,
      releaseId: cur.releaseId,
    };
    const retimed = timing.startsAt.getTime() !== cur.startsAt.getTime() || timing.durationMinutes !== cur.durationMinutes || timing.shutsDown !== cur.shutsDown;
    const texts = { ...(p.titles ? { titles: p.titles } : {}), ...(p.descriptions ? { descriptions: p.descriptions } : {}) };
    if (!retimed) {
      await updateOperationRow(tx, cur.id, { ...texts, updatedAt: now });
      await recordAudit(tx, { at: now, actor: input.actor, action: 'maintenance.updated', objectType: 'maintenance_operation', objectId: cur.id, details: { fields: Object.keys(texts) } });
      return;
    }
    const plan = await planOperation(tx, type, timing, now);
    assertNoticePeriod(plan, noticeRuleOf(type), now, p.override);
    const overridden = plan.tooLate ? p.override!.reason.trim() : null;
    const revision = cur.revision + 1;
    await dropPendingNotices(tx, { operationId: cur.id }, now);
    await updateOperationRow(tx, cur.id, {
      ...texts,
      ...timing,
      endsAt: plan.endsAt,
      revision,
      noticeRequiredBy: plan.requiredBy,
      overrideReason: overridden,
      overrideBy: overridden ? input.actor.id : null,
      updatedAt: now,
    });
    await insertNoticeRows(tx, noticeRows(cur.id, revision, plan.notices, now));
    await recordAudit(tx, {
      at: now,
      actor: input.actor,
      action: 'maintenance.rescheduled',
      objectType: 'maintenance_operation',
      objectId: cur.id,
      details: { revision, from: cur.startsAt.toISOString(), to: timing.startsAt.toISOString(), ...(overridden ? { overrideReason: overridden, requiredBy: plan.requiredBy?.toISOString() } : {}) },
    });
  });
  return getMaintenance(deps, { actor: input.actor, id: input.id });
}
