import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketEstimates, replacePhaseRows, updateEstimateRow } from '../../storage/billing-estimates.queries.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { assertStaff } from '../../core/billing/billing-access.js';
import { normalizeEstimate, type EstimateInput } from './estimate-input.js';
import { presentEstimate, type EstimateView } from '../../presenters/billing/present-estimate.js';
import { Scope } from '../../core/scope.js';

/**
 * Replaces a draft estimate's hours, price, phases and note (a sent estimate
 * is fixed: make a new version after a decline).
 * Throws FORBIDDEN, NOT_FOUND, ESTIMATE_STATE_CONFLICT, VALIDATION_FAILED.
 */
export async function updateEstimate(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; estimateId: string } & EstimateInput): Promise<EstimateView> {
  assertStaff(input.actor);
  const { result } = await changeTicket(deps, input.actor, input.ticketId, async (c) => {
    const e = (await listTicketEstimates(c.tx, Scope.of(input.actor), c.ticket.id)).find((x) => x.id === input.estimateId);
    if (!e) throw new DomainError('NOT_FOUND', 'No such estimate.');
    if (e.status !== 'draft') throw new DomainError('ESTIMATE_STATE_CONFLICT', `The estimate is ${e.status}; only a draft changes.`, { status: e.status, needed: 'draft' });
    const n = normalizeEstimate(input, c.ticket.subject);
    const row = await updateEstimateRow(c.tx, e.id, { minutes: n.minutes, priceCents: n.priceCents, note: n.note });
    const phases = await replacePhaseRows(c.tx, e.id, n.phases);
    await c.record('estimate_updated', { estimateId: e.id, version: e.version, minutes: n.minutes, priceCents: n.priceCents }, true);
    return presentEstimate({ ...row, phases });
  });
  return result;
}
