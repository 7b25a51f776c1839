import type { Clock } from '../../core/clock.js';
import { pendingReminder } from '../../core/notifications/templates/pending.js';
import { isOpen, nextOpening } from '../../core/time/index.js';
import type { Db } from '../../storage/db.js';
import { findContactRecipient } from '../../storage/recipients.queries.js';
import { findPlanVersionById } from '../../storage/ticket-context.queries.js';
import { insertTicketEvent, updateTicketRow, type TicketRow } from '../../storage/tickets.queries.js';
import { queueEmail } from '../notifications/queue-email.js';
import { loadCompiledCalendar } from './support/load-calendar.js';
import { pageUrl } from '../../core/pages.js';

const DAY_MS = 86_400_000;

/** The dedupe key of a ticket's reminder for one pending spell. */
export function reminderKey(t: Pick<TicketRow, 'id' | 'pendingSince'>): string {
  return `pending-reminder:${t.id}:${t.pendingSince?.toISOString() ?? ''}`;
}

/**
 * R-K5: queues the reminder to the requester for a (locked) pending ticket,
 * to go out in the customer's business hours (the plan's coverage calendar),
 * records it in the history the customer sees, and arms the closure the
 * plan's number of days after the reminder goes out. All in the caller's
 * transaction, which also clears the reminder deadline.
 */
export async function sendPendingReminder(deps: { db: Db; clock: Clock; publicUrl: string }, t: TicketRow): Promise<void> {
  const now = deps.clock.now();
  const sendAt = await businessInstant(deps.db, t, now);
  const pv = await findPlanVersionById(deps.db, t.planVersionId);
  const closesAt = new Date(sendAt.getTime() + (pv?.pendingCloseDays ?? 3) * DAY_MS);
  const contact = await findContactRecipient(deps.db, t.requesterId);
  if (contact) {
    const rendered = pendingReminder(
      { ticketNumber: t.number, subject: t.subject, contactName: contact.name, closesAt, url: pageUrl(deps.publicUrl, 'supportTicket', { id: t.id }) },
      { locale: contact.locale, timeZone: contact.timeZone },
    );
    await queueEmail(deps.db, now, { recipient: contact, template: 'pending_reminder', rendered, dedupeKey: reminderKey(t), ticketId: t.id, customerId: t.customerId, notBefore: sendAt, headers: { 'Auto-Submitted': 'auto-generated' } });
  }
  await insertTicketEvent(deps.db, { ticketId: t.id, at: now, actorKind: 'system', actorId: null, type: 'pending_reminder_sent', data: { sendAt: sendAt.toISOString(), closesAt: closesAt.toISOString(), emailed: contact !== null } });
  await updateTicketRow(deps.db, t.id, { pendingReminderDueAt: null, pendingReminderSentAt: sendAt, autoCloseDueAt: closesAt, updatedAt: now });
}

/** Now when the coverage calendar is open, otherwise its next opening: customers are not written to at night. */
async function businessInstant(db: Db, t: TicketRow, now: Date): Promise<Date> {
  if (!t.calendarId) return now;
  const cal = await loadCompiledCalendar(db, t.calendarId, { fromYear: t.registeredAt.getUTCFullYear(), toYear: now.getUTCFullYear() + 2 });
  const s = Math.floor(now.getTime() / 1000);
  return isOpen(cal, s) ? now : new Date(nextOpening(cal, s) * 1000);
}
