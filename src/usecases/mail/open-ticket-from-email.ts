import { contactActor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { Scope } from '../../core/scope.js';
import type { ContactRow } from '../../storage/contacts.queries.js';
import { findRequester } from '../../storage/ticket-context.queries.js';
import { findUnentitledRow, updateUnentitledRow } from '../../storage/unentitled.queries.js';
import { notifyRefusal } from '../notifications/notify-refusal.js';
import { registerTicket, type TicketSource } from '../tickets/register-ticket.js';
import type { EmailContext, InboundOutcome } from './email-context.js';
import { pickEmailSeverity } from './email-severity.js';
import { keepEmailAttachments } from './keep-email-attachments.js';
import { keepUnentitledEmail, stashAttachments } from './keep-unentitled-email.js';
import { holdAcknowledgementOverBudget, senderBudget } from './sender-budget.js';

const fixedClock = (now: Date): Clock => ({ now: () => now });

/**
 * New mail from a known contact opens a ticket through the same use case as
 * the portal (R-K1, channel 'email'); a refused one (R-C2, channel, contract,
 * allowance) is kept by registerTicket and answered with a rate-limited refusal.
 */
export async function openTicketFromEmail(ctx: EmailContext, contact: ContactRow, extra: Omit<TicketSource, 'inboundMessageId' | 'messageId'> = {}): Promise<InboundOutcome> {
  const { tx, now, parsed } = ctx;
  const stop = await senderBudget(ctx, contact.email);
  if (stop) return keepUnentitledEmail(ctx, stop, { fromContactId: contact.id, ...extra }, { answer: false });
  const who = await findRequester(tx, contact.id, Scope.customerOf(contact));
  if (!who) throw new DomainError('NOT_FOUND', 'No such contact.');
  const severity = await pickEmailSeverity(tx, who, now, ctx.settings.defaultSeverity);
  const r = await registerTicket(
    { db: tx, clock: fixedClock(now), config: ctx.publicUrl ? { publicUrl: ctx.publicUrl } : undefined },
    {
      actor: contactActor(contact), channel: 'email', requesterId: contact.id, subject: parsed.subject || '(no subject)',
      body: parsed.html ? { html: parsed.html } : { text: parsed.text }, severity,
      source: { inboundMessageId: ctx.inboundId, messageId: parsed.messageId, ...extra },
    },
  );
  if (r.kind === 'registered') {
    const files = await keepEmailAttachments(tx, { blobs: ctx.blobs, maxBytes: ctx.maxBytes, now }, { ticketId: r.ticket.id, messageId: null, contactId: contact.id, files: parsed.attachments });
    const ackHeld = await holdAcknowledgementOverBudget(ctx, r.ticket.id);
    return { status: 'ticket_created', ticketId: r.ticket.id, accepted: true, details: { severity, dropped: files.dropped, ...extra, ...(ackHeld ? { acknowledgement: 'held' } : {}) } };
  }
  const attachments = await stashAttachments(ctx);
  // The request registerTicket kept a moment ago, in this transaction.
  const u = await findUnentitledRow(tx, Scope.system, r.unentitledRequestId);
  await updateUnentitledRow(tx, r.unentitledRequestId, { details: { ...(u?.details as object), attachments } });
  const refusal = await notifyRefusal(tx, now, {
    address: parsed.from.address, contactId: contact.id, locale: null, reason: r.code, subject: parsed.subject, proven: ctx.authenticated, customerId: contact.customerId,
    inboundId: ctx.inboundId, intervalMinutes: ctx.settings.refusalIntervalMinutes, perHour: ctx.settings.refusalsPerHour,
  });
  // A request the contract refused is kept for the customer (e.g. awaiting approval): a proven sender's counts as handled.
  return { status: 'refused', reason: r.code, unentitledRequestId: r.unentitledRequestId, accepted: ctx.authenticated, details: { refusalQueued: refusal, ...extra } };
}
