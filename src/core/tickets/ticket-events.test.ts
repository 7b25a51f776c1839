import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { toSlaEvents } from './sla-input.js';
import { parseTicketEvent, TICKET_EVENT_TYPES, type TicketEventBody, type TicketEventType } from './ticket-events.js';

const ID = '0b7c3c1e-5d0a-4a51-9a57-6c1f2b1d9e01';
const AT = '2026-11-23T09:00:00.000Z';

/** One payload per event type, as today's writers write it (the file named in each comment). */
const CURRENT: { [T in TicketEventType]: unknown } = {
  created: { channel: 'email', registeredAt: AT, severity: 'major', planVersion: 2, overage: false, goLiveGrace: false, inboundMessageId: ID, messageId: '<m@x>', followUpOf: ID, via: 'reply_token', proof: 'reply_token' }, // register-ticket.ts, open-ticket-from-email.ts
  status_changed: { from: 'pending', to: 'open', cause: 'customer_reply' }, // apply-status.ts via reply-to-ticket.ts
  first_response: { how: 'reply' }, // apply-status.ts
  severity_changed: { from: 'major', to: 'blocker', reason: 'production down' }, // change-ticket-severity.ts
  category_changed: { from: null, to: 'bug', reason: 'reproduced' }, // change-ticket-category.ts
  assigned: { from: null, to: ID }, // assign-ticket.ts
  commitment_changed: { applies: false, reason: 'custom code' }, // set-resolution-commitment.ts
  vendor_control_changed: { outside: true, note: 'cloud outage' }, // set-ticket-outcome.ts
  outcome_set: { outcome: 'development_task', taskCode: 'DEV-1', approxStart: null, approxEnd: '2027-01-01', note: '' }, // set-ticket-outcome.ts
  estimate_set: { dueAt: AT, note: '', belowMinimum: { minimumResolutionAt: AT, reason: 'small fix' } }, // set-ticket-estimate.ts
  replied: { messageId: ID, by: 'user' }, // reply-to-ticket.ts
  note_added: { messageId: ID }, // add-ticket-note.ts, keep-email-attachments.ts
  attachment_added: { attachmentId: ID, filename: 'log.txt', channel: 'email' }, // add-attachment.ts, keep-email-attachments.ts
  mail_bounced: { outboxId: ID, to: 'a@b.example', template: 'agent_reply', status: '5.1.1', diagnostic: null }, // record-bounce.ts
  pending_reminder_sent: { sendAt: AT, closesAt: AT, emailed: true }, // send-pending-reminder.ts
  auto_close_blocked: { reminder: 'missing' }, // close-for-lack-of-information.ts
  sla_warning: { clock: 'response', percent: 80, dueAt: AT, instant: AT }, // fire-sla-notices.ts
  sla_breached: { clock: 'resolution', percent: 100, dueAt: AT, instant: AT }, // fire-sla-notices.ts
  estimate_created: { estimateId: ID, version: 1, minutes: 120, priceCents: 24000, currency: 'EUR' }, // create-estimate.ts
  estimate_updated: { estimateId: ID, version: 1, minutes: 90, priceCents: 18000 }, // update-estimate.ts
  estimate_sent: { estimateId: ID, version: 1, minutes: 90, priceCents: 18000, currency: 'EUR', to: ID }, // send-estimate.ts
  estimate_approved: { estimateId: ID, version: 1, channel: 'email' }, // apply-estimate-decision.ts
  estimate_declined: { estimateId: ID, version: 1, channel: 'portal', note: 'too dear' }, // apply-estimate-decision.ts
  phase_handed_over: { estimateId: ID, phaseId: ID, position: 1, name: 'Analysis', note: 'done' }, // step-estimate-phase.ts
  phase_accepted: { estimateId: ID, phaseId: ID, position: 1, name: 'Analysis' }, // step-estimate-phase.ts
  phase_rejected: { estimateId: ID, phaseId: ID, position: 1, name: 'Analysis', note: 'not yet' }, // step-estimate-phase.ts
  time_logged: { entryId: ID, minutes: 30, activity: 'support', billable: true, overrideReason: 'agreed' }, // log-time.ts
  time_removed: { entryId: ID, minutes: 30, activity: 'support', billable: true }, // delete-time-entry.ts
  free_configuration_task_used: { year: 2026 }, // log-time.ts
};

/**
 * Shapes older writers stored (git history of the writers since 20261121030000): fields added
 * later are optional, so these rows still parse.
 */
const OLDER: Array<[TicketEventType, unknown]> = [
  ['created', { channel: 'portal', registeredAt: AT, severity: 'major', planVersion: 1, overage: false, goLiveGrace: false }],
  ['created', { channel: 'email', registeredAt: AT, severity: 'major', planVersion: 1, overage: false, goLiveGrace: false, inboundMessageId: ID, messageId: null, followUpOf: ID }],
  ['created', { channel: 'phone', registeredAt: AT, severity: 'major', planVersion: 1, overage: true, goLiveGrace: false, override: { reason: 'approved', fromRequestId: ID } }],
  ['estimate_set', { dueAt: AT, note: '' }],
  ['status_changed', { from: 'new', to: 'on_hold' }],
  ['outcome_set', { outcome: 'lack_of_information' }],
  ['attachment_added', { attachmentId: ID, filename: 'a.png' }],
];

function codeOf(f: () => unknown): { code: string; details: unknown } {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, details: e.details };
    throw e;
  }
  throw new Error('did not throw');
}

describe('ticket events (R-K10, defined once)', () => {
  it.each(TICKET_EVENT_TYPES)('%s: the payload its writer records parses', (type) => {
    expect(parseTicketEvent(type, CURRENT[type])).toEqual({ type, data: CURRENT[type] });
  });

  it.each(OLDER.map(([type, data], i) => [i, type, data] as const))('older shape %i (%s) still parses', (_i, type, data) => {
    expect(parseTicketEvent(type, data).type).toBe(type);
  });

  it('an unknown type is INVALID_TICKET_EVENT, not skipped', () => {
    const e = codeOf(() => parseTicketEvent('status_changd', { from: 'new', to: 'open' }, 7));
    expect(e).toEqual({ code: 'INVALID_TICKET_EVENT', details: { id: 7, type: 'status_changd', problems: [{ path: 'type', problem: 'unknown event type' }] } });
    // Inherited object keys are not event types.
    expect(codeOf(() => parseTicketEvent('toString', {})).code).toBe('INVALID_TICKET_EVENT');
  });

  it.each([
    ['a status outside the machine', 'status_changed', { from: 'new', to: 'opn' }, 'data.to'],
    ['a missing field', 'vendor_control_changed', { note: 'x' }, 'data.outside'],
    ['a wrong type', 'estimate_set', { dueAt: 17, note: '' }, 'data.dueAt'],
    ['a field nobody declared', 'first_response', { how: 'reply', extra: 1 }, 'data.extra'],
    ['no payload at all', 'replied', null, 'data'],
  ])('%s is INVALID_TICKET_EVENT naming the path', (_what, type, data, path) => {
    const e = codeOf(() => parseTicketEvent(type, data));
    expect(e.code).toBe('INVALID_TICKET_EVENT');
    expect((e.details as { problems: Array<{ path: string }> }).problems.map((p) => p.path)).toContain(path);
  });

  it('the SLA timeline reads typed payloads (no casts, nothing unknown to skip)', () => {
    const at = new Date(AT);
    const history = (['created', 'status_changed', 'severity_changed', 'vendor_control_changed', 'estimate_set', 'first_response', 'replied'] as const).map(
      (type) => ({ at, ...parseTicketEvent(type, CURRENT[type]) }) as { at: Date } & TicketEventBody,
    );
    const s = at.getTime() / 1000;
    expect(toSlaEvents(history)).toEqual([
      { at: s, type: 'status', to: 'open' },
      { at: s, type: 'severity', to: 'blocker' },
      { at: s, type: 'outcome', outsideVendorControl: true },
      { at: s, type: 'estimate', dueAt: s },
      { at: s, type: 'first_response' },
    ]);
  });
});
