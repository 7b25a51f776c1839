import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { TicketStatus } from '../../core/sla/index.js';
import { normalizeBody } from '../../core/tickets/body.js';
import { takesReplies } from '../../core/tickets/status-machine.js';
import type { Db } from '../../storage/db.js';
import { appendSearchText, insertTicketMessage } from '../../storage/tickets.queries.js';
import { notifyAgentReply } from '../notifications/notify-agent-reply.js';
import { applyFirstResponse, applyStatus } from './support/apply-status.js';
import { changeTicket } from './change-ticket.js';

export interface ReplyInput {
  actor: Actor;
  ticketId: string;
  body: { text?: string; html?: string };
  /** Staff only: the status after the reply (e.g. pending when asking for information). */
  status?: TicketStatus;
  channel?: 'portal' | 'email' | 'phone' | 'api';
}

/**
 * A public reply. From staff, the first one is the first response (R-K4:
 * a person's reply, never an automatic acknowledgement) and moves New → Open
 * unless `status` says otherwise. From the customer's contact, a reply to a
 * Pending or Solved ticket reopens it and resumes the resolution clock (R-S2).
 * Throws NOT_FOUND, TRANSITION_NOT_ALLOWED (closed tickets), FORBIDDEN.
 */
export async function replyToTicket(deps: { db: Db; clock: Clock; config?: { publicUrl: string } }, input: ReplyInput) {
  const body = normalizeBody(input.body);
  if (!body.text) throw new DomainError('VALIDATION_FAILED', 'The reply is empty.', [{ path: 'body.body', problem: 'empty' }]);
  const { actor } = input;
  if (actor.kind === 'contact' && input.status) throw new DomainError('FIELD_NOT_ALLOWED', 'Contacts cannot set the status.', [{ path: 'body.status', problem: 'not allowed' }]);
  return changeTicket(deps, actor, input.ticketId, async (c) => {
    if (!takesReplies(c.ticket.status)) {
      throw new DomainError('TRANSITION_NOT_ALLOWED', 'This ticket is closed. Please open a new ticket.', { from: 'closed', allowed: [] });
    }
    const message = await insertTicketMessage(c.tx, {
      ticketId: c.ticket.id,
      kind: 'reply',
      authorKind: actor.kind,
      authorId: actor.id,
      channel: input.channel ?? 'portal',
      bodyHtml: body.html,
      bodyText: body.text,
      createdAt: c.now,
    });
    await appendSearchText(c.tx, c.ticket.id, body.text, false);
    await c.record('replied', { messageId: message.id, by: actor.kind });
    if (actor.kind === 'contact') {
      if (c.ticket.status === 'pending' || c.ticket.status === 'solved') await applyStatus(c, 'open', { cause: 'customer_reply' });
    } else if (actor.kind === 'user') {
      const wasNew = c.ticket.status === 'new';
      await applyFirstResponse(c, 'reply');
      const target = input.status ?? (wasNew ? 'open' : undefined);
      if (target) await applyStatus(c, target);
      // The requester hears of a staff reply by mail; a contact's own reply emails no contact.
      await notifyAgentReply(c.tx, c.now, c.ticket, message, actor.name, deps.config?.publicUrl ?? null);
    }
    return message;
  });
}
