import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from './change-ticket.js';
import { findMinimumResolution } from './find-minimum-resolution.js';

/**
 * R-T3 "after estimate" (Altanet): the resolution due instant set per ticket, kept exactly (R-T5).
 * A date earlier than the plan's minimum resolution time (seed 002, indicative) needs an explicit
 * confirmation with a reason, recorded in the history.
 * Throws NOT_FOUND, VALIDATION_FAILED (not after registration), ESTIMATE_BEFORE_MINIMUM.
 */
export async function setTicketEstimate(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; ticketId: string; dueAt: Date; note?: string; belowMinimumReason?: string },
) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff set estimates.');
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (input.dueAt <= c.ticket.registeredAt) {
      throw new DomainError('VALIDATION_FAILED', 'The estimated date must be after registration.', [{ path: 'body.dueAt', problem: 'before registration' }]);
    }
    const minimum = await findMinimumResolution(c.tx, c.ticket, c.now);
    const below = minimum !== null && input.dueAt < minimum;
    const reason = input.belowMinimumReason?.trim() ?? '';
    if (below && !reason) {
      throw new DomainError('ESTIMATE_BEFORE_MINIMUM', 'The date is earlier than the minimum resolution time of the plan; confirm it with a reason.', {
        minimumResolutionAt: minimum.toISOString(),
      });
    }
    await c.update({ estimateDueAt: input.dueAt });
    await c.record('estimate_set', {
      dueAt: input.dueAt.toISOString(),
      note: input.note ?? '',
      ...(below ? { belowMinimum: { minimumResolutionAt: minimum.toISOString(), reason } } : {}),
    });
  });
}
