import { LOOP_WINDOW_MINUTES, senderStop, type SenderStop } from '../../core/mail/trust.js';
import { countAutomaticMailTo, countTicketsFromSender, findAcknowledgementOf, holdOutboxMessage, lockSender } from '../../storage/mail-trust.queries.js';
import type { EmailContext } from './email-context.js';

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

/**
 * Issue 14 item 5: whether this sender may open one more ticket by mail now
 * (core/mail/trust.ts senderStop). Takes the sender's lock for the rest of the
 * ingest transaction, so concurrent mail of one sender never overruns it.
 */
export async function senderBudget(ctx: EmailContext, address: string): Promise<SenderStop> {
  const key = address.toLowerCase();
  await lockSender(ctx.tx, key);
  const [lastWindow, lastHour] = await Promise.all([
    countTicketsFromSender(ctx.tx, key, minutesBefore(ctx.now, LOOP_WINDOW_MINUTES)),
    countTicketsFromSender(ctx.tx, key, minutesBefore(ctx.now, 60)),
  ]);
  return senderStop({ lastWindow, lastHour }, ctx.settings.senderLimits);
}

/**
 * At most MAIL_SENDER_ACKS_PER_HOUR acknowledgements to one address per hour:
 * beyond, the new ticket's acknowledgement is held in the outbox (status kept,
 * with the reason), so a careless auto-responder gets nothing to answer.
 * Returns whether it was held.
 */
export async function holdAcknowledgementOverBudget(ctx: EmailContext, ticketId: string): Promise<boolean> {
  const ack = await findAcknowledgementOf(ctx.tx, ticketId);
  if (!ack) return false;
  const sent = await countAutomaticMailTo(ctx.tx, ack.toAddress, ['acknowledgement'], minutesBefore(ctx.now, 60));
  // `sent` includes this ticket's own acknowledgement.
  if (sent <= ctx.settings.senderLimits.acksPerHour) return false;
  await holdOutboxMessage(ctx.tx, ack.id, 'Not sent: acknowledgement budget of this address used up (MAIL_SENDER_ACKS_PER_HOUR).');
  return true;
}
