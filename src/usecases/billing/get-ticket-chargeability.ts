import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { ticketTimeTotals } from '../../storage/billing-time.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { loadTicketBilling } from './load-ticket-billing.js';
import { presentEstimate } from '../../presenters/billing/present-estimate.js';
import { Scope } from '../../core/scope.js';

/**
 * R-B1..R-B6, R-K8: whether work on a ticket is billable, why (for staff the
 * rule id too; a contact gets plain words only, issue 12 item 13), whether an approved estimate is needed and present, and for
 * staff the time logged. A contact sees its own customer's tickets only
 * (another customer's ticket is NOT_FOUND): the customer knows before
 * billable work starts. Throws NOT_FOUND.
 */
export async function getTicketChargeability(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string }) {
  const ticket = await findTicketRow(deps.db, Scope.of(input.actor), input.ticketId);
  if (!ticket) throw new DomainError('NOT_FOUND', 'No such ticket.');
  const b = await loadTicketBilling(deps.db, ticket);
  const c = b.chargeability;
  const current = b.estimates.find((e) => e.status !== 'draft') ?? null;
  const view = {
    ticketId: ticket.id,
    category: ticket.category,
    reportedOn: b.reportedOn,
    classified: c !== null,
    billable: c?.billable ?? null,
    ruleId: c?.ruleId ?? null,
    reason: c?.reason ?? 'The request is not classified yet; no billable work starts before it is.',
    reasonKey: c?.reasonKey ?? 'not_classified',
    needsEstimate: c?.needsEstimate ?? false,
    dayAfterTakeover: c?.dayAfterTakeover ?? null,
    freeTask: c?.freeTask ?? null,
    freeTasksLeft: c?.freeTasksLeft ?? null,
    billableWorkAllowed: b.gate ? b.gate.allowed : c !== null,
    billableWorkReason: b.gate && !b.gate.allowed ? b.gate.reason : null,
    estimate: current ? presentEstimate(current) : null,
  };
  if (input.actor.kind === 'contact') return { ...view, ruleId: null };
  return { ...view, estimate: b.estimates[0] ? presentEstimate(b.estimates[0]) : null, terms: b.terms, time: await ticketTimeTotals(deps.db, ticket.id) };
}
