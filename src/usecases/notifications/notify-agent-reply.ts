import { agentReplyTemplate } from '../../core/notifications/templates/agent-reply.js';
import { pageUrl } from '../../core/pages.js';
import type { Db } from '../../storage/db.js';
import { findContactRecipient } from '../../storage/recipients.queries.js';
import type { TicketMessageRow, TicketRow } from '../../storage/tickets.queries.js';
import { queueEmail } from './queue-email.js';

/**
 * Queues a staff member's public reply to the ticket's requester, in the
 * reply's transaction, at the contact's stored address (never a Reply-To
 * taken from inbound mail). Once per reply (dedupe key). Internal notes and
 * contacts' own replies never come here.
 */
export async function notifyAgentReply(tx: Db, now: Date, ticket: TicketRow, message: TicketMessageRow, authorName: string, publicUrl: string | null): Promise<void> {
  const r = await findContactRecipient(tx, ticket.requesterId);
  if (!r) return;
  const rendered = agentReplyTemplate(
    { number: ticket.number, subject: ticket.subject, recipientName: r.name, authorName, text: message.bodyText, url: publicUrl ? pageUrl(publicUrl, 'supportTicket', { id: ticket.id }) : null },
    { locale: r.locale, timeZone: r.timeZone },
  );
  await queueEmail(tx, now, { recipient: r, template: 'agent-reply', rendered, dedupeKey: `reply:${message.id}`, ticketId: ticket.id, customerId: ticket.customerId });
}
