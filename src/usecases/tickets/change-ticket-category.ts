import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import type { Category } from '../../storage/schema/tickets.js';
import { changeTicket } from './change-ticket.js';

/**
 * R-B1..R-B6, R-K8: the request category (bug, configuration error, advice,
 * configuration request, feature suggestion, change request). A first
 * classification needs no reason; a recategorisation does (recorded).
 * Throws NOT_FOUND, REASON_REQUIRED.
 */
export async function changeTicketCategory(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; category: Category; reason?: string }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff classify requests.');
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    const from = c.ticket.category;
    if (from === input.category) return;
    const reason = input.reason?.trim() ?? '';
    if (from !== null && !reason) throw new DomainError('REASON_REQUIRED', 'Say why the category changes.', [{ path: 'body.reason', problem: 'required' }]);
    await c.update({ category: input.category });
    await c.record('category_changed', { from, to: input.category, ...(reason ? { reason } : {}) });
  });
}
