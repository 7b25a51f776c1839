import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionById } from '../../storage/ticket-context.queries.js';
import { changeTicket } from './change-ticket.js';
import { assertSeverityOffered } from './support/severity-offered.js';

/**
 * R-K2: an agent sets the severity with a recorded reason; R-S3: targets are
 * recomputed from registration, keeping elapsed business time.
 * Throws NOT_FOUND, INVALID_SEVERITY, REASON_REQUIRED, TRANSITION_NOT_ALLOWED (closed).
 */
export async function changeTicketSeverity(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; severity: string; reason: string }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff set the severity.');
  if (!input.reason.trim()) throw new DomainError('REASON_REQUIRED', 'Say why the severity changes.', [{ path: 'body.reason', problem: 'required' }]);
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (c.ticket.status === 'closed') throw new DomainError('TRANSITION_NOT_ALLOWED', 'The ticket is closed.', { from: 'closed' });
    const pv = await findPlanVersionById(c.tx, c.ticket.planVersionId);
    if (pv) await assertSeverityOffered(c.tx, pv, input.severity);
    const from = c.ticket.severity;
    if (from === input.severity) return;
    await c.update({ severity: input.severity });
    await c.record('severity_changed', { from, to: input.severity, reason: input.reason.trim() });
  });
}
