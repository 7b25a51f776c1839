import { DomainError } from '../../core/errors.js';
import { isTransientIngestError } from '../../core/mail/ingest-errors.js';
import { peekHeaders, PEEK_BYTES } from '../../core/mail/peek-headers.js';
import type { Db } from '../../storage/db.js';
import { keepUnparseableInbound, MAX_INBOUND_ATTEMPTS, recordInboundFailure, type InboundRow } from '../../storage/inbound-mail.queries.js';
import type { MailLog } from './mail-deps.js';
import type { MailParseError } from './parse-inbound.js';

/**
 * A message that could not be processed. `retryable` (only for transient
 * failures with attempts left) tells SMTP to answer 451 and IMAP to leave it
 * unseen; otherwise the message is kept (`inboundId`) and the transport
 * answers "kept" (SMTP 250, IMAP \Seen): a retry would fail the same way.
 */
export class IngestFailure extends Error {
  readonly retryable: boolean;
  readonly inboundId: string | null;
  constructor(message: string, retryable: boolean, inboundId: string | null) {
    super(message);
    this.retryable = retryable;
    this.inboundId = inboundId;
    this.name = 'IngestFailure';
  }
}

type FailureRow = Parameters<typeof recordInboundFailure>[1];
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Records a failed attempt and returns the IngestFailure to throw (issue 12
 * item 1): a deterministic failure (a rule refusal such as INVALID_SEVERITY,
 * a bug) is kept as 'failed' with its code and is never retryable; a
 * transient one (database unavailable, serialization failure, our own I/O
 * timing out) is retryable until MAX_INBOUND_ATTEMPTS. When even the record
 * cannot be written, the database is the trouble: retryable.
 */
export async function recordIngestFailure(deps: { db: Db; log: MailLog }, row: FailureRow, err: unknown): Promise<IngestFailure> {
  const message = messageOf(err);
  const transient = isTransientIngestError(err);
  const reason = err instanceof DomainError ? err.code : transient ? 'TRANSIENT' : 'INTERNAL';
  let failed: InboundRow;
  try {
    failed = await recordInboundFailure(deps.db, row, message, reason);
  } catch (recordErr) {
    deps.log.error({ err, recordErr }, 'inbound mail failed and could not be recorded; sender told to retry');
    return new IngestFailure(message, true, null);
  }
  const retryable = transient && failed.attempts < MAX_INBOUND_ATTEMPTS;
  deps.log.error({ err, inboundId: failed.id, attempts: failed.attempts, reason, retryable }, 'inbound mail failed');
  return new IngestFailure(message, retryable, failed.id);
}

/**
 * Keeps a message the parser could not handle (issue 13 item 2): raw bytes
 * already in the blob store, a row 'unparseable' with the reason, From and
 * Subject peeked from the first bytes for staff. Never processed again.
 */
export async function keepUnparseable(
  deps: { db: Db; log: MailLog },
  input: { mailbox: string; raw: Buffer; now: Date; blob: { sha256: string; size: number } },
  err: MailParseError,
): Promise<{ row: InboundRow; duplicate: boolean }> {
  const peek = peekHeaders(input.raw.subarray(0, PEEK_BYTES).toString('utf8'));
  const kept = await keepUnparseableInbound(deps.db, {
    mailbox: input.mailbox.slice(0, 300), messageId: null, dedupeKey: `raw:${input.blob.sha256}`, receivedAt: input.now, lastDeliveryAt: input.now,
    fromAddress: peek.from, fromName: '', subject: peek.subject, rawSha256: input.blob.sha256, rawSize: input.blob.size,
    reason: err.reason, lastError: err.message.slice(0, 2000), details: { peekedMessageId: peek.messageId },
  });
  deps.log.warn({ inboundId: kept.row.id, mailbox: input.mailbox, reason: err.reason, duplicate: kept.duplicate }, 'inbound mail unparseable; kept raw');
  return kept;
}
