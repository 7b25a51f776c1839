import { tokenFromAddress, tokenFromMessageId, ticketNumberInSubject } from '../../core/mail/reply-token.js';
import type { Db } from '../../storage/db.js';
import { findTicketIdByInboundMessageIds, findTicketIdByToken } from '../../storage/inbound-mail.queries.js';
import { findOutboxByReplyToken } from '../../storage/mail-trust.queries.js';
import { findTicketRow, findTicketRowByNumber } from '../../storage/tickets.queries.js';
import type { ParsedInbound } from './parse-inbound.js';
import { Scope } from '../../core/scope.js';

export interface ThreadMatch {
  ticketId: string;
  via: 'reply_address' | 'references' | 'subject_number';
  /** The message carried a secret token of this ticket (reply address or one of our Message-IDs): proof, not only a lead. */
  token: boolean;
  /** When the token was a decision token: the outbox message that asked for the decision. */
  askingOutboxId: string | null;
}

/** A token of ours: the ticket's reply token, or the decision token of one outbox message of the ticket. */
async function ticketOfToken(db: Db, token: string, outboxId: string | null): Promise<{ ticketId: string; askingOutboxId: string | null } | null> {
  const ticketId = await findTicketIdByToken(db, token);
  if (ticketId) return { ticketId, askingOutboxId: null };
  const asking = await findOutboxByReplyToken(db, token);
  // In a Message-ID the token must ride with its own row's id (cd.<row id>.<token>): bound to that one mail.
  if (!asking?.ticketId || (outboxId !== null && outboxId !== asking.id)) return null;
  return { ticketId: asking.ticketId, askingOutboxId: asking.id };
}

const outboxIdOf = (messageId: string) => /^cd\.([0-9a-f-]{36})\./i.exec(messageId)?.[1]?.toLowerCase() ?? null;

/**
 * Which ticket a message is about, if any, and whether it PROVED it (issue 13):
 * a token in a To/Cc/envelope address or in a Message-ID Coverdesk made is
 * proof; In-Reply-To/References naming the message that opened a ticket, and a
 * ticket number in the subject, only find one, and only among the sender's own
 * customer's tickets (`sender`, the contact; null: not at all), so another customer's
 * number or thread reads as none (issue 13 item 5). The
 * caller decides whether the sender may act on what was found.
 */
export async function resolveThread(db: Db, parsed: ParsedInbound, replyPattern: string | null, sender: { customerId: string } | null): Promise<ThreadMatch | null> {
  for (const address of parsed.recipients) {
    const token = tokenFromAddress(replyPattern, address);
    const found = token ? await ticketOfToken(db, token, null) : null;
    if (found) return { ...found, via: 'reply_address', token: true };
  }
  const ids = [...parsed.inReplyTo, ...[...parsed.references].reverse()];
  for (const id of ids) {
    const token = tokenFromMessageId(id);
    const found = token ? await ticketOfToken(db, token, outboxIdOf(id)) : null;
    if (found) return { ...found, via: 'references', token: true };
  }
  // Leads without proof: only among the sender's own customer's tickets (another customer's reads as none).
  if (!sender) return null;
  const scope = Scope.customerOf(sender);
  const openedId = await findTicketIdByInboundMessageIds(db, ids);
  const opened = openedId ? await findTicketRow(db, scope, openedId) : null;
  if (opened) return { ticketId: opened.id, via: 'references', token: false, askingOutboxId: null };
  const number = ticketNumberInSubject(parsed.subject);
  const named = number !== null ? await findTicketRowByNumber(db, scope, number) : null;
  return named ? { ticketId: named.id, via: 'subject_number', token: false, askingOutboxId: null } : null;
}
