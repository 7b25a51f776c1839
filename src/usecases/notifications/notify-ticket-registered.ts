import { acknowledgementTemplate } from '../../core/notifications/templates/acknowledgement.js';
import { pageUrl } from '../../core/pages.js';
import type { TicketRow } from '../../storage/tickets.queries.js';
import type { EmailRecipient, QueueEmailInput } from './queue-email.js';

/**
 * The automatic acknowledgement of a new ticket to its requester, written in
 * the registration's own statement (R-K1). It is an automatic message, never
 * a first response (R-K4): nothing on the ticket changes. It carries
 * `Auto-Submitted: auto-replied` (RFC 3834) so autoresponders stay quiet, and
 * goes to the contact's stored address only. Once per ticket (dedupe key).
 */
export function ticketRegisteredEmail(
  ticket: Pick<TicketRow, 'id' | 'number' | 'subject' | 'customerId' | 'responseDueAt' | 'responseIndicative'>,
  recipient: EmailRecipient,
  publicUrl: string | null,
): QueueEmailInput {
  const rendered = acknowledgementTemplate(
    { number: ticket.number, subject: ticket.subject, recipientName: recipient.name, responseDueAt: ticket.responseDueAt, indicative: ticket.responseIndicative, url: publicUrl ? pageUrl(publicUrl, 'supportTicket', { id: ticket.id }) : null },
    { locale: recipient.locale, timeZone: recipient.timeZone },
  );
  return {
    recipient,
    template: 'acknowledgement',
    rendered,
    dedupeKey: `ack:${ticket.id}`,
    ticketId: ticket.id,
    customerId: ticket.customerId,
    headers: { 'Auto-Submitted': 'auto-replied' },
  };
}
