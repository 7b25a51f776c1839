import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketEstimates } from '../../storage/billing-estimates.queries.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { applyEstimateDecision } from './apply-estimate-decision.js';
import { assertCustomerAdministrator } from '../../core/billing/billing-access.js';
import type { EstimateView } from '../../presenters/billing/present-estimate.js';
import { Scope } from '../../core/scope.js';

/**
 * R-B4/R-B6 in the portal: the customer's administrator approves or declines
 * a sent estimate of its own customer's ticket (another customer's is
 * NOT_FOUND). Throws NOT_CUSTOMER_ADMINISTRATOR, NOT_FOUND, ESTIMATE_STATE_CONFLICT.
 */
export async function decideEstimate(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; ticketId: string; estimateId: string; decision: 'approve' | 'decline'; note?: string },
): Promise<EstimateView> {
  const actor = input.actor;
  if (actor.kind !== 'contact') throw new DomainError('FORBIDDEN', 'Only a customer contact decides an estimate.');
  const { result } = await changeTicket(deps, actor, input.ticketId, async (c) => {
    assertCustomerAdministrator(actor);
    const e = (await listTicketEstimates(c.tx, Scope.of(actor), c.ticket.id)).find((x) => x.id === input.estimateId);
    if (!e || e.status === 'draft') throw new DomainError('NOT_FOUND', 'No such estimate.');
    return applyEstimateDecision(c, e, { contactId: actor.id, decision: input.decision, note: input.note?.trim() ?? '', channel: 'portal' });
  });
  return result;
}
