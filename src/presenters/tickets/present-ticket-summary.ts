import { isWaitingOnVendor } from '../../core/tickets/status-machine.js';
import type { Channel, TicketStatusValue } from '../../storage/schema/tickets.js';
import type { CustomerTicketRow, QueueRow } from '../../storage/ticket-queue.queries.js';
import type { CustomerTicketSummary, CustomerWaiting } from '../../views/tickets.js';
import { isClockBreachedAt } from '../../core/sla/is-clock-breached.js';

export type { CustomerTicketSummary, CustomerWaiting };

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A queue line for vendor staff (R-K9): SLA columns and breach flags as of `now`. */
export interface TicketSummary {
  id: string;
  number: number;
  subject: string;
  customer: { id: string; name: string };
  requester: { id: string; name: string };
  status: TicketStatusValue;
  severity: string;
  highPriority: boolean;
  assignee: { id: string; name: string } | null;
  channel: Channel;
  registeredAt: string;
  responseDueAt: string | null;
  resolutionDueAt: string | null;
  /** The nearest running commitment due instant (queue order). */
  queueDueAt: string | null;
  responseState: string;
  resolutionState: string;
  responseIndicative: boolean;
  resolutionIndicative: boolean;
  responseBreached: boolean;
  resolutionBreached: boolean;
}

/** The breach rule of core/sla/is-clock-breached.ts (the queue's SQL filter repeats it), on Dates. */
export function isClockBreached(state: string, dueAt: Date | null, indicative: boolean, now: Date): boolean {
  return isClockBreachedAt({ state, dueAt: dueAt === null ? null : dueAt.getTime() / 1000, indicative }, now.getTime() / 1000);
}

/** A queue row as the staff API shows it. */
export function presentTicketSummary(r: QueueRow, now: Date): TicketSummary {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    customer: { id: r.customerId, name: r.customerName },
    requester: { id: r.requesterId, name: r.requesterName },
    status: r.status,
    severity: r.severity,
    highPriority: r.highPriority,
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? '' } : null,
    channel: r.channel,
    registeredAt: r.registeredAt.toISOString(),
    responseDueAt: iso(r.responseDueAt),
    resolutionDueAt: iso(r.resolutionDueAt),
    queueDueAt: iso(r.queueDueAt),
    responseState: r.responseState,
    resolutionState: r.resolutionState,
    responseIndicative: r.responseIndicative,
    resolutionIndicative: r.resolutionIndicative,
    responseBreached: isClockBreached(r.responseState, r.responseDueAt, r.responseIndicative, now),
    resolutionBreached: isClockBreached(r.resolutionState, r.resolutionDueAt, r.resolutionIndicative, now),
  };
}

/** The customer-facing SLA view (RULES §5 as the contact sees it). */
export function customerSlaView(r: Pick<CustomerTicketRow, 'status' | 'firstResponseAt' | 'responseDueAt' | 'resolutionDueAt' | 'responseIndicative' | 'resolutionIndicative'>): {
  waiting: CustomerWaiting;
  dueBy: string | null;
  dueIndicative: boolean;
} {
  const waiting: CustomerWaiting = isWaitingOnVendor(r.status) ? 'on_us' : r.status === 'pending' ? 'on_you' : 'none';
  if (waiting !== 'on_us') return { waiting, dueBy: null, dueIndicative: false };
  const beforeResponse = r.firstResponseAt === null && r.responseDueAt !== null;
  const dueBy = beforeResponse ? r.responseDueAt : r.resolutionDueAt;
  const dueIndicative = dueBy === null ? false : beforeResponse ? r.responseIndicative : r.resolutionIndicative;
  return { waiting, dueBy: iso(dueBy), dueIndicative };
}

/** A customer's ticket row as the portal shows it. */
export function presentCustomerTicketSummary(r: CustomerTicketRow): CustomerTicketSummary {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    requester: { id: r.requesterId, name: r.requesterName },
    status: r.status,
    severity: r.severity,
    channel: r.channel,
    registeredAt: r.registeredAt.toISOString(),
    ...customerSlaView(r),
  };
}
