import type { Clock } from '../../core/clock.js';
import { closureNotice } from '../../core/notifications/templates/pending.js';
import type { Db } from '../../storage/db.js';
import { outboxStatusByKey } from '../../storage/pending.queries.js';
import { findContactRecipient } from '../../storage/recipients.queries.js';
import { insertTicketEvent, updateTicketRow, type TicketRow } from '../../storage/tickets.queries.js';
import { queueEmail } from '../notifications/queue-email.js';
import { recomputeTicketSla } from './recompute-ticket-sla.js';
import { reminderKey } from './send-pending-reminder.js';
import { pageUrl } from '../../core/pages.js';

const HOUR_MS = 3_600_000;

/**
 * R-K5/R-K6: closes a (locked) pending ticket for lack of information — only
 * when its reminder was recorded and went out (sent, or kept where the desk
 * has no SMTP and the portal shows it). A reminder still waiting in the outbox
 * postpones the closure by an hour; a reminder that failed blocks it and tells
 * the agents. Returns what happened.
 */
export async function closeForLackOfInformation(deps: { db: Db; clock: Clock; publicUrl: string }, t: TicketRow): Promise<'closed' | 'postponed' | 'blocked'> {
  const now = deps.clock.now();
  const contact = await findContactRecipient(deps.db, t.requesterId);
  const delivery = contact ? await outboxStatusByKey(deps.db, reminderKey(t)) : 'kept';
  if (!t.pendingReminderSentAt || delivery === null || delivery === 'failed') {
    await updateTicketRow(deps.db, t.id, { autoCloseDueAt: null, updatedAt: now });
    await insertTicketEvent(deps.db, { ticketId: t.id, at: now, actorKind: 'system', actorId: null, type: 'auto_close_blocked', internal: true, data: { reminder: delivery ?? 'missing' } });
    return 'blocked';
  }
  if (delivery === 'pending') {
    await updateTicketRow(deps.db, t.id, { autoCloseDueAt: new Date(now.getTime() + HOUR_MS), updatedAt: now });
    return 'postponed';
  }
  const closed = await updateTicketRow(deps.db, t.id, {
    status: 'closed', closedAt: now, outcome: 'lack_of_information', autoCloseDueAt: null, pendingReminderDueAt: null, updatedAt: now,
  });
  await insertTicketEvent(deps.db, { ticketId: t.id, at: now, actorKind: 'system', actorId: null, type: 'status_changed', data: { from: 'pending', to: 'closed', cause: 'lack_of_information' } });
  await insertTicketEvent(deps.db, { ticketId: t.id, at: now, actorKind: 'system', actorId: null, type: 'outcome_set', data: { outcome: 'lack_of_information' } });
  if (contact) {
    const rendered = closureNotice({ ticketNumber: t.number, subject: t.subject, contactName: contact.name, url: pageUrl(deps.publicUrl, 'supportTicket', { id: t.id }) }, { locale: contact.locale, timeZone: contact.timeZone });
    await queueEmail(deps.db, now, { recipient: contact, template: 'closure_notice', rendered, dedupeKey: `closure:${t.id}`, ticketId: t.id, customerId: t.customerId, headers: { 'Auto-Submitted': 'auto-generated' } });
  }
  await recomputeTicketSla(deps.db, closed, now);
  return 'closed';
}
