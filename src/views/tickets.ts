// Ticket shapes written once for the presenters in src/usecases/tickets and the web. Type-only.
// Not here yet: the ticket itself (portal and staff), queue rows and refused requests, whose
// presenters infer their types and give clock states as plain strings.
import type { SlaClock, SlaWarning, TicketStatus } from '../core/sla/sla-types.js';
import type { ActorKind, Channel, SlaClockName } from '../core/enums.js';
import type { TicketEventBody } from '../core/tickets/ticket-events.js';

/**
 * One history event as the ticket API shows it (R-K10): the type and payload defined once in
 * core/tickets/ticket-events.ts, so `switch (e.type)` narrows `e.data` on both sides.
 */
export type TicketEventView = {
  id: number;
  at: string;
  actorKind: ActorKind;
  actorId: string | null;
  internal: boolean;
} & TicketEventBody;

/** Who the ticket waits on, as the customer should see it. */
export type CustomerWaiting = 'on_you' | 'on_us' | 'none';

/** The customer-facing SLA of one ticket (RULES §5 as the contact sees it). */
export interface CustomerSla {
  waiting: CustomerWaiting;
  dueBy: string | null;
  dueKind: SlaClockName | null;
  indicative: boolean;
  /** R-S1: false while waiting on us when the plan commits to no due time for that step ("no commitment"). */
  commitment: boolean;
}

/** A ticket line for a customer's contacts (GET /portal/tickets): no assignee, no internal clock states. */
export interface CustomerTicketSummary {
  id: string;
  number: number;
  subject: string;
  requester: { id: string; name: string };
  status: TicketStatus;
  severity: string;
  channel: Channel;
  registeredAt: string;
  /** on_you while Pending; on_us while New, Open or On hold; none once Solved or Closed. */
  waiting: CustomerWaiting;
  /** While on_us: the response due time until the first response, then the resolution due time. */
  dueBy: string | null;
  /** The dueBy target is indicative (an aim, not a commitment). */
  dueIndicative: boolean;
}

/** A clock's warning threshold with its instant as ISO text. */
export type ClockWarning = Omit<SlaWarning, 'at'> & { at: string | null };

/**
 * One SLA clock as the staff API shows it (GET /agent/tickets/:id): core's SlaClock with its
 * epoch-second instants as ISO text, without the budget and the stop instant.
 */
export type ClockView = Omit<SlaClock, 'budgetSeconds' | 'dueAt' | 'stoppedAt' | 'warnings' | 'nextEvent'> & {
  dueAt: string | null;
  warnings: ClockWarning[];
  nextEvent: (Omit<NonNullable<SlaClock['nextEvent']>, 'at'> & { at: string | null }) | null;
};
