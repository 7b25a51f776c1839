import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketEstimates } from '../../storage/billing-estimates.queries.js';
import { findContactRow } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { applyEstimateDecision } from './apply-estimate-decision.js';
import { assertCustomerAdministrator } from '../../core/billing/billing-access.js';
import type { EstimateView } from '../../presenters/billing/present-estimate.js';
import { Scope } from '../../core/scope.js';

/**
 * R-B4 approval "by replying to the email": for the inbound-mail pipeline,
 * once a reply has been matched to `ticketId` and its sender to
 * `fromContactId` (a stored contact, never an address taken at face value)
 * and `parseEstimateDecision` (core/billing/estimate-reply.ts) found APPROVE or
 * DECLINE. Decides the ticket's sent estimate (channel 'email'). Runs in its
 * own transaction, or nested in the caller's when `deps.db` is a transaction.
 * Throws NOT_FOUND (no such ticket, or the contact is not of the ticket's
 * customer), NOT_CUSTOMER_ADMINISTRATOR, ESTIMATE_STATE_CONFLICT (no estimate
 * waits for a decision: treat the mail as an ordinary reply).
 */
export async function decideEstimateByEmail(
  deps: { db: Db; clock: Clock },
  input: { ticketId: string; fromContactId: string; decision: 'approve' | 'decline'; note?: string },
): Promise<EstimateView> {
  // The mail pipeline acts as the system until the sender is known to be the ticket's customer's contact.
  const ticket = await findTicketRow(deps.db, Scope.system, input.ticketId);
  if (!ticket) throw new DomainError('NOT_FOUND', 'No such ticket.');
  const contact = await findContactRow(deps.db, ticket.customerId, input.fromContactId);
  if (!contact || contact.archivedAt) throw new DomainError('NOT_FOUND', 'No such contact of the ticket\'s customer.');
  const actor: Actor = {
    kind: 'contact', id: contact.id, customerId: contact.customerId, isAuthorized: contact.isAuthorized, isAdministrator: contact.isAdministrator,
    name: contact.name, email: contact.email, locale: contact.locale, timeZone: contact.timeZone,
  };
  assertCustomerAdministrator(actor);
  const { result } = await changeTicket(deps, actor, ticket.id, async (c) => {
    const sent = (await listTicketEstimates(c.tx, Scope.of(actor), c.ticket.id)).find((e) => e.status === 'sent');
    if (!sent) throw new DomainError('ESTIMATE_STATE_CONFLICT', 'No estimate of this ticket waits for a decision.', { needed: 'sent' });
    return applyEstimateDecision(c, sent, { contactId: contact.id, decision: input.decision, note: input.note?.trim() ?? '', channel: 'email' });
  });
  return result;
}
