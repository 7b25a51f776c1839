import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { normalizeBody } from '../../core/tickets/body.js';
import type { Db } from '../../storage/db.js';
import { appendSearchText, insertTicketMessage } from '../../storage/tickets.queries.js';
import { changeTicket } from './change-ticket.js';

/**
 * An internal note (staff only): never in any contact-facing response, count
 * or search, and never a first response. Throws NOT_FOUND, FORBIDDEN.
 */
export async function addTicketNote(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; body: { text?: string; html?: string } }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff write internal notes.');
  const body = normalizeBody(input.body);
  if (!body.text) throw new DomainError('VALIDATION_FAILED', 'The note is empty.', [{ path: 'body.body', problem: 'empty' }]);
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    const message = await insertTicketMessage(c.tx, {
      ticketId: c.ticket.id, kind: 'note', authorKind: 'user', authorId: input.actor.id, channel: 'portal', bodyHtml: body.html, bodyText: body.text, createdAt: c.now,
    });
    await appendSearchText(c.tx, c.ticket.id, body.text, true);
    await c.record('note_added', { messageId: message.id }, true);
    return message;
  });
}
