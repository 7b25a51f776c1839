import { tokenFromAddress, tokenFromMessageId } from '../../core/mail/reply-token.js';
import { senderVerdict } from '../../core/mail/sender-auth.js';
import { replyProof } from '../../core/mail/trust.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { actOnTicket } from './act-on-ticket.js';
import type { EmailContext, InboundOutcome } from './email-context.js';
import { openTicketFromEmail } from './open-ticket-from-email.js';
import { keepUnentitledEmail } from './keep-unentitled-email.js';
import type { MailSettings } from './mail-deps.js';
import type { ParsedInbound } from './parse-inbound.js';
import { recordBounce } from './record-bounce.js';
import { resolveThread } from './resolve-thread.js';
import { Scope } from '../../core/scope.js';

export type DecideSettings = Pick<MailSettings, 'from' | 'replyAddress' | 'messageIdDomain' | 'senderAuthservId'>;

/** Our own mail coming back (a forwarding loop, a misconfigured alias). */
function isOwnMail(p: ParsedInbound, s: DecideSettings): boolean {
  if (p.from.address === s.from.address.toLowerCase() || tokenFromAddress(s.replyAddress, p.from.address)) return true;
  return !!p.messageId && !!tokenFromMessageId(p.messageId) && p.messageId.endsWith(`@${s.messageIdDomain}`);
}

/** The trusted MTA's verdict on the sender (MAIL_AUTHSERV_ID), or null when none is configured. */
export function senderAuthentication(parsed: ParsedInbound, settings: DecideSettings) {
  return settings.senderAuthservId ? senderVerdict(parsed.headers['authentication-results'] ?? [], settings.senderAuthservId, parsed.from.address) : null;
}

/**
 * What one inbound mail may do (issue 13, "who may act by mail"), inside the
 * ingest's transaction. Machines' mail (bounces, auto-replies, our own) never
 * acts. A mail about a ticket acts on it only with proof (core/mail/trust.ts):
 * the ticket's reply token, or an authenticated sender who is a contact of the
 * ticket's customer; a token in an outsider's hands is kept, unanswered. A lead
 * without proof (threading headers, `[#1003]`) from a contact of the ticket's
 * customer is kept for staff and answered at the contact's stored address; a
 * lead to another customer's ticket reads as no lead at all (item 5). Anything
 * else is a new request: a contact's (authenticated when configured) opens a
 * ticket within the sender's budgets; an unknown sender's is kept and answered
 * within the refusal budgets, repeating none of its text.
 */
export async function decideInbound(ctx: EmailContext, settings: DecideSettings): Promise<InboundOutcome> {
  const { tx, parsed } = ctx;
  if (parsed.automated?.kind === 'bounce') return recordBounce(tx, ctx.now, parsed, settings.messageIdDomain, parsed.automated.reason);
  if (parsed.automated) return { status: 'ignored_auto_reply', reason: parsed.automated.reason };
  if (isOwnMail(parsed, settings)) return { status: 'ignored_loop', reason: 'sent by this desk' };
  const contact = parsed.from.address ? await findContactRowByEmail(tx, parsed.from.address) : null;
  const auth = senderAuthentication(parsed, settings);
  const thread = await resolveThread(tx, parsed, settings.replyAddress, contact);
  if (thread) {
    // The system reads the ticket a token or lead names; whether the sender may act on it is decided next.
    const ticket = await findTicketRow(tx, Scope.system, thread.ticketId);
    const lead = { claimedTicketId: thread.ticketId, via: thread.via, fromContactId: contact?.id ?? null };
    // Only a token can have found another customer's ticket (leads are scoped to the sender's customer).
    if (!ticket || !contact || contact.customerId !== ticket.customerId) return keepUnentitledEmail(ctx, 'NOT_A_PARTICIPANT', lead);
    const proof = replyProof({ token: thread.token, authenticated: ctx.authenticated });
    if (!proof) return keepUnentitledEmail(ctx, 'REPLY_NOT_PROVEN', { ...lead, ...(auth ? { authentication: auth } : {}) }, { answer: true, contact });
    return actOnTicket(ctx, contact, ticket, thread, proof);
  }
  if (contact && auth && auth.verdict !== 'pass') return keepUnentitledEmail(ctx, 'SENDER_NOT_AUTHENTICATED', { fromContactId: contact.id, authentication: auth }, { answer: false });
  if (contact) return openTicketFromEmail(ctx, contact);
  return keepUnentitledEmail(ctx, 'UNKNOWN_SENDER', auth ? { authentication: auth } : {}, { answer: !auth || auth.verdict === 'pass' });
}
