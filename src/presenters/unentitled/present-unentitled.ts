import type { UnentitledRow } from '../../storage/unentitled.queries.js';

export type UnentitledView = ReturnType<typeof presentUnentitled>;

export function presentUnentitled(r: UnentitledRow) {
  return {
    id: r.id,
    receivedAt: r.receivedAt.toISOString(),
    channel: r.channel,
    reasonCode: r.reasonCode,
    reasonMessage: r.reasonMessage,
    customerId: r.customerId,
    contactId: r.contactId,
    fromEmail: r.fromEmail,
    subject: r.subject,
    bodyHtml: r.bodyHtml,
    bodyText: r.bodyText,
    proposedSeverity: r.proposedSeverity,
    status: r.status,
    ticketId: r.ticketId,
    handledAt: r.handledAt?.toISOString() ?? null,
    handledNote: r.handledNote,
  };
}
