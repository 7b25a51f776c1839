import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from './change-ticket.js';

/**
 * R-T3 "after estimate" (Altanet): the resolution due instant set per ticket.
 * Throws NOT_FOUND, VALIDATION_FAILED (not after registration).
 */
export async function setTicketEstimate(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; dueAt: Date; note?: string }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff set estimates.');
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (input.dueAt <= c.ticket.registeredAt) {
      throw new DomainError('VALIDATION_FAILED', 'The estimated date must be after registration.', [{ path: 'body.dueAt', problem: 'before registration' }]);
    }
    await c.update({ estimateDueAt: input.dueAt });
    await c.record('estimate_set', { dueAt: input.dueAt.toISOString(), note: input.note ?? '' });
  });
}
