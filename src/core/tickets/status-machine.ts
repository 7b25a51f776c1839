import { DomainError } from '../errors.js';
import type { TicketStatus } from '../sla/sla-types.js';
import { OPEN_TICKET_STATUSES } from '../enums.js';

/**
 * R-K3: New → Open (first response) → Pending (waiting for the customer) → Open
 * … → Solved → Closed; On hold waits on a third party. Closed is final: a
 * customer writing again opens a new ticket.
 */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['open', 'pending', 'on_hold', 'solved'],
  open: ['pending', 'on_hold', 'solved'],
  pending: ['open', 'on_hold', 'solved', 'closed'],
  on_hold: ['open', 'pending', 'solved'],
  solved: ['open', 'closed'],
  closed: [],
};

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws TRANSITION_NOT_ALLOWED naming the allowed targets. */
export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError('TRANSITION_NOT_ALLOWED', `A ${from} ticket cannot become ${to}.`, { from, to, allowed: TRANSITIONS[from] });
  }
}

/**
 * R-K3: whether a ticket takes replies. Closed is final: the customer's next
 * message opens a new ticket (by mail, a follow-up of the closed one).
 */
export function takesReplies(s: TicketStatus): boolean {
  return TRANSITIONS[s].length > 0;
}

/** Statuses in which the ticket waits for the vendor (shown to the customer as "waiting on us"). */
export function isWaitingOnVendor(s: TicketStatus): boolean {
  return s === 'new' || s === 'open' || s === 'on_hold';
}

export function isOpenStatus(s: TicketStatus): boolean {
  return (OPEN_TICKET_STATUSES as readonly TicketStatus[]).includes(s);
}
