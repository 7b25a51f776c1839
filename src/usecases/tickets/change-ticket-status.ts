import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { TicketStatus } from '../../core/sla/index.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionById } from '../../storage/ticket-context.queries.js';
import { applyFirstResponse, applyStatus } from './support/apply-status.js';
import { changeTicket } from './change-ticket.js';

/**
 * Staff status change (R-K3). Leaving New is the first response only where the
 * plan counts taking the request into evaluation (Altanet, R-K4); elsewhere
 * New → Open needs a reply. Closing a Pending ticket for lack of information
 * belongs to the reminder flow (R-K5), not to this operation.
 * Throws NOT_FOUND, TRANSITION_NOT_ALLOWED.
 */
export async function changeTicketStatus(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; ticketId: string; status: TicketStatus; reason?: string },
) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff change the status.');
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    const from = c.ticket.status;
    if (from === 'pending' && input.status === 'closed') {
      throw new DomainError('TRANSITION_NOT_ALLOWED', 'A pending ticket is closed for lack of information only after a reminder (R-K5).', { from, to: 'closed' });
    }
    if (from === 'new' && input.status === 'open') {
      const pv = await findPlanVersionById(c.tx, c.ticket.planVersionId);
      if (pv?.firstResponseRule !== 'evaluation') {
        throw new DomainError('TRANSITION_NOT_ALLOWED', 'Reply to the customer to open this ticket: the plan counts a reply as the first response (R-K4).', { from, to: 'open', allowed: ['pending', 'on_hold', 'solved'] });
      }
      await applyFirstResponse(c, 'evaluation');
    }
    await applyStatus(c, input.status, input.reason ? { reason: input.reason } : {});
    if (input.status === 'solved' && !c.ticket.outcome) await c.update({ outcome: 'solved' });
  });
}
