import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findMaintenanceTypeRow } from '../../storage/maintenance.queries.js';
import type { MaintenancePreview } from '../../views/maintenance.js';
import { planOperation } from './plan-operation.js';
import { authorize, MANAGERS } from '../../core/access.js';

export type { MaintenancePreview };

/**
 * R-M1: what scheduling would compute, without saving: every notice instant,
 * the required-by instant and the earliest allowed start. For forms that
 * warn before the manager submits. Throws NOT_FOUND, VALIDATION_FAILED, TIME_OUT_OF_RANGE.
 */
export async function previewMaintenance(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; typeId: string; startsAt: Date; durationMinutes?: number; shutsDown?: boolean; releaseId?: string | null },
): Promise<MaintenancePreview> {
  authorize(input.actor, MANAGERS);
  const type = await findMaintenanceTypeRow(deps.db, input.typeId);
  if (!type) throw new DomainError('NOT_FOUND', 'No such maintenance type.');
  const p = await planOperation(
    deps.db,
    type,
    { startsAt: input.startsAt, durationMinutes: input.durationMinutes ?? type.expectedDurationMinutes, shutsDown: input.shutsDown ?? type.shutsDown, releaseId: input.releaseId ?? null },
    deps.clock.now(),
  );
  return {
    startsAt: input.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
    requiredBy: p.requiredBy?.toISOString() ?? null,
    tooLate: p.tooLate,
    earliestStart: p.earliestStart?.toISOString() ?? null,
    countedWorkingDays: p.countedWorkingDays,
    notices: p.notices.map((n) => ({ ...n, dueAt: n.dueAt?.toISOString() ?? null })),
    timeZone: p.timeZone,
  };
}
