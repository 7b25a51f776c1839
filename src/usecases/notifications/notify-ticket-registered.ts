import { acknowledgementTemplate } from '../../core/notifications/templates/acknowledgement.js';
import type { Db } from '../../storage/db.js';
import { findContactRecipient } from '../../storage/recipients.queries.js';
import type { TicketRow } from '../../storage/tickets.queries.js';
import { queueEmail } from './queue-email.js';

/**
 * Queues the automatic acknowledgement of a new ticket to its requester, in
 * the registration's transaction (R-K1). It is an automatic message, never a
 * first response (R-K4): nothing on the ticket changes. It carries
 * `Auto-Submitted: auto-replied` (RFC 3834) so autoresponders stay quiet, and
 * goes to the contact's stored address only. Once per ticket (dedupe key).
 */
export async function notifyTicketRegistered(tx: Db, now: Date, ticket: TicketRow): Promise<void> {
  const r = await findContactRecipient(tx, ticket.requesterId);
  if (!r) return;
  const rendered = acknowledgementTemplate(
    { number: ticket.number, subject: ticket.subject, recipientName: r.name, responseDueAt: ticket.responseDueAt, indicative: ticket.responseIndicative },
    { locale: r.locale, timeZone: r.timeZone },
  );
  await queueEmail(tx, now, {
    recipient: r,
    template: 'acknowledgement',
    rendered,
    dedupeKey: `ack:${ticket.id}`,
    ticketId: ticket.id,
    customerId: ticket.customerId,
    headers: { 'Auto-Submitted': 'auto-replied' },
  });
}
