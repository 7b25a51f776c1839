import type { TicketStatus } from '../../core/sla/index.js';
import { assertTransition } from '../../core/tickets/status-machine.js';
import type { TicketChange } from './change-ticket.js';

/**
 * Moves a ticket to `to` (R-K3), stamping solved/closed instants and recording
 * the change. Shared by every path that changes status.
 */
export async function applyStatus(c: TicketChange, to: TicketStatus, data: Record<string, unknown> = {}): Promise<void> {
  const from = c.ticket.status;
  if (from === to) return;
  assertTransition(from, to);
  await c.update({
    status: to,
    solvedAt: to === 'solved' ? c.now : to === 'open' ? null : c.ticket.solvedAt,
    closedAt: to === 'closed' ? c.now : null,
  });
  await c.record('status_changed', { from, to, ...data });
}

/** R-K4: records the first response once and moves New → Open unless another status follows. */
export async function applyFirstResponse(c: TicketChange, how: 'reply' | 'evaluation'): Promise<void> {
  if (c.ticket.firstResponseAt) return;
  await c.update({ firstResponseAt: c.now });
  await c.record('first_response', { how });
}
