import type { Category, ClockState, PauseReason, TicketEventType, TicketStatus, Waiting } from '../api/ticket-types';

// Translation keys for the ticket vocabulary (kept as literals so the keys test sees them).

export const STATUS_KEYS: Record<TicketStatus, string> = {
  new: 'tickets.status.new',
  open: 'tickets.status.open',
  pending: 'tickets.status.pending',
  on_hold: 'tickets.status.on_hold',
  solved: 'tickets.status.solved',
  closed: 'tickets.status.closed',
};

export const STATUS_COLOR: Record<TicketStatus, string> = {
  new: 'blue',
  open: 'cyan',
  pending: 'yellow',
  on_hold: 'grape',
  solved: 'teal',
  closed: 'gray',
};

export const CATEGORY_KEYS: Record<Category, string> = {
  bug: 'tickets.category.bug',
  configuration_error: 'tickets.category.configuration_error',
  advice: 'tickets.category.advice',
  configuration_request: 'tickets.category.configuration_request',
  feature_suggestion: 'tickets.category.feature_suggestion',
  change_request: 'tickets.category.change_request',
};

export const CLOCK_STATE_KEYS: Record<ClockState, string> = {
  running: 'tickets.clockState.running',
  paused: 'tickets.clockState.paused',
  met: 'tickets.clockState.met',
  breached: 'tickets.clockState.breached',
  not_applicable: 'tickets.clockState.not_applicable',
};

export const CLOCK_STATE_COLOR: Record<ClockState, string> = {
  running: 'blue',
  paused: 'yellow',
  met: 'teal',
  breached: 'red',
  not_applicable: 'gray',
};

export const PAUSE_KEYS: Record<PauseReason, string> = {
  pending: 'tickets.pause.pending',
  on_hold: 'tickets.pause.on_hold',
  outside_vendor_control: 'tickets.pause.outside_vendor_control',
  solved: 'tickets.pause.solved',
};

export const CLOCK_KEYS = { response: 'tickets.clock.response', resolution: 'tickets.clock.resolution' } as const;

export const WAITING_KEYS: Record<Waiting, string> = {
  on_you: 'tickets.waiting.on_you',
  on_us: 'tickets.waiting.on_us',
  none: 'tickets.waiting.none',
};

/** Every history event type (core/tickets/ticket-events.ts): a new type without a label does not compile. */
export const EVENT_KEYS: Record<TicketEventType, string> = {
  created: 'tickets.event.created',
  status_changed: 'tickets.event.status_changed',
  first_response: 'tickets.event.first_response',
  severity_changed: 'tickets.event.severity_changed',
  category_changed: 'tickets.event.category_changed',
  assigned: 'tickets.event.assigned',
  note_added: 'tickets.event.note_added',
  replied: 'tickets.event.replied',
  commitment_changed: 'tickets.event.commitment_changed',
  estimate_set: 'tickets.event.estimate_set',
  outcome_set: 'tickets.event.outcome_set',
  vendor_control_changed: 'tickets.event.vendor_control_changed',
  attachment_added: 'tickets.event.attachment_added',
  pending_reminder_sent: 'tickets.event.pending_reminder_sent',
  auto_close_blocked: 'tickets.event.auto_close_blocked',
  mail_bounced: 'tickets.event.mail_bounced',
  sla_warning: 'tickets.event.sla_warning',
  sla_breached: 'tickets.event.sla_breached',
  estimate_created: 'tickets.event.estimate_created',
  estimate_updated: 'tickets.event.estimate_updated',
  estimate_sent: 'tickets.event.estimate_sent',
  estimate_approved: 'tickets.event.estimate_approved',
  estimate_declined: 'tickets.event.estimate_declined',
  phase_handed_over: 'tickets.event.phase_handed_over',
  phase_accepted: 'tickets.event.phase_accepted',
  phase_rejected: 'tickets.event.phase_rejected',
  time_logged: 'tickets.event.time_logged',
  time_removed: 'tickets.event.time_removed',
  free_configuration_task_used: 'tickets.event.free_configuration_task_used',
};

export const OUTCOME_KEYS: Record<string, string> = {
  development_task: 'tickets.outcome.development_task',
  outside_vendor_control: 'tickets.outcome.outside_vendor_control',
  lack_of_information: 'tickets.outcome.lack_of_information',
};

/** Intake refusals (R-C2, R-P5): what happened and what to do next. */
export const REFUSAL_KEYS: Record<string, { title: string; next: string }> = {
  NOT_AUTHORIZED_CONTACT: { title: 'tickets.refusal.NOT_AUTHORIZED_CONTACT.title', next: 'tickets.refusal.NOT_AUTHORIZED_CONTACT.next' },
  CONTACT_BEYOND_CAP: { title: 'tickets.refusal.CONTACT_BEYOND_CAP.title', next: 'tickets.refusal.CONTACT_BEYOND_CAP.next' },
  CHANNEL_NOT_IN_PLAN: { title: 'tickets.refusal.CHANNEL_NOT_IN_PLAN.title', next: 'tickets.refusal.CHANNEL_NOT_IN_PLAN.next' },
  NO_ACTIVE_CONTRACT: { title: 'tickets.refusal.NO_ACTIVE_CONTRACT.title', next: 'tickets.refusal.NO_ACTIVE_CONTRACT.next' },
  ALLOWANCE_EXHAUSTED: { title: 'tickets.refusal.ALLOWANCE_EXHAUSTED.title', next: 'tickets.refusal.ALLOWANCE_EXHAUSTED.next' },
};

/** The same refusals named for the vendor's staff (kept requests, phone intake). */
export const REFUSAL_REASON_KEYS: Record<string, string> = {
  NOT_AUTHORIZED_CONTACT: 'console.requests.reason.NOT_AUTHORIZED_CONTACT',
  CONTACT_BEYOND_CAP: 'console.requests.reason.CONTACT_BEYOND_CAP',
  CHANNEL_NOT_IN_PLAN: 'console.requests.reason.CHANNEL_NOT_IN_PLAN',
  NO_ACTIVE_CONTRACT: 'console.requests.reason.NO_ACTIVE_CONTRACT',
  ALLOWANCE_EXHAUSTED: 'console.requests.reason.ALLOWANCE_EXHAUSTED',
  UNKNOWN_SENDER: 'console.requests.reason.UNKNOWN_SENDER',
  NOT_A_PARTICIPANT: 'console.requests.reason.NOT_A_PARTICIPANT',
  SENDER_NOT_AUTHENTICATED: 'console.requests.reason.SENDER_NOT_AUTHENTICATED',
  REPLY_NOT_PROVEN: 'console.requests.reason.REPLY_NOT_PROVEN',
  DECISION_NOT_PROVEN: 'console.requests.reason.DECISION_NOT_PROVEN',
  MAIL_LOOP_SUSPECTED: 'console.requests.reason.MAIL_LOOP_SUSPECTED',
  SENDER_TICKET_BUDGET: 'console.requests.reason.SENDER_TICKET_BUDGET',
};

/** "blocker" → "Blocker", "on_site" → "On site" (when no severity names are readable). */
export const humanizeCode = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' ');
