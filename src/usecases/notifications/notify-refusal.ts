import type { Locale } from '../../core/notifications/render.js';
import { refusalTemplate, type RefusalReason } from '../../core/notifications/templates/refusal.js';
import type { Db } from '../../storage/db.js';
import { takeRefusalSlot } from '../../storage/inbound-mail.queries.js';
import { countRefusalsSince } from '../../storage/mail-trust.queries.js';
import { findContactRecipient } from '../../storage/recipients.queries.js';
import { queueEmail, type EmailRecipient } from './queue-email.js';

export interface NotifyRefusalInput {
  /** The sender's address as received (From), normalized; the refusal's rate-limit key. */
  address: string;
  /** A known contact: the refusal goes to its stored address, in its language. */
  contactId: string | null;
  /** The sender's language when it is not a contact (Content-Language), else en. */
  locale: Locale | null;
  reason: RefusalReason;
  subject: string;
  /** The sender proved its address (authenticated): only then is its subject repeated (issue 13 item 4). */
  proven: boolean;
  customerId: string | null;
  /** The inbound message refused: one refusal per message at most. */
  inboundId: string;
  intervalMinutes: number;
  /** Refusals to all addresses together per hour (MAIL_REFUSALS_PER_HOUR). */
  perHour: number;
}

/**
 * Queues the polite refusal of a mail that cannot open a ticket (R-C2), in
 * the ingest's transaction, rate-limited to one per sender address per
 * interval across processes, and to a global budget per hour: a flood of
 * forged senders cannot make the desk a spam relay (issue 13 item 4). Repeats
 * the refused subject only to a sender that proved its address. Carries
 * `Auto-Submitted: auto-replied`. Callers never call it for auto-replies or
 * bounces. Returns whether one was queued; the refused mail is kept either way.
 */
export async function notifyRefusal(tx: Db, now: Date, input: NotifyRefusalInput): Promise<boolean> {
  const contact = input.contactId ? await findContactRecipient(tx, input.contactId) : null;
  const recipient: EmailRecipient = contact ?? { kind: 'address', id: null, address: input.address, name: '', locale: input.locale ?? 'en', timeZone: 'UTC' };
  if ((await countRefusalsSince(tx, new Date(now.getTime() - 3_600_000))) >= input.perHour) return false;
  if (!(await takeRefusalSlot(tx, recipient.address.toLowerCase(), now, input.intervalMinutes))) return false;
  const rendered = refusalTemplate(
    { reason: input.reason, subject: input.proven ? input.subject : null, address: recipient.address, recipientName: contact?.name ?? null },
    { locale: recipient.locale, timeZone: recipient.timeZone },
  );
  const row = await queueEmail(tx, now, {
    recipient,
    template: 'refusal',
    rendered,
    dedupeKey: `refusal:${input.inboundId}`,
    customerId: input.customerId,
    headers: { 'Auto-Submitted': 'auto-replied' },
  });
  return row !== null;
}
