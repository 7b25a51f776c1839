import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketEstimates as listRows } from '../../storage/billing-estimates.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { presentEstimate, type EstimateView } from '../../presenters/billing/present-estimate.js';
import { isCustomerView, Scope } from '../../core/scope.js';

/**
 * A ticket's estimates, newest version first. Contacts of the ticket's
 * customer see every estimate but drafts; another customer's ticket is
 * NOT_FOUND. Throws NOT_FOUND.
 */
export async function listTicketEstimates(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string }): Promise<{ items: EstimateView[] }> {
  const scope = Scope.of(input.actor);
  const ticket = await findTicketRow(deps.db, scope, input.ticketId);
  if (!ticket) throw new DomainError('NOT_FOUND', 'No such ticket.');
  const rows = await listRows(deps.db, scope, ticket.id);
  return { items: rows.filter((e) => !isCustomerView(scope) || e.status !== 'draft').map(presentEstimate) };
}
