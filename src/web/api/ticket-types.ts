// Ticket shapes as the ticket API returns them (src/server/routes/portal/tickets.ts,
// ticket-list.ts, approvals.ts; src/server/routes/agent/queue.ts, tickets.ts, intake.ts).
// Shapes defined once in src/views are re-exported here.
import type { ClockExplanation, ClockState, PauseReason, TicketStatus } from '../../core/sla/sla-types.js';
import type { ClockView, CustomerSla } from '../../views/tickets.js';
import { DONE_TICKET_STATUSES, OPEN_TICKET_STATUSES, TICKET_CATEGORIES, TICKET_STATUSES as CORE_TICKET_STATUSES, type Channel, type TicketCategory } from '../../core/enums.js';

export type { ClockExplanation, ClockState, PauseReason, TicketStatus };
export type { ClockView, ClockWarning, CustomerSla, CustomerTicketSummary as PortalTicketSummary, CustomerWaiting as Waiting } from '../../views/tickets.js';

// The lists are core's (core/enums.ts), not copies.
export const TICKET_STATUSES: readonly TicketStatus[] = CORE_TICKET_STATUSES;
export const OPEN_STATUSES: readonly TicketStatus[] = OPEN_TICKET_STATUSES;
export const DONE_STATUSES: readonly TicketStatus[] = DONE_TICKET_STATUSES;
export type Category = TicketCategory;
export const CATEGORIES: readonly Category[] = TICKET_CATEGORIES;
export type TicketChannel = Channel;

export interface Ref {
  id: string;
  name: string;
}

export interface TicketMessage {
  id: string;
  kind: 'reply' | 'note' | string;
  authorKind: 'contact' | 'user' | 'system' | string;
  authorId: string | null;
  channel: string | null;
  /** Sanitized on the server (allow-listed tags, http/https/mailto links only). */
  bodyHtml: string;
  bodyText: string;
  createdAt: string;
}

/** A history event: type and payload defined once in core/tickets/ticket-events.ts (src/views/tickets.ts). */
import type { TicketEventView as TicketEvent } from '../../views/tickets.js';
export type { TicketEvent };
export type { TicketEventType } from '../../core/tickets/ticket-events.js';

export interface TicketAttachment {
  id: string;
  messageId: string | null;
  filename: string;
  contentType: string;
  sizeBytes: number;
  internal: boolean;
  uploaderKind: string;
  createdAt: string;
}

/** The ticket as a contact sees it (GET /portal/tickets/:id). */
export interface PortalTicket {
  id: string;
  number: number;
  subject: string;
  bodyHtml: string;
  bodyText: string;
  channel: TicketChannel;
  status: TicketStatus;
  severity: string;
  proposedSeverity: string;
  category: Category | null;
  registeredAt: string;
  firstResponseAt: string | null;
  solvedAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  outcomeDetails: Record<string, unknown>;
  overage: boolean;
  sla: CustomerSla;
  /** Altanet's minimum resolution time (seed 002): the earliest a resolution is expected; indicative. */
  minimumResolutionAt?: string | null;
  messages: TicketMessage[];
  history: TicketEvent[];
  attachments: TicketAttachment[];
}

/** The ticket as staff see it (GET /agent/tickets/:id). */
export interface StaffTicket extends PortalTicket {
  customerId: string;
  contractId: string;
  planVersionId: string;
  calendarId: string | null;
  requesterId: string;
  assigneeId: string | null;
  highPriority: boolean;
  resolutionCommitment: boolean;
  resolutionCommitmentReason: string | null;
  estimateDueAt: string | null;
  allowance: { yearStart: string | null; counts: boolean; exclusion: string | null; overage: boolean };
  slaColumns: {
    responseDueAt: string | null;
    resolutionDueAt: string | null;
    responseState: ClockState;
    resolutionState: ClockState;
    queueDueAt: string | null;
    nextSlaEventAt: string | null;
  };
  clocks: { response: ClockView; resolution: ClockView } | null;
}

/** GET /agent/queue items. */
export interface QueueItem {
  id: string;
  number: number;
  subject: string;
  customer: Ref;
  requester: Ref;
  status: TicketStatus;
  severity: string;
  highPriority: boolean;
  assignee: Ref | null;
  channel: TicketChannel;
  registeredAt: string;
  responseDueAt: string | null;
  resolutionDueAt: string | null;
  queueDueAt: string | null;
  responseState: ClockState;
  resolutionState: ClockState;
  responseIndicative: boolean;
  resolutionIndicative: boolean;
  responseBreached: boolean;
  resolutionBreached: boolean;
}

export type UnentitledStatus = 'open' | 'awaiting_approval' | 'converted' | 'dismissed';

/** A refused request kept for people to see (agent inbox, held requests). */
export interface UnentitledRequest {
  id: string;
  receivedAt: string;
  channel: string;
  reasonCode: string;
  reasonMessage: string;
  customerId: string | null;
  contactId: string | null;
  fromEmail: string | null;
  subject: string;
  bodyHtml: string;
  bodyText: string;
  proposedSeverity: string | null;
  status: UnentitledStatus;
  ticketId: string | null;
  handledAt: string | null;
  handledNote: string | null;
}

/** details of an intake refusal (403/409). */
export interface RefusalDetails {
  unentitledRequestId?: string;
  heldForApproval?: boolean;
}
