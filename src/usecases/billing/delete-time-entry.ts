import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { deleteTimeEntryRow, findTimeEntryRow } from '../../storage/billing-time.queries.js';
import type { Db } from '../../storage/db.js';
import { changeTicket } from '../tickets/change-ticket.js';
import { assertStaff } from '../../core/billing/billing-access.js';

/**
 * Removes a time entry not yet billed on a live invoice: its author, a
 * manager or an admin may. Recorded in the ticket's history (internal).
 * Throws FORBIDDEN, NOT_FOUND, ALREADY_INVOICED.
 */
export async function deleteTimeEntry(deps: { db: Db; clock: Clock }, input: { actor: Actor; ticketId: string; entryId: string }): Promise<void> {
  const actor = input.actor;
  assertStaff(actor);
  await changeTicket(deps, actor, input.ticketId, async (c) => {
    const e = await findTimeEntryRow(c.tx, input.entryId);
    if (!e || e.ticketId !== c.ticket.id) throw new DomainError('NOT_FOUND', 'No such time entry.');
    if (e.userId !== actor.id && actor.role === 'agent') throw new DomainError('FORBIDDEN', 'Only the author or a manager removes a time entry.');
    if (e.invoiceId) throw new DomainError('ALREADY_INVOICED', 'The time entry is on an invoice.', { invoiceId: e.invoiceId });
    await deleteTimeEntryRow(c.tx, e.id);
    await c.record('time_removed', { entryId: e.id, minutes: e.minutes, activity: e.activity, billable: e.billable }, true);
  });
}
