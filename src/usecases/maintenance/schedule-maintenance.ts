import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { insertNoticeRows } from '../../storage/maintenance-notices.queries.js';
import { findMaintenanceTypeRow, insertOperationRow } from '../../storage/maintenance.queries.js';
import type { Audience, LocalizedText } from '../../storage/schema/products.js';
import { getMaintenance } from './read-maintenance.js';
import { assertNoticePeriod, assertTargets, assertTitles, noticeRows } from './operation-input.js';
import { planOperation } from './plan-operation.js';
import type { MaintenanceView } from '../../presenters/maintenance/present-maintenance.js';
import { noticeRuleOf } from '../../presenters/maintenance/present-maintenance-type.js';
import { withTx } from '../../storage/with-tx.js';

export interface ScheduleMaintenanceInput {
  actor: Actor;
  typeId: string;
  titles: LocalizedText;
  descriptions?: LocalizedText;
  startsAt: Date;
  /** Default: the type's expected duration. */
  durationMinutes?: number;
  /** Default: the type's; a shutdown gets the extra notices (R-M2). */
  shutsDown?: boolean;
  productId?: string | null;
  /** at_release rule: the release whose publication announces the operation. */
  releaseId?: string | null;
  audience: Audience;
  customerIds?: string[];
  /** R-M1: a manager schedules despite a too-short notice; the reason is recorded and audited. */
  override?: { reason: string };
}

/**
 * R-M1/R-M2/R-M3: schedules a maintenance operation and every notice it
 * needs (written as durable deadlines the sweep sends once each). A start too
 * soon for the type's notice rule is refused with NOTICE_PERIOD_TOO_SHORT
 * (details: requiredBy, earliestStart) unless `override.reason` is given by
 * an admin or manager. Throws FORBIDDEN, NOT_FOUND (type), VALIDATION_FAILED,
 * NOTICE_PERIOD_TOO_SHORT, TIME_OUT_OF_RANGE.
 */
export async function scheduleMaintenance(deps: { db: Db; clock: Clock }, input: ScheduleMaintenanceInput): Promise<MaintenanceView> {
  assertCanEditCatalogue(input.actor);
  assertTitles(input.titles);
  const now = deps.clock.now();
  const id = await withTx(deps.db, async (tx) => {
    const type = await findMaintenanceTypeRow(tx, input.typeId);
    if (!type) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
    if (type.archivedAt) throw new DomainError('VALIDATION_FAILED', 'The maintenance type is archived.', [{ path: 'typeId', problem: 'archived' }]);
    const customerIds = [...new Set(input.customerIds ?? [])];
    await assertTargets(tx, { audience: input.audience, customerIds, productId: input.productId ?? null, releaseId: input.releaseId ?? null });
    const timing = { startsAt: input.startsAt, durationMinutes: input.durationMinutes ?? type.expectedDurationMinutes, shutsDown: input.shutsDown ?? type.shutsDown, releaseId: input.releaseId ?? null };
    const plan = await planOperation(tx, type, timing, now);
    assertNoticePeriod(plan, noticeRuleOf(type), now, input.override);
    const overridden = plan.tooLate ? input.override!.reason.trim() : null;
    const op = await insertOperationRow(
      tx,
      {
        typeId: type.id,
        productId: input.productId ?? null,
        releaseId: timing.releaseId,
        titles: input.titles,
        descriptions: input.descriptions ?? {},
        startsAt: timing.startsAt,
        durationMinutes: timing.durationMinutes,
        endsAt: plan.endsAt,
        shutsDown: timing.shutsDown,
        audience: input.audience,
        noticeRequiredBy: plan.requiredBy,
        overrideReason: overridden,
        overrideBy: overridden ? input.actor.id : null,
        createdBy: input.actor.id,
        createdAt: now,
        updatedAt: now,
      },
      customerIds,
    );
    await insertNoticeRows(tx, noticeRows(op.id, 1, plan.notices, now));
    await recordAudit(tx, {
      at: now,
      actor: input.actor,
      action: 'maintenance.scheduled',
      objectType: 'maintenance_operation',
      objectId: op.id,
      details: { type: type.code, startsAt: op.startsAt.toISOString(), notices: plan.notices.length },
    });
    if (overridden) {
      await recordAudit(tx, {
        at: now,
        actor: input.actor,
        action: 'maintenance.notice_overridden',
        objectType: 'maintenance_operation',
        objectId: op.id,
        details: { reason: overridden, requiredBy: plan.requiredBy?.toISOString(), earliestStart: plan.earliestStart?.toISOString() },
      });
    }
    return op.id;
  });
  return getMaintenance(deps, { actor: input.actor, id });
}
