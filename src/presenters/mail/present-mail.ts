import type { InboundRow } from '../../storage/inbound-mail.queries.js';
import type { OutboxRow } from '../../storage/outbox.queries.js';

/** An outbox message as admins see it: status, attempts and the server's last answer. */
export function presentOutbox(r: OutboxRow) {
  return {
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    template: r.template,
    locale: r.locale,
    to: { kind: r.recipientKind, id: r.recipientId, address: r.toAddress, name: r.toName },
    subject: r.subject,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: r.status === 'pending' ? r.nextAttemptAt.toISOString() : null,
    notBefore: r.notBefore?.toISOString() ?? null,
    lastError: r.lastError,
    sentAt: r.sentAt?.toISOString() ?? null,
    bouncedAt: r.bouncedAt?.toISOString() ?? null,
    ticketId: r.ticketId,
    customerId: r.customerId,
  };
}

export function presentInbound(r: InboundRow) {
  return {
    id: r.id,
    mailbox: r.mailbox,
    messageId: r.messageId,
    receivedAt: r.receivedAt.toISOString(),
    lastDeliveryAt: r.lastDeliveryAt.toISOString(),
    deliveries: r.deliveries,
    from: { address: r.fromAddress, name: r.fromName },
    subject: r.subject,
    status: r.status,
    reason: r.reason,
    ticketId: r.ticketId,
    ticketMessageId: r.ticketMessageId,
    unentitledRequestId: r.unentitledRequestId,
    raw: { sha256: r.rawSha256, sizeBytes: r.rawSize },
    attempts: r.attempts,
    lastError: r.lastError,
    details: r.details,
  };
}
