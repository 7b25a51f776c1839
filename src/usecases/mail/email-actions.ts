import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { stripQuotedReply } from '../../core/mail/quoted-reply.js';
import { cleanFilename } from '../../core/tickets/attachment-policy.js';
import { htmlToText, normalizeBody } from '../../core/tickets/body.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { ContactRow } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import type { InboundStatus } from '../../storage/schema/index.js';
import { findRequester } from '../../storage/ticket-context.queries.js';
import { findUnentitledRow, insertUnentitledRequest, updateUnentitledRow } from '../../storage/unentitled.queries.js';
import { notifyRefusal } from '../notifications/notify-refusal.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { replyToTicket } from '../tickets/reply-to-ticket.js';
import { decideEstimateByEmail } from '../billing/decide-estimate-by-email.js';
import { parseEstimateDecision } from '../../core/billing/estimate-reply.js';
import { pickEmailSeverity } from './email-severity.js';
import { keepEmailAttachments } from './keep-email-attachments.js';
import type { MailSettings } from './mail-deps.js';
import type { ParsedInbound } from './parse-inbound.js';

/** What happened to one inbound message (stored on its inbound_messages row). */
export interface InboundOutcome {
  status: InboundStatus;
  reason?: string | null;
  ticketId?: string | null;
  ticketMessageId?: string | null;
  unentitledRequestId?: string | null;
  details?: Record<string, unknown>;
}

/** Everything an email action needs, inside the ingest's one transaction. */
export interface EmailContext {
  tx: Db;
  now: Date;
  blobs: BlobStore;
  maxBytes: number;
  settings: Pick<MailSettings, 'defaultSeverity' | 'refusalIntervalMinutes'>;
  parsed: ParsedInbound;
  inboundId: string;
}

export function contactActor(c: ContactRow): Actor {
  return { kind: 'contact', id: c.id, customerId: c.customerId, isAuthorized: c.isAuthorized, isAdministrator: c.isAdministrator, name: c.name, email: c.email, locale: c.locale, timeZone: c.timeZone };
}

const fixedClock = (now: Date): Clock => ({ now: () => now });

/** Attachment bytes of a mail that opened no ticket: kept in the blob store and listed for agents. */
async function stashAttachments(ctx: EmailContext) {
  const out = [];
  for (const f of ctx.parsed.attachments) out.push({ filename: cleanFilename(f.filename), ...(await ctx.blobs.put(f.content)) });
  return out;
}

/**
 * New mail from a known contact opens a ticket through the same use case as
 * the portal (R-K1, channel 'email'); a refused one (R-C2, channel, contract,
 * allowance) is kept by registerTicket and answered with a rate-limited refusal.
 */
export async function openTicketFromEmail(ctx: EmailContext, contact: ContactRow, extra: Record<string, unknown> = {}): Promise<InboundOutcome> {
  const { tx, now, parsed } = ctx;
  const who = await findRequester(tx, contact.id, null);
  if (!who) throw new DomainError('NOT_FOUND', 'No such contact.');
  const severity = await pickEmailSeverity(tx, who, now, ctx.settings.defaultSeverity);
  const r = await registerTicket(
    { db: tx, clock: fixedClock(now) },
    {
      actor: contactActor(contact), channel: 'email', requesterId: contact.id, subject: parsed.subject || '(no subject)',
      body: parsed.html ? { html: parsed.html } : { text: parsed.text }, severity,
      source: { inboundMessageId: ctx.inboundId, messageId: parsed.messageId, ...extra },
    },
  );
  if (r.kind === 'registered') {
    const files = await keepEmailAttachments(tx, { blobs: ctx.blobs, maxBytes: ctx.maxBytes, now }, { ticketId: r.ticket.id, messageId: null, contactId: contact.id, files: parsed.attachments });
    return { status: 'ticket_created', ticketId: r.ticket.id, details: { severity, dropped: files.dropped } };
  }
  const attachments = await stashAttachments(ctx);
  const u = await findUnentitledRow(tx, null, r.unentitledRequestId);
  await updateUnentitledRow(tx, r.unentitledRequestId, { details: { ...(u?.details as object), attachments } });
  const refusal = await notifyRefusal(tx, now, {
    address: parsed.from.address, contactId: contact.id, locale: null, reason: r.code, subject: parsed.subject, customerId: contact.customerId,
    inboundId: ctx.inboundId, intervalMinutes: ctx.settings.refusalIntervalMinutes,
  });
  return { status: 'refused', reason: r.code, unentitledRequestId: r.unentitledRequestId, details: { refusalQueued: refusal } };
}

/** A participant's reply: the new text only (quoted history dropped), attachments kept; a closed ticket gets a follow-up ticket. */
export async function addReplyFromEmail(ctx: EmailContext, contact: ContactRow, ticketId: string, via: string): Promise<InboundOutcome> {
  const { tx, now, parsed } = ctx;
  const text = stripQuotedReply(parsed.text || htmlToText(parsed.html ?? ''));
  const body = text || (parsed.attachments.length ? `(${parsed.attachments.map((a) => a.filename).join(', ')})` : '');
  if (!body) return { status: 'ignored_empty', ticketId, reason: 'no text and no attachments' };
  try {
    const { result: message } = await replyToTicket({ db: tx, clock: fixedClock(now) }, { actor: contactActor(contact), ticketId, body: { text: body }, channel: 'email' });
    const files = await keepEmailAttachments(tx, { blobs: ctx.blobs, maxBytes: ctx.maxBytes, now }, { ticketId, messageId: message.id, contactId: contact.id, files: parsed.attachments });
    const estimate = await decideEstimateFromReply(ctx, contact, ticketId, text);
    return { status: 'reply_added', ticketId, ticketMessageId: message.id, details: { via, dropped: files.dropped, ...(estimate ? { estimate } : {}) } };
  } catch (e) {
    if (!(e instanceof DomainError && e.code === 'TRANSITION_NOT_ALLOWED')) throw e;
    return openTicketFromEmail(ctx, contact, { followUpOf: ticketId });
  }
}

/**
 * R-B4 approval by replying to the estimate email: the administrator's reply
 * whose first word is APPROVE / DECLINE (en, es, el) decides the sent
 * estimate, in the transaction of the reply. Anything else stays a reply.
 */
async function decideEstimateFromReply(ctx: EmailContext, contact: ContactRow, ticketId: string, text: string): Promise<string | null> {
  const decision = contact.isAdministrator ? parseEstimateDecision(text) : null;
  if (!decision) return null;
  try {
    const e = await decideEstimateByEmail({ db: ctx.tx, clock: fixedClock(ctx.now) }, { ticketId, fromContactId: contact.id, decision });
    return `${e.id}:${e.status}`;
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'ESTIMATE_STATE_CONFLICT' || err.code === 'NOT_CUSTOMER_ADMINISTRATOR')) return null;
    throw err;
  }
}

/**
 * Mail that must not reach a customer-visible ticket: a non-participant's
 * "reply" (possibly spoofed) or an unknown sender. Kept for agents as an
 * unentitled request with no customer (so no customer sees it); only an
 * unknown sender's new mail is answered, with a rate-limited refusal.
 */
const UNENTITLED_EMAIL_MESSAGES = {
  NOT_A_PARTICIPANT: 'A reply to a ticket from someone who is not a contact of its customer: not attached, nobody notified.',
  UNKNOWN_SENDER: 'Mail from an address that is not a contact of any customer.',
  SENDER_NOT_AUTHENTICATED: "Mail in a contact's name that the receiving server could not authenticate (SPF, DKIM, DMARC): no ticket opened, no answer sent.",
} as const;

export async function keepUnentitledEmail(
  ctx: EmailContext,
  kind: 'NOT_A_PARTICIPANT' | 'UNKNOWN_SENDER' | 'SENDER_NOT_AUTHENTICATED',
  details: Record<string, unknown>,
  opts: { answer: boolean } = { answer: true },
): Promise<InboundOutcome> {
  const { tx, now, parsed } = ctx;
  const message = UNENTITLED_EMAIL_MESSAGES[kind];
  const body = normalizeBody(parsed.html ? { html: parsed.html } : { text: parsed.text });
  const u = await insertUnentitledRequest(tx, {
    receivedAt: now, channel: 'email', reasonCode: kind, reasonMessage: message, customerId: null, contactId: null, fromEmail: parsed.from.address || null,
    subject: parsed.subject || '(no subject)', bodyHtml: body.html, bodyText: body.text, status: 'open',
    details: { inboundMessageId: ctx.inboundId, messageId: parsed.messageId, attachments: await stashAttachments(ctx), ...details },
  });
  if (kind === 'NOT_A_PARTICIPANT') return { status: 'kept_not_participant', reason: kind, unentitledRequestId: u.id, details };
  // An unauthenticated sender may be forged: answering would mail someone who never wrote (backscatter).
  if (kind === 'SENDER_NOT_AUTHENTICATED' || !opts.answer || !parsed.from.address) return { status: 'refused', reason: kind, unentitledRequestId: u.id, details: { ...details, refusalQueued: false } };
  const refusal = await notifyRefusal(tx, now, {
    address: parsed.from.address, contactId: null, locale: parsed.locale, reason: 'UNKNOWN_SENDER', subject: parsed.subject, customerId: null,
    inboundId: ctx.inboundId, intervalMinutes: ctx.settings.refusalIntervalMinutes,
  });
  return { status: 'refused', reason: kind, unentitledRequestId: u.id, details: { ...details, refusalQueued: refusal } };
}
