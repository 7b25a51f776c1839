import type { TicketStatus } from '../../../core/sla/index.js';
import { assertTransition } from '../../../core/tickets/status-machine.js';
import type { TicketEventData } from '../../../core/tickets/ticket-events.js';
import { findPlanVersionById } from '../../../storage/ticket-context.queries.js';
import type { TicketChange } from '../change-ticket.js';

/**
 * Moves a ticket to `to` (R-K3), stamping solved/closed instants and recording
 * the change. Shared by every path that changes status.
 */
export async function applyStatus(c: TicketChange, to: TicketStatus, data: Pick<TicketEventData<'status_changed'>, 'cause' | 'reason'> = {}): Promise<void> {
  const from = c.ticket.status;
  if (from === to) return;
  assertTransition(from, to);
  await c.update({
    status: to,
    solvedAt: to === 'solved' ? c.now : to === 'open' ? null : c.ticket.solvedAt,
    closedAt: to === 'closed' ? c.now : null,
    ...(await pendingDeadlines(c, to)),
  });
  await c.record('status_changed', { from, to, ...data });
}

const DAY_MS = 86_400_000;

/**
 * R-K5: entering Pending arms the reminder deadline (the plan's calendar days);
 * leaving it (a customer reply, an agent) disarms the reminder and the closure.
 */
async function pendingDeadlines(c: TicketChange, to: TicketStatus) {
  if (to !== 'pending') return { pendingSince: null, pendingReminderDueAt: null, pendingReminderSentAt: null, autoCloseDueAt: null };
  const pv = await findPlanVersionById(c.tx, c.ticket.planVersionId);
  const days = pv?.pendingReminderDays ?? 5;
  return { pendingSince: c.now, pendingReminderDueAt: new Date(c.now.getTime() + days * DAY_MS), pendingReminderSentAt: null, autoCloseDueAt: null };
}

/** R-K4: records the first response once and moves New → Open unless another status follows. */
export async function applyFirstResponse(c: TicketChange, how: 'reply' | 'evaluation'): Promise<void> {
  if (c.ticket.firstResponseAt) return;
  await c.update({ firstResponseAt: c.now });
  await c.record('first_response', { how });
}
