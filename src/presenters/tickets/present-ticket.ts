import type { SlaClock, SlaClocks } from '../../core/sla/index.js';
import { isWaitingOnVendor } from '../../core/tickets/status-machine.js';
import type { TicketEventRow, TicketMessageRow, TicketRow } from '../../storage/tickets.queries.js';
import type { TicketEventType } from '../../core/tickets/ticket-events.js';
import type { ClockView, CustomerSla, TicketEventView } from '../../views/tickets.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Customer-facing SLA: who the ticket waits on and by when the vendor owes a step. */
export function customerSla(t: TicketRow): CustomerSla {
  const waiting = t.status === 'pending' ? 'on_you' : isWaitingOnVendor(t.status) ? 'on_us' : 'none';
  const beforeResponse = t.firstResponseAt === null;
  const dueBy = waiting !== 'on_us' ? null : beforeResponse ? t.responseDueAt : t.resolutionCommitment ? t.resolutionDueAt : null;
  return {
    waiting,
    dueBy: iso(dueBy),
    dueKind: dueBy === null ? null : beforeResponse ? 'response' : 'resolution',
    indicative: dueBy === null ? false : beforeResponse ? t.responseIndicative : t.resolutionIndicative,
    // R-S1: a plan without a target for this step (Altanet Entry) registers and measures, but commits to no due time.
    commitment: waiting !== 'on_us' || (beforeResponse ? t.responseState !== 'not_applicable' : t.resolutionCommitment && t.resolutionState !== 'not_applicable'),
  } as const;
}

function presentMessage(m: TicketMessageRow) {
  return { id: m.id, kind: m.kind, authorKind: m.authorKind, authorId: m.authorId, channel: m.channel, bodyHtml: m.bodyHtml, bodyText: m.bodyText, createdAt: m.createdAt.toISOString() };
}

function presentEvent(e: TicketEventRow): TicketEventView {
  const { at, ticketId: _ticket, ...rest } = e;
  return { ...rest, at: at.toISOString() };
}

function presentClock(c: SlaClock): ClockView {
  const at = (s: number | null) => (s === null ? null : new Date(s * 1000).toISOString());
  return {
    clock: c.clock,
    target: c.target,
    indicative: c.indicative,
    state: c.state,
    phase: c.phase,
    overdue: c.overdue,
    dueAt: at(c.dueAt),
    businessSecondsElapsed: c.businessSecondsElapsed,
    businessSecondsLeft: c.businessSecondsLeft,
    warnings: c.warnings.map((w) => ({ percent: w.percent, at: at(w.at), reached: w.reached })),
    nextEvent: c.nextEvent ? { ...c.nextEvent, at: at(c.nextEvent.at) } : null,
    explanation: c.explanation,
  };
}

/** History a contact may read (R-K10): never notes, assignments, SLA ledger or internal billing steps. */
const CONTACT_EVENTS: ReadonlySet<TicketEventType> = new Set<TicketEventType>([
  'created', 'status_changed', 'severity_changed', 'replied', 'first_response', 'outcome_set', 'vendor_control_changed', 'estimate_set',
  'pending_reminder_sent', 'estimate_sent', 'estimate_approved', 'estimate_declined', 'phase_handed_over', 'phase_accepted', 'phase_rejected',
]);

/** The ticket as the customer's contact sees it: no internal notes, fields or events. */
export function presentTicketForContact(t: TicketRow, messages: TicketMessageRow[], events: TicketEventRow[]) {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    bodyHtml: t.bodyHtml,
    bodyText: t.bodyText,
    channel: t.channel,
    status: t.status,
    severity: t.severity,
    proposedSeverity: t.proposedSeverity,
    category: t.category,
    registeredAt: t.registeredAt.toISOString(),
    firstResponseAt: iso(t.firstResponseAt),
    solvedAt: iso(t.solvedAt),
    closedAt: iso(t.closedAt),
    outcome: t.outcome,
    outcomeDetails: t.outcome === 'development_task' ? t.outcomeDetails : {},
    overage: t.overage,
    sla: customerSla(t),
    messages: messages.filter((m) => m.kind !== 'note').map(presentMessage),
    history: events.filter((e) => !e.internal && CONTACT_EVENTS.has(e.type)).map(presentEvent),
  };
}

/** The ticket as vendor staff see it: everything, with live SLA clocks and their explanations. */
export function presentTicketForStaff(t: TicketRow, messages: TicketMessageRow[], events: TicketEventRow[], clocks: SlaClocks | null) {
  return {
    ...presentTicketForContact(t, [], []),
    customerId: t.customerId,
    contractId: t.contractId,
    planVersionId: t.planVersionId,
    calendarId: t.calendarId,
    requesterId: t.requesterId,
    assigneeId: t.assigneeId,
    highPriority: t.highPriority,
    outcomeDetails: t.outcomeDetails,
    resolutionCommitment: t.resolutionCommitment,
    resolutionCommitmentReason: t.resolutionCommitmentReason,
    estimateDueAt: iso(t.estimateDueAt),
    allowance: { yearStart: t.allowanceYearStart, counts: t.countsAgainstAllowance, exclusion: t.allowanceExclusion, overage: t.overage },
    slaColumns: {
      responseDueAt: iso(t.responseDueAt), resolutionDueAt: iso(t.resolutionDueAt), responseState: t.responseState, resolutionState: t.resolutionState,
      queueDueAt: iso(t.queueDueAt), nextSlaEventAt: iso(t.nextSlaEventAt),
    },
    clocks: clocks ? { response: presentClock(clocks.response), resolution: presentClock(clocks.resolution) } : null,
    messages: messages.map(presentMessage),
    history: events.map(presentEvent),
  };
}
