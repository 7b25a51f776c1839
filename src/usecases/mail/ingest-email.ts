import type { Clock } from '../../core/clock.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { claimInbound, completeInbound, MAX_INBOUND_ATTEMPTS, recordInboundFailure } from '../../storage/inbound-mail.queries.js';
import { releaseDedupeKey } from '../../storage/mail-trust.queries.js';
import { decideInbound, senderAuthentication } from './decide-inbound.js';
import type { EmailContext, InboundOutcome } from './email-actions.js';
import type { MailLog, MailSettings } from './mail-deps.js';
import { parseInbound } from './parse-inbound.js';
import { withTx } from '../../storage/with-tx.js';

export interface IngestDeps {
  db: Db;
  clock: Clock;
  blobs: BlobStore;
  log: MailLog;
  settings: Pick<MailSettings, 'from' | 'replyAddress' | 'messageIdDomain' | 'defaultSeverity' | 'refusalIntervalMinutes' | 'refusalsPerHour' | 'senderLimits' | 'senderAuthservId'>;
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
 * a message delivered twice, or through SMTP and IMAP, acts once; only an
 * ACCEPTED message keeps its key, so a refused forgery cannot suppress the
 * genuine mail with the same Message-ID (issue 13 item 3). What a message may
 * do is decideInbound's (decide-inbound.ts). Throws
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
      const authenticated = senderAuthentication(parsed, deps.settings)?.verdict === 'pass';
      const ctx: EmailContext = { tx, now, blobs: deps.blobs, maxBytes: deps.attachmentMaxBytes, settings: deps.settings, parsed, inboundId: claim.row.id, authenticated };
      const outcome = await decideInbound(ctx, deps.settings);
      // Only an accepted message keeps its Message-ID for de-duplication (issue 13 item 3).
      if (!outcome.accepted) await releaseDedupeKey(tx, claim.row.id);
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
