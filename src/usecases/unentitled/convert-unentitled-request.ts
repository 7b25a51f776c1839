import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findUnentitledRow, updateUnentitledRow, type UnentitledRow } from '../../storage/unentitled.queries.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/**
 * Turns a kept request into a ticket. Staff convert any open or held request
 * (the intake checks are set aside and recorded; beyond the allowance it is
 * overage). The customer's administrator contact approves a request held for
 * the allowance (R-P5), which makes it a billable overage ticket.
 * Throws NOT_FOUND, REQUEST_NOT_OPEN, NO_ACTIVE_CONTRACT, FORBIDDEN.
 */
export async function convertUnentitledRequest(
  deps: { db: Db; clock: Clock; config?: { publicUrl: string } },
  input: { actor: Actor; id: string; severity?: string; contactId?: string; note?: string },
) {
  const a = input.actor;
  if (a.kind === 'contact' && !a.isAdministrator) throw new DomainError('FORBIDDEN', 'Only your administrator can approve extra tickets.');
  return withTx(deps.db, async (tx) => {
    // Locked first, so two converts of one request never make two tickets.
    const r = await findUnentitledRow(tx, Scope.of(a), input.id, { lock: true });
    if (!r) throw new DomainError('NOT_FOUND', 'No such request.');
    if (a.kind === 'contact' && r.status !== 'awaiting_approval') throw new DomainError('REQUEST_NOT_OPEN', 'This request is not waiting for approval.');
    if (r.status !== 'open' && r.status !== 'awaiting_approval') throw new DomainError('REQUEST_NOT_OPEN', 'This request was already handled.');
    const requesterId = input.contactId ?? r.contactId;
    if (!requesterId) {
      throw new DomainError('VALIDATION_FAILED', 'Choose the contact the ticket is for.', [{ path: 'body.contactId', problem: 'required: the sender is not a known contact' }]);
    }
    const reason = a.kind === 'contact' ? 'approved by the customer administrator' : (input.note ?? 'converted by staff');
    const now = deps.clock.now();
    const result = await registerTicket({ db: tx, clock: deps.clock, config: deps.config }, {
      actor: a,
      channel: r.channel,
      requesterId,
      // R-K1: the request's arrival (a phone call's instant) starts the clocks, not the approval;
      // the approval instant is the 'created' event's time and is named in its override.
      registeredAt: arrivalOf(r, now),
      subject: r.subject,
      body: { html: r.bodyHtml },
      severity: input.severity ?? r.proposedSeverity ?? 'trivial',
      override: { reason, fromRequestId: r.id, approvedAt: now.toISOString() },
    });
    if (result.kind !== 'registered') throw new DomainError(result.code, result.message);
    await updateUnentitledRow(tx, r.id, { status: 'converted', ticketId: result.ticket.id, handledBy: a.id, handledAt: now, handledNote: reason });
    return result.ticket;
  });
}

/** When the request arrived: the instant intake recorded (a phone call's), else its receipt; never after now. */
function arrivalOf(r: UnentitledRow, now: Date): Date {
  const recorded = typeof r.details.registeredAt === 'string' ? new Date(r.details.registeredAt) : null;
  const at = recorded && !Number.isNaN(recorded.getTime()) ? recorded : r.receivedAt;
  return at.getTime() > now.getTime() ? now : at;
}
