import type { Actor } from '../../core/actor.js';
import type { MailConfig } from '../../config/mail-config.js';
import { composeOutbound } from '../../core/mail/compose.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { findOutboxRow } from '../../storage/mail-outbox.queries.js';
import { presentOutbox } from '../../presenters/mail/present-mail.js';
import { authorize, MANAGERS } from '../../core/access.js';

/**
 * One outbox message with its text and HTML and the headers it is (or will
 * be) sent with, exactly as the delivery worker composes them. Throws NOT_FOUND.
 */
export async function getOutboxMessage(deps: { db: Db; config: { mail: MailConfig } }, input: { actor: Actor; id: string }) {
  authorize(input.actor, MANAGERS);
  const row = await findOutboxRow(deps.db, input.id);
  if (!row) throw new DomainError('NOT_FOUND', 'No such message.');
  const thread = row.ticketId ? ((await findThreadInfo(deps.db, [row.ticketId])).get(row.ticketId) ?? null) : null;
  const wire = composeOutbound(row, deps.config.mail, thread);
  return {
    ...presentOutbox(row),
    retriedAt: row.retriedAt?.toISOString() ?? null,
    text: row.textBody,
    html: row.htmlBody,
    headers: { from: wire.from, to: wire.to, subject: wire.subject, messageId: wire.messageId, replyTo: wire.replyTo, inReplyTo: wire.inReplyTo, references: wire.references, extra: wire.headers },
  };
}
