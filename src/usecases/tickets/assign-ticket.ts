import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findUserRow } from '../../storage/users.queries.js';
import { changeTicket } from './change-ticket.js';

/** Assigns the ticket to a live staff user, or unassigns it (null). Throws NOT_FOUND, VALIDATION_FAILED. */
export async function assignTicket(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; assigneeId: string | null }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff assign tickets.');
  return changeTicket(deps, input.actor, input.ticketId, async (c) => {
    if (input.assigneeId) {
      const u = await findUserRow(c.tx, input.assigneeId);
      if (!u || u.archivedAt) throw new DomainError('VALIDATION_FAILED', 'No such active user.', [{ path: 'body.assigneeId', problem: 'unknown or archived user' }]);
    }
    const from = c.ticket.assigneeId;
    if (from === input.assigneeId) return;
    await c.update({ assigneeId: input.assigneeId });
    await c.record('assigned', { from, to: input.assigneeId });
  });
}
