import { normalizeBody } from '../../core/tickets/body.js';
import { cleanFilename } from '../../core/tickets/attachment-policy.js';
import type { ContactRow } from '../../storage/contacts.queries.js';
import { insertUnentitledRequest } from '../../storage/unentitled.queries.js';
import { notifyRefusal } from '../notifications/notify-refusal.js';
import type { EmailContext, InboundOutcome } from './email-context.js';

/** Why a mail was kept for staff instead of acting (shown with the request in the console). */
export type KeptEmailReason = keyof typeof KEPT_EMAIL_MESSAGES;

const KEPT_EMAIL_MESSAGES = {
  NOT_A_PARTICIPANT: 'A reply to a ticket from someone who is not a contact of its customer: not attached, nobody notified.',
  UNKNOWN_SENDER: 'Mail from an address that is not a contact of any customer.',
  SENDER_NOT_AUTHENTICATED: "Mail in a contact's name that the receiving server could not authenticate (SPF, DKIM, DMARC): no ticket opened, no answer sent.",
  REPLY_NOT_PROVEN: "A reply in a contact's name that carried no reply token of the ticket and no authenticated sender: not attached.",
  DECISION_NOT_PROVEN: 'A decision by mail (an estimate approval) without the token of the mail that asked for it, the administrator as authenticated sender, or both: nothing decided.',
  MAIL_LOOP_SUSPECTED: 'Too many new requests from this sender in a few minutes (an auto-responder answering our acknowledgements?): no ticket opened, no answer sent.',
  SENDER_TICKET_BUDGET: 'This sender opened the most tickets by mail allowed per hour: no ticket opened, no answer sent.',
} as const;

/** Attachment bytes of a mail that opened no ticket: kept in the blob store and listed for agents. */
export async function stashAttachments(ctx: EmailContext) {
  const out = [];
  for (const f of ctx.parsed.attachments) out.push({ filename: cleanFilename(f.filename), ...(await ctx.blobs.put(f.content)) });
  return out;
}

/**
 * Mail that must not reach a customer-visible ticket, kept for agents as an
 * unentitled request with no customer (so no customer sees it): a
 * non-participant's "reply" (possibly spoofed), an unproven reply or decision,
 * an unknown sender, a suspected loop. Answers only when `opts.answer`:
 * to a known contact at its STORED address (`opts.contact`), else to the From
 * address; never for a non-participant or an unauthenticated sender (both may
 * be forged). Refusals never repeat the mail's text to an unproven sender and
 * are budgeted per address and overall (notifyRefusal).
 */
export async function keepUnentitledEmail(
  ctx: EmailContext,
  kind: KeptEmailReason,
  details: Record<string, unknown>,
  opts: { answer: boolean; contact?: ContactRow } = { answer: true },
): Promise<InboundOutcome> {
  const { tx, now, parsed } = ctx;
  const body = normalizeBody(parsed.html ? { html: parsed.html } : { text: parsed.text });
  const u = await insertUnentitledRequest(tx, {
    receivedAt: now, channel: 'email', reasonCode: kind, reasonMessage: KEPT_EMAIL_MESSAGES[kind], customerId: null, contactId: null, fromEmail: parsed.from.address || null,
    subject: parsed.subject || '(no subject)', bodyHtml: body.html, bodyText: body.text, status: 'open',
    details: { inboundMessageId: ctx.inboundId, messageId: parsed.messageId, attachments: await stashAttachments(ctx), ...details },
  });
  if (kind === 'NOT_A_PARTICIPANT') return { status: 'kept_not_participant', reason: kind, unentitledRequestId: u.id, details };
  const reason = kind === 'UNKNOWN_SENDER' || kind === 'REPLY_NOT_PROVEN' || kind === 'DECISION_NOT_PROVEN' ? kind : null;
  if (!reason || !opts.answer || !parsed.from.address) return { status: 'refused', reason: kind, unentitledRequestId: u.id, details: { ...details, refusalQueued: false } };
  const refusal = await notifyRefusal(tx, now, {
    address: opts.contact?.email ?? parsed.from.address, contactId: opts.contact?.id ?? null, locale: parsed.locale, reason, subject: parsed.subject, proven: ctx.authenticated,
    customerId: opts.contact?.customerId ?? null, inboundId: ctx.inboundId, intervalMinutes: ctx.settings.refusalIntervalMinutes, perHour: ctx.settings.refusalsPerHour,
  });
  return { status: 'refused', reason: kind, unentitledRequestId: u.id, details: { ...details, refusalQueued: refusal } };
}
