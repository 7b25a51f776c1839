import type { Clock } from '../../core/clock.js';
import { composeOutbound } from '../../core/mail/compose.js';
import { classifySmtpError, describeSmtpError, isServerUnavailable, retryDelaySeconds, type SmtpErrorLike } from '../../core/mail/smtp-errors.js';
import type { Db } from '../../storage/db.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { markOutboxKept, markOutboxTemporaryFailure, releaseOutboxLeases } from '../../storage/mail-outbox.queries.js';
import { claimDueOutbox, markOutboxFailed, markOutboxSent } from '../../storage/outbox.queries.js';
import type { MailLog, MailSettings, MailTransport } from './mail-deps.js';

export interface DeliverOutboxDeps {
  db: Db;
  clock: Clock;
  /** null: no SMTP server configured; due messages are kept for the admin outbox. */
  transport: MailTransport | null;
  log: MailLog;
  settings: Pick<MailSettings, 'from' | 'replyAddress' | 'messageIdDomain' | 'delivery'>;
  /** [0, 1) for backoff jitter; tests pass a fixed one. */
  random?: () => number;
  /** Checked between messages: a stopping worker finishes the message in hand and hands the rest back. */
  shouldStop?: () => boolean;
}

export interface DeliverOutboxResult {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  kept: number;
  released: number;
}

/**
 * Delivers one batch of due outbox messages (issue 5). Claims rows with
 * FOR UPDATE SKIP LOCKED and a lease, so workers never send a row at the same
 * time; sends each with its stable Message-ID; marks it sent. A temporary
 * failure (no connection, timeout, 4xx) is retried with exponential backoff and
 * jitter until MAIL_RETRY_MAX_HOURS, then failed; a permanent one (5xx) is failed
 * at once with the server's answer. When the server itself is unavailable
 * (no connection, timeout, 421) the rest of the batch is handed back untried,
 * so one round costs at most one timeout. Never throws for a message's failure.
 */
export async function deliverOutbox(deps: DeliverOutboxDeps, input: { batch: number }): Promise<DeliverOutboxResult> {
  const d = deps.settings.delivery;
  const result: DeliverOutboxResult = { claimed: 0, sent: 0, retried: 0, failed: 0, kept: 0, released: 0 };
  const rows = await claimDueOutbox(deps.db, deps.clock.now(), input.batch, d.leaseSeconds);
  result.claimed = rows.length;
  if (rows.length === 0) return result;
  if (!deps.transport) {
    await markOutboxKept(deps.db, rows.map((r) => r.id));
    result.kept = rows.length;
    return result;
  }
  const threads = await findThreadInfo(deps.db, rows.flatMap((r) => (r.ticketId ? [r.ticketId] : [])));
  for (const [i, row] of rows.entries()) {
    if (deps.shouldStop?.()) {
      const rest = rows.slice(i).map((r) => r.id);
      await releaseOutboxLeases(deps.db, rest);
      result.released = rest.length;
      break;
    }
    const message = composeOutbound(row, deps.settings, row.ticketId ? (threads.get(row.ticketId) ?? null) : null);
    try {
      const info = await deps.transport.send(message);
      await markOutboxSent(deps.db, row.id, deps.clock.now());
      result.sent++;
      deps.log.info({ outboxId: row.id, messageId: message.messageId, response: info.response }, 'mail sent');
    } catch (err) {
      const e = err as SmtpErrorLike;
      const answer = describeSmtpError(e);
      const now = deps.clock.now();
      if (classifySmtpError(e) === 'permanent') {
        await markOutboxFailed(deps.db, row.id, answer);
        result.failed++;
        deps.log.warn({ outboxId: row.id, answer }, 'mail refused permanently');
        continue;
      }
      const delay = retryDelaySeconds(row.attempts + 1, { baseSeconds: d.retryBaseSeconds, capSeconds: d.retryCapSeconds }, deps.random ?? Math.random);
      const giveUpBefore = new Date(now.getTime() - d.maxAgeHours * 3_600_000);
      const status = await markOutboxTemporaryFailure(deps.db, row.id, new Date(now.getTime() + delay * 1000), answer, giveUpBefore);
      if (status === 'failed') result.failed++;
      else result.retried++;
      deps.log.warn({ outboxId: row.id, answer, retryInSeconds: status === 'pending' ? delay : null }, 'mail delivery failed');
      if (isServerUnavailable(e)) {
        // Do not wait out one timeout per message: hand the rest back for the next round.
        const rest = rows.slice(i + 1).map((r) => r.id);
        await releaseOutboxLeases(deps.db, rest);
        result.released = rest.length;
        break;
      }
    }
  }
  return result;
}
