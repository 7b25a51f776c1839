import type { Clock } from '../../core/clock.js';
import { composeOutbound } from '../../core/mail/compose.js';
import { classifySmtpError, describeSmtpError, isServerUnavailable, retryDelaySeconds, type SmtpErrorLike } from '../../core/mail/smtp-errors.js';
import type { Db } from '../../storage/db.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { markOutboxKept, markOutboxTemporaryFailure, releaseOutboxLeases } from '../../storage/mail-outbox.queries.js';
import { claimDueOutbox, extendOutboxLeases, markOutboxFailed, markOutboxHandedOver, markOutboxSent } from '../../storage/outbox.queries.js';
import type { OutboxRow } from '../../storage/outbox.queries.js';
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
  /** Claimed, then taken by another worker after this claim's lease ran out (a clock jump): not sent by this one. */
  lost: number;
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
 *
 * Sent once in practice (issue 14, item 4): the claim's lease is short and
 * renewed by a heartbeat while this round runs, so a crashed worker's batch is
 * free again within one lease; each message is marked handed over (committed)
 * before it goes to the server, so after a crash only that one message is in
 * doubt, and it is sent again with the same Message-ID (at-least-once).
 * A lease can also run out under a live worker when the clock jumps; each
 * claim's lease token makes the hand-over fail then, so the batch another
 * worker took is not sent twice (only, again, the message in hand).
 */
export async function deliverOutbox(deps: DeliverOutboxDeps, input: { batch: number }): Promise<DeliverOutboxResult> {
  const d = deps.settings.delivery;
  const result: DeliverOutboxResult = { claimed: 0, sent: 0, retried: 0, failed: 0, kept: 0, released: 0, lost: 0 };
  // A retry is never scheduled further ahead than the cap plus its jitter; see claimDueOutbox.
  const maxDelaySeconds = d.retryCapSeconds * 1.25 + 60;
  const rows = await claimDueOutbox(deps.db, deps.clock.now(), input.batch, d.leaseSeconds, maxDelaySeconds);
  result.claimed = rows.length;
  if (rows.length === 0) return result;
  if (!deps.transport) {
    await markOutboxKept(deps.db, rows.map((r) => r.id));
    result.kept = rows.length;
    return result;
  }
  for (const r of rows) {
    if (r.handedOverAt) deps.log.warn({ outboxId: r.id, handedOverAt: r.handedOverAt }, 'sending again a message whose hand-over was interrupted (same Message-ID)');
  }
  const inHand = new Set(rows.map((r) => r.id));
  const lease = rows[0]!.leaseToken!;
  const heartbeat = setInterval(() => {
    extendOutboxLeases(deps.db, [...inHand], new Date(deps.clock.now().getTime() + d.leaseSeconds * 1000), lease).catch((err: unknown) =>
      deps.log.warn({ err }, 'outbox lease renewal failed'),
    );
  }, Math.max(200, (d.leaseSeconds * 1000) / 3));
  heartbeat.unref();
  try {
    await sendAll(deps, rows, inHand, lease, result);
  } finally {
    clearInterval(heartbeat);
  }
  return result;
}

async function sendAll(deps: DeliverOutboxDeps, rows: OutboxRow[], inHand: Set<string>, lease: string, result: DeliverOutboxResult): Promise<void> {
  const d = deps.settings.delivery;
  const transport = deps.transport!;
  const threads = await findThreadInfo(deps.db, rows.flatMap((r) => (r.ticketId ? [r.ticketId] : [])));
  for (const [i, row] of rows.entries()) {
    if (deps.shouldStop?.()) {
      inHand.clear();
      const rest = rows.slice(i).map((r) => r.id);
      await releaseOutboxLeases(deps.db, rest, lease);
      result.released = rest.length;
      break;
    }
    const message = composeOutbound(row, deps.settings, row.ticketId ? (threads.get(row.ticketId) ?? null) : null);
    try {
      if (!(await markOutboxHandedOver(deps.db, row.id, deps.clock.now(), lease))) {
        // The lease ran out under this worker (a clock jump) and another worker claimed the message: it is that worker's now.
        inHand.delete(row.id);
        result.lost++;
        deps.log.warn({ outboxId: row.id }, 'outbox lease lost to another worker; not sending');
        continue;
      }
      const info = await transport.send(message);
      inHand.delete(row.id);
      await markOutboxSent(deps.db, row.id, deps.clock.now());
      result.sent++;
      deps.log.info({ outboxId: row.id, messageId: message.messageId, response: info.response }, 'mail sent');
    } catch (err) {
      inHand.delete(row.id);
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
        inHand.clear();
        const rest = rows.slice(i + 1).map((r) => r.id);
        await releaseOutboxLeases(deps.db, rest, lease);
        result.released = rest.length;
        break;
      }
    }
  }
}
