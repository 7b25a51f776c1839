import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { insertEstimateRow, listTicketEstimates, nextEstimateVersion, replacePhaseRows } from '../../storage/billing-estimates.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { assertStaff } from '../../core/billing/billing-access.js';
import { normalizeEstimate, type EstimateInput } from './estimate-input.js';
import { ESTIMATE_CATEGORIES } from './load-ticket-billing.js';
import { presentEstimate, type EstimateView } from '../../presenters/billing/present-estimate.js';
import { Scope } from '../../core/scope.js';

/**
 * R-B4/R-B6: a draft estimate on a configuration or change request, in the
 * customer's currency, as the next version. One estimate at a time is in the
 * making (draft or sent). Recorded in the ticket history (internal).
 * Throws FORBIDDEN, NOT_FOUND, ESTIMATE_NOT_APPLICABLE, ESTIMATE_STATE_CONFLICT, VALIDATION_FAILED.
 */
export async function createEstimate(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string } & EstimateInput): Promise<EstimateView> {
  assertStaff(input.actor);
  const { result } = await changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (!(ESTIMATE_CATEGORIES as readonly string[]).includes(c.ticket.category ?? '')) {
      throw new DomainError('ESTIMATE_NOT_APPLICABLE', 'Classify the ticket as a configuration request or change request first (R-K8).', { category: c.ticket.category });
    }
    const open = (await listTicketEstimates(c.tx, Scope.of(input.actor), c.ticket.id)).find((e) => e.status === 'draft' || e.status === 'sent');
    if (open) throw new DomainError('ESTIMATE_STATE_CONFLICT', `Estimate ${open.version} is still ${open.status}.`, { estimateId: open.id, status: open.status });
    const n = normalizeEstimate(input, c.ticket.subject);
    const customer = await findCustomerRow(c.tx, c.ticket.customerId);
    const version = await nextEstimateVersion(c.tx, c.ticket.id);
    const e = await insertEstimateRow(c.tx, {
      ticketId: c.ticket.id, customerId: c.ticket.customerId, version, currency: customer?.currency ?? 'EUR',
      minutes: n.minutes, priceCents: n.priceCents, note: n.note, createdAt: c.now, createdBy: c.actor.id,
    });
    const phases = await replacePhaseRows(c.tx, e.id, n.phases);
    await c.record('estimate_created', { estimateId: e.id, version, minutes: n.minutes, priceCents: n.priceCents, currency: e.currency }, true);
    return presentEstimate({ ...e, phases });
  });
  return result;
}
