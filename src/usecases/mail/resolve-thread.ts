import { tokenFromAddress, tokenFromMessageId } from '../../core/mail/reply-token.js';
import type { Db } from '../../storage/db.js';
import { findTicketIdByInboundMessageIds, findTicketIdByToken } from '../../storage/inbound-mail.queries.js';
import type { ParsedInbound } from './parse-inbound.js';

export type ThreadMatch = { ticketId: string; via: 'reply_address' | 'references' } | null;

/**
 * Which ticket a message answers, if any: the unguessable reply token in a
 * To/Cc/envelope address, else In-Reply-To/References naming a Message-ID
 * Coverdesk sent for the ticket (it carries the token) or the message that
 * opened it. A ticket number in the subject is never used here (issue 5);
 * the caller still checks that the sender is a participant.
 */
export async function resolveThread(db: Db, parsed: ParsedInbound, replyPattern: string | null): Promise<ThreadMatch> {
  for (const address of parsed.recipients) {
    const token = tokenFromAddress(replyPattern, address);
    const ticketId = token ? await findTicketIdByToken(db, token) : null;
    if (ticketId) return { ticketId, via: 'reply_address' };
  }
  const ids = [...parsed.inReplyTo, ...[...parsed.references].reverse()];
  for (const id of ids) {
    const token = tokenFromMessageId(id);
    const ticketId = token ? await findTicketIdByToken(db, token) : null;
    if (ticketId) return { ticketId, via: 'references' };
  }
  const opened = await findTicketIdByInboundMessageIds(db, ids);
  return opened ? { ticketId: opened, via: 'references' } : null;
}
