import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from './change-ticket.js';

/**
 * R-K7: the resolution target applies only when the fix depends entirely on
 * the vendor and the ticket was reported correctly. Waiving it needs a
 * recorded reason; the resolution clock then shows "not applicable".
 */
export async function setResolutionCommitment(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; applies: boolean; reason: string }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff decide this.');
  const reason = input.reason.trim();
  if (!reason) throw new DomainError('REASON_REQUIRED', 'Record why the resolution commitment changes.', [{ path: 'body.reason', problem: 'required' }]);
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (c.ticket.resolutionCommitment === input.applies) return;
    await c.update({ resolutionCommitment: input.applies, resolutionCommitmentReason: input.applies ? null : reason });
    await c.record('commitment_changed', { applies: input.applies, reason });
  });
}
