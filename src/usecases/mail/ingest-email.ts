import type { Clock } from '../../core/clock.js';
import type { BlobStore } from '../../storage/blob-store.js';
import type { Db } from '../../storage/db.js';
import { claimInbound, completeInbound } from '../../storage/inbound-mail.queries.js';
import { releaseDedupeKey } from '../../storage/mail-trust.queries.js';
import { decideInbound, senderAuthentication } from './decide-inbound.js';
import type { EmailContext, InboundOutcome } from './email-context.js';
import { IngestFailure, keepUnparseable, recordIngestFailure } from './ingest-failure.js';
import type { MailLog, MailSettings } from './mail-deps.js';
import { MailParseError, parseInbound, type ParsedInbound } from './parse-inbound.js';
import { withTx } from '../../storage/with-tx.js';

export interface IngestDeps {
  db: Db;
  clock: Clock;
  blobs: BlobStore;
  log: MailLog;
  settings: Pick<MailSettings, 'from' | 'replyAddress' | 'messageIdDomain' | 'defaultSeverity' | 'refusalIntervalMinutes' | 'refusalsPerHour' | 'senderLimits' | 'senderAuthservId'>;
  attachmentMaxBytes: number;
  /** The instance's public address (PUBLIC_URL): acknowledgements link to the ticket's page (issue 13 item 7). */
  publicUrl?: string;
  /** Parses a raw message: the worker pool in production (src/mail/parse-pool.ts); in-thread parseInbound when absent. */
  parse?: (raw: Buffer, envelope?: { from?: string | null; to?: string[] }) => Promise<ParsedInbound>;
}

export interface IngestInput {
  /** 'smtp', or 'imap:<user>@<host>/<mailbox>'. */
  mailbox: string;
  raw: Buffer;
  /** SMTP's MAIL FROM ('' = null sender) and RCPT TO; absent for IMAP. */
  envelope?: { from?: string | null; to?: string[] };
}

export type IngestResult = InboundOutcome & { inboundId: string; duplicate: boolean };

export { IngestFailure };

/**
 * One inbound email, from the SMTP listener or the IMAP poller (issue 5).
 * Keeps the raw message in the blob store; de-duplicates by Message-ID (or a
 * content hash) in the SAME transaction that creates the ticket or reply, so
 * a message delivered twice, or through SMTP and IMAP, acts once; only an
 * ACCEPTED message keeps its key, so a refused forgery cannot suppress the
 * genuine mail with the same Message-ID (issue 13 item 3). What a message may
 * do is decideInbound's (decide-inbound.ts). A message the parser cannot
 * handle is kept raw as 'unparseable' (issue 13 item 2). Throws IngestFailure
 * after recording the failed attempt (ingest-failure.ts).
 */
export async function ingestEmail(deps: IngestDeps, input: IngestInput): Promise<IngestResult> {
  const now = deps.clock.now();
  const blob = await keepRaw(deps, input.raw);
  let parsed: ParsedInbound;
  try {
    parsed = await (deps.parse ?? parseInbound)(input.raw, input.envelope);
  } catch (err) {
    // The parser unavailable (shutting down) is ours to fix: retry. The message's own failure: kept, never retried.
    if (!(err instanceof MailParseError)) throw new IngestFailure(err instanceof Error ? err.message : String(err), true, null);
    const kept = await keepUnparseable(deps, { mailbox: input.mailbox, raw: input.raw, now, blob }, err).catch(async (e: unknown) => {
      throw await recordIngestFailure(deps, { mailbox: input.mailbox.slice(0, 300), messageId: null, dedupeKey: `raw:${blob.sha256}`, receivedAt: now, lastDeliveryAt: now, rawSha256: blob.sha256, rawSize: blob.size }, e);
    });
    return { status: 'unparseable', reason: err.reason, inboundId: kept.row.id, duplicate: kept.duplicate, ticketId: null };
  }
  const row = {
    mailbox: input.mailbox.slice(0, 300), messageId: parsed.messageId, dedupeKey: parsed.dedupeKey, receivedAt: now, lastDeliveryAt: now,
    fromAddress: parsed.from.address, fromName: parsed.from.name, subject: parsed.subject, rawSha256: blob.sha256, rawSize: blob.size,
  };
  try {
    return await withTx(deps.db, async (tx) => {
      const claim = await claimInbound(tx, row);
      if (!claim.claimed) return { status: claim.row.status, inboundId: claim.row.id, ticketId: claim.row.ticketId, duplicate: true };
      const authenticated = senderAuthentication(parsed, deps.settings)?.verdict === 'pass';
      const ctx: EmailContext = { tx, now, blobs: deps.blobs, maxBytes: deps.attachmentMaxBytes, settings: deps.settings, parsed, inboundId: claim.row.id, authenticated, publicUrl: deps.publicUrl };
      const outcome = await decideInbound(ctx, deps.settings);
      // Only an accepted message keeps its Message-ID for de-duplication (issue 13 item 3).
      if (!outcome.accepted) await releaseDedupeKey(tx, claim.row.id);
      await completeInbound(tx, claim.row.id, { status: outcome.status, reason: outcome.reason ?? null, ticketId: outcome.ticketId ?? null, ticketMessageId: outcome.ticketMessageId ?? null, unentitledRequestId: outcome.unentitledRequestId ?? null, details: outcome.details ?? {} });
      deps.log.info({ inboundId: claim.row.id, mailbox: input.mailbox, status: outcome.status, ticketId: outcome.ticketId ?? null }, 'inbound mail');
      return { ...outcome, inboundId: claim.row.id, duplicate: false };
    });
  } catch (err) {
    throw await recordIngestFailure(deps, row, err);
  }
}

/** The raw bytes first: whatever happens next, the message is not lost. A store that fails is ours to fix: retry. */
async function keepRaw(deps: IngestDeps, raw: Buffer) {
  try {
    return await deps.blobs.put(raw);
  } catch (err) {
    deps.log.error({ err }, 'inbound mail: raw message could not be stored; sender told to retry');
    throw new IngestFailure(err instanceof Error ? err.message : String(err), true, null);
  }
}
