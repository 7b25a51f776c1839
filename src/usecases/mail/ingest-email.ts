import type { Clock } from '../../core/clock.js';
import { tokenFromAddress, ticketNumberInSubject, tokenFromMessageId } from '../../core/mail/reply-token.js';
import { senderVerdict } from '../../core/mail/sender-auth.js';
import type { BlobStore } from '../../storage/blob-store.js';
import { findContactRowByEmail } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { claimInbound, completeInbound, MAX_INBOUND_ATTEMPTS, recordInboundFailure } from '../../storage/inbound-mail.queries.js';
import { findTicketRow, findTicketRowByNumber } from '../../storage/tickets.queries.js';
import { addReplyFromEmail, keepUnentitledEmail, openTicketFromEmail, type EmailContext, type InboundOutcome } from './email-actions.js';
import type { MailLog, MailSettings } from './mail-deps.js';
import { parseInbound, type ParsedInbound } from './parse-inbound.js';
import { recordBounce } from './record-bounce.js';
import { resolveThread } from './resolve-thread.js';
import { withTx } from '../../storage/with-tx.js';

export interface IngestDeps {
  db: Db;
  clock: Clock;
  blobs: BlobStore;
  log: MailLog;
  settings: Pick<MailSettings, 'from' | 'replyAddress' | 'messageIdDomain' | 'defaultSeverity' | 'refusalIntervalMinutes' | 'senderAuthservId'>;
  attachmentMaxBytes: number;
}

export interface IngestInput {
  /** 'smtp', or 'imap:<user>@<host>/<mailbox>'. */
  mailbox: string;
  raw: Buffer;
  /** SMTP's MAIL FROM ('' = null sender) and RCPT TO; absent for IMAP. */
  envelope?: { from?: string | null; to?: string[] };
}

export type IngestResult = InboundOutcome & { inboundId: string; duplicate: boolean };

/** A message that could not be processed; `retryable` tells SMTP to answer 451 and IMAP to leave it unseen. */
export class IngestFailure extends Error {
  constructor(message: string, readonly retryable: boolean, readonly inboundId: string) {
    super(message);
  }
}

/**
 * One inbound email, from the SMTP listener or the IMAP poller (issue 5).
 * Keeps the raw message in the blob store; de-duplicates by Message-ID (or a
 * content hash) in the SAME transaction that creates the ticket or reply, so
 * a message delivered twice, or through SMTP and IMAP, acts once. Auto-replies
 * and bounces (RFC 3834) never open tickets nor get answers; replies attach
 * only for participants; others are kept for agents (R-C2). Throws
 * IngestFailure after recording the failed attempt.
 */
export async function ingestEmail(deps: IngestDeps, input: IngestInput): Promise<IngestResult> {
  const now = deps.clock.now();
  const parsed = await parseInbound(input.raw, input.envelope);
  const blob = await deps.blobs.put(input.raw);
  const row = {
    mailbox: input.mailbox.slice(0, 300), messageId: parsed.messageId, dedupeKey: parsed.dedupeKey, receivedAt: now, lastDeliveryAt: now,
    fromAddress: parsed.from.address, fromName: parsed.from.name, subject: parsed.subject, rawSha256: blob.sha256, rawSize: blob.size,
  };
  try {
    return await withTx(deps.db, async (tx) => {
      const claim = await claimInbound(tx, row);
      if (!claim.claimed) return { status: claim.row.status, inboundId: claim.row.id, ticketId: claim.row.ticketId, duplicate: true };
      const ctx: EmailContext = { tx, now, blobs: deps.blobs, maxBytes: deps.attachmentMaxBytes, settings: deps.settings, parsed, inboundId: claim.row.id };
      const outcome = await decide(ctx, deps.settings);
      await completeInbound(tx, claim.row.id, { status: outcome.status, reason: outcome.reason ?? null, ticketId: outcome.ticketId ?? null, ticketMessageId: outcome.ticketMessageId ?? null, unentitledRequestId: outcome.unentitledRequestId ?? null, details: outcome.details ?? {} });
      deps.log.info({ inboundId: claim.row.id, mailbox: input.mailbox, status: outcome.status, ticketId: outcome.ticketId ?? null }, 'inbound mail');
      return { ...outcome, inboundId: claim.row.id, duplicate: false };
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const failed = await recordInboundFailure(deps.db, row, message);
    deps.log.error({ err, inboundId: failed.id, attempts: failed.attempts }, 'inbound mail failed');
    throw new IngestFailure(message, failed.attempts < MAX_INBOUND_ATTEMPTS, failed.id);
  }
}

/** Our own mail coming back (a forwarding loop, a misconfigured alias). */
function isOwnMail(p: ParsedInbound, s: IngestDeps['settings']): boolean {
  if (p.from.address === s.from.address.toLowerCase() || tokenFromAddress(s.replyAddress, p.from.address)) return true;
  return !!p.messageId && !!tokenFromMessageId(p.messageId) && p.messageId.endsWith(`@${s.messageIdDomain}`);
}

async function decide(ctx: EmailContext, settings: IngestDeps['settings']): Promise<InboundOutcome> {
  const { tx, parsed } = ctx;
  if (parsed.automated?.kind === 'bounce') return recordBounce(tx, ctx.now, parsed, settings.messageIdDomain, parsed.automated.reason);
  if (parsed.automated) return { status: 'ignored_auto_reply', reason: parsed.automated.reason };
  if (isOwnMail(parsed, settings)) return { status: 'ignored_loop', reason: 'sent by this desk' };
  const contact = parsed.from.address ? await findContactRowByEmail(tx, parsed.from.address) : null;
  const thread = await resolveThread(tx, parsed, settings.replyAddress);
  if (thread) {
    const ticket = await findTicketRow(tx, null, thread.ticketId);
    if (ticket && contact && contact.customerId === ticket.customerId) return addReplyFromEmail(ctx, contact, ticket.id, thread.via);
    // Not a participant (a stranger, or another customer's contact): nothing visible changes, nobody is notified.
    return keepUnentitledEmail(ctx, 'NOT_A_PARTICIPANT', { claimedTicketId: thread.ticketId, via: thread.via, fromContactId: contact?.id ?? null });
  }
  const number = ticketNumberInSubject(parsed.subject);
  const named = number !== null ? await findTicketRowByNumber(tx, null, number) : null;
  if (named && !(contact && contact.customerId === named.customerId)) {
    // A ticket number in the subject never attaches mail from a non-participant, and such mail gets no answer.
    return keepUnentitledEmail(ctx, 'NOT_A_PARTICIPANT', { claimedTicketId: named.id, via: 'subject_number', fromContactId: contact?.id ?? null });
  }
  const auth = settings.senderAuthservId ? senderVerdict(parsed.headers['authentication-results'] ?? [], settings.senderAuthservId, parsed.from.address) : null;
  const authenticated = !auth || auth.verdict === 'pass';
  if (contact && !authenticated) return keepUnentitledEmail(ctx, 'SENDER_NOT_AUTHENTICATED', { fromContactId: contact.id, authentication: auth });
  if (contact) return openTicketFromEmail(ctx, contact);
  return keepUnentitledEmail(ctx, 'UNKNOWN_SENDER', auth ? { authentication: auth } : {}, { answer: authenticated });
}
