import { contactActor } from '../../core/actor.js';
import { parseEstimateDecision } from '../../core/billing/estimate-reply.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { stripQuotedReply } from '../../core/mail/quoted-reply.js';
import { canDecideByMail, type ReplyProof } from '../../core/mail/trust.js';
import { Scope } from '../../core/scope.js';
import { htmlToText } from '../../core/tickets/body.js';
import { takesReplies } from '../../core/tickets/status-machine.js';
import { listTicketEstimates } from '../../storage/billing-estimates.queries.js';
import type { ContactRow } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { findOutboxRowByDedupeKey } from '../../storage/mail-trust.queries.js';
import { findTicketRow, type TicketRow } from '../../storage/tickets.queries.js';
import { decideEstimateByEmail } from '../billing/decide-estimate-by-email.js';
import { replyToTicket } from '../tickets/reply-to-ticket.js';
import type { EmailContext, InboundOutcome } from './email-context.js';
import { keepEmailAttachments } from './keep-email-attachments.js';
import { keepUnentitledEmail } from './keep-unentitled-email.js';
import { openTicketFromEmail } from './open-ticket-from-email.js';
import type { ParsedInbound } from './parse-inbound.js';
import type { ThreadMatch } from './resolve-thread.js';

const fixedClock = (now: Date): Clock => ({ now: () => now });

/**
 * A reply that proved itself (core/mail/trust.ts) from a contact of the
 * ticket's customer. A closed ticket cannot take replies (R-K3): the mail opens
 * a follow-up ticket in the contact's name, which needed the same proof. That
 * is decided on the ticket's row read under its lock (`takesReplies`), so a
 * ticket closed since the thread was resolved opens a follow-up too, where the
 * reply would fail with TRANSITION_NOT_ALLOWED and the mail be retried. A
 * mail that reads as a decision (an estimate's APPROVE / DECLINE) decides only
 * with the proof core/mail/trust.ts canDecideByMail asks for; otherwise it is
 * refused, kept for staff and answered, and nothing is added to the ticket.
 */
export async function actOnTicket(ctx: EmailContext, contact: ContactRow, found: TicketRow, thread: ThreadMatch, proof: ReplyProof): Promise<InboundOutcome> {
  const ticket = await findTicketRow(ctx.tx, Scope.system, found.id, { lock: true });
  if (!ticket) throw new DomainError('NOT_FOUND', 'No such ticket.');
  if (!takesReplies(ticket.status)) return openTicketFromEmail(ctx, contact, { followUpOf: ticket.id, via: thread.via, proof });
  const text = replyText(ctx.parsed);
  const decision = contact.isAdministrator ? parseEstimateDecision(text) : null;
  const asked = decision ? await estimateAwaitingDecision(ctx.tx, ticket) : null;
  if (decision && asked) {
    const askingToken = !!thread.askingOutboxId && thread.askingOutboxId === asked.outboxId;
    if (!canDecideByMail({ askingToken, administrator: contact.isAdministrator, authenticated: ctx.authenticated })) {
      return keepUnentitledEmail(ctx, 'DECISION_NOT_PROVEN', { claimedTicketId: ticket.id, estimateId: asked.estimateId, decision, via: thread.via, askingToken, authenticated: ctx.authenticated, fromContactId: contact.id }, { answer: true, contact });
    }
  }
  return addReplyFromEmail(ctx, contact, ticket.id, thread.via, decision && asked ? decision : null, proof);
}

/** The new text of a reply: quoted history dropped. */
const replyText = (parsed: ParsedInbound) => stripQuotedReply(parsed.text || htmlToText(parsed.html ?? ''));

/** The ticket's estimate waiting for a decision and the mail that asked for it (send-estimate.ts), or null. */
async function estimateAwaitingDecision(tx: Db, ticket: TicketRow): Promise<{ estimateId: string; outboxId: string | null } | null> {
  const sent = (await listTicketEstimates(tx, Scope.customerOf(ticket), ticket.id)).find((e) => e.status === 'sent');
  if (!sent) return null;
  const asking = await findOutboxRowByDedupeKey(tx, `estimate-sent:${sent.id}`);
  return { estimateId: sent.id, outboxId: asking?.id ?? null };
}

/** A proven participant's reply: the new text only (quoted history dropped), attachments kept. */
async function addReplyFromEmail(ctx: EmailContext, contact: ContactRow, ticketId: string, via: string, decision: 'approve' | 'decline' | null, proof: ReplyProof): Promise<InboundOutcome> {
  const { tx, now, parsed } = ctx;
  const text = replyText(parsed);
  const body = text || (parsed.attachments.length ? `(${parsed.attachments.map((a) => a.filename).join(', ')})` : '');
  if (!body) return { status: 'ignored_empty', ticketId, reason: 'no text and no attachments' };
  const { result: message } = await replyToTicket({ db: tx, clock: fixedClock(now) }, { actor: contactActor(contact), ticketId, body: { text: body }, channel: 'email' });
  const files = await keepEmailAttachments(tx, { blobs: ctx.blobs, maxBytes: ctx.maxBytes, now }, { ticketId, messageId: message.id, contactId: contact.id, files: parsed.attachments });
  const estimate = decision ? await decideEstimateFromReply(ctx, contact, ticketId, decision) : null;
  return { status: 'reply_added', ticketId, ticketMessageId: message.id, accepted: true, details: { via, proof, dropped: files.dropped, ...(estimate ? { estimate } : {}) } };
}

/**
 * R-B4 approval by replying to the estimate email: the administrator's reply
 * whose first word is APPROVE / DECLINE (en, es, el), proven as actOnTicket
 * asks, decides the sent estimate in the transaction of the reply.
 */
async function decideEstimateFromReply(ctx: EmailContext, contact: ContactRow, ticketId: string, decision: 'approve' | 'decline'): Promise<string | null> {
  try {
    const e = await decideEstimateByEmail({ db: ctx.tx, clock: fixedClock(ctx.now) }, { ticketId, fromContactId: contact.id, decision });
    return `${e.id}:${e.status}`;
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'ESTIMATE_STATE_CONFLICT' || err.code === 'NOT_CUSTOMER_ADMINISTRATOR')) return null;
    throw err;
  }
}
