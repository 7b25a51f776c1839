import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { applyStatus } from './support/apply-status.js';
import { changeTicket } from './change-ticket.js';

export type OutcomeInput =
  | { outcome: 'development_task'; taskCode: string; approxStart?: string | null; approxEnd?: string | null; note?: string }
  | { outcome: 'outside_vendor_control'; note: string }
  | { outcome: 'back_in_vendor_control'; note?: string };

/**
 * R-K6 outcomes. A development task closes the ticket and gives the customer
 * the task's code and approximate dates. Outside the vendor's control (a
 * third-party outage, an OS or database bug) pauses the resolution clock
 * (R-S2) until the agent records that it is back in the vendor's hands.
 * "Closed for lack of information" is the reminder flow's (R-K5).
 * Throws NOT_FOUND, TRANSITION_NOT_ALLOWED, REASON_REQUIRED.
 */
export async function setTicketOutcome(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string } & OutcomeInput) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff set outcomes.');
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (c.ticket.status === 'closed') throw new DomainError('TRANSITION_NOT_ALLOWED', 'The ticket is closed.', { from: 'closed' });
    if (input.outcome === 'development_task') {
      const details = { taskCode: input.taskCode, approxStart: input.approxStart ?? null, approxEnd: input.approxEnd ?? null, note: input.note ?? '' };
      await c.update({ outcome: 'development_task', outcomeDetails: details });
      await c.record('outcome_set', { outcome: 'development_task', ...details });
      const from = c.ticket.status;
      await c.update({ status: 'closed', closedAt: c.now });
      await c.record('status_changed', { from, to: 'closed', cause: 'development_task' });
      return;
    }
    if (input.outcome === 'outside_vendor_control') {
      if (!input.note.trim()) throw new DomainError('REASON_REQUIRED', 'Say what is outside our control.', [{ path: 'body.note', problem: 'required' }]);
      await c.update({ outcome: 'outside_vendor_control', outcomeDetails: { note: input.note.trim() } });
      await c.record('vendor_control_changed', { outside: true, note: input.note.trim() });
      if (c.ticket.status === 'new') await applyStatus(c, 'on_hold');
      return;
    }
    if (c.ticket.outcome !== 'outside_vendor_control') return;
    await c.update({ outcome: null, outcomeDetails: {} });
    await c.record('vendor_control_changed', { outside: false, note: input.note ?? '' });
  });
}
