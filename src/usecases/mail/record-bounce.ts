import { bouncedOutboxIds, readDeliveryReport } from '../../core/mail/bounce.js';
import type { Db } from '../../storage/db.js';
import { findThreadInfo } from '../../storage/inbound-mail.queries.js';
import { findOutboxRow, markOutboxBounced } from '../../storage/mail-outbox.queries.js';
import { insertTicketEvent } from '../../storage/tickets.queries.js';
import type { InboundOutcome } from './email-context.js';
import type { ParsedInbound } from './parse-inbound.js';

/**
 * A bounce (never a ticket, never answered) that names a message this desk
 * sent: its outbox row becomes 'bounced' with the recipient server's answer,
 * and a ticket's history gets an internal `mail_bounced` entry, so the agent
 * knows the customer did not get the reply or notice. A Message-ID that names
 * a ticket's row must carry that ticket's reply token, so a forged report
 * cannot mark another customer's mail. Delays (4.x.x) change nothing.
 */
export async function recordBounce(db: Db, now: Date, parsed: ParsedInbound, domain: string, reason: string): Promise<InboundOutcome> {
  const ignored: InboundOutcome = { status: 'ignored_bounce', reason };
  const statusText = parsed.reports.find((r) => /^\s*(Reporting-MTA|Final-Recipient|Action):/im.test(r)) ?? parsed.text;
  const report = readDeliveryReport(statusText);
  const candidates = bouncedOutboxIds([...parsed.reports, parsed.text, ...parsed.inReplyTo, ...parsed.references], domain);
  for (const c of candidates) {
    const row = await findOutboxRow(db, c.rowId);
    if (!row) continue;
    // A mail that asked for a decision carried its own token in its Message-ID (issue 13).
    const token = row.replyToken ?? (row.ticketId ? ((await findThreadInfo(db, [row.ticketId])).get(row.ticketId)?.token ?? null) : null);
    if (token !== c.token) continue;
    const details = { outboxId: row.id, recipient: report.recipient ?? row.toAddress, action: report.action, status: report.status, diagnostic: report.diagnostic };
    if (!report.permanent) return { ...ignored, reason: `a delivery report (${report.action ?? 'no action'}) for a message this desk sent`, details };
    const answer = [report.status, report.diagnostic].filter(Boolean).join(' ') || 'Bounced (no diagnostic given).';
    const marked = await markOutboxBounced(db, row.id, now, `Bounced: ${answer}`);
    if (marked && row.ticketId) {
      await insertTicketEvent(db, { ticketId: row.ticketId, at: now, actorKind: 'system', actorId: null, internal: true, type: 'mail_bounced', data: { outboxId: row.id, to: row.toAddress, template: row.template, status: report.status, diagnostic: report.diagnostic } });
    }
    return { ...ignored, reason: marked ? 'bounce of a message this desk sent: marked bounced' : 'bounce of a message this desk sent, already marked or never sent', ticketId: row.ticketId, details };
  }
  return ignored;
}
