import type { Actor } from '../../core/actor.js';
import { addDays, isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { listTicketTimeEntryRows, listUserTimeEntryRows } from '../../storage/billing-time.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { assertStaff } from '../../core/billing/billing-access.js';
import { presentTimeEntry, type TimeEntryView } from '../../presenters/billing/present-time-entry.js';
import { Scope } from '../../core/scope.js';

/** R-B7: a ticket's timesheet for staff, with totals in minutes. Throws FORBIDDEN, NOT_FOUND. */
export async function listTicketTime(deps: { db: Db }, input: { actor: Actor; ticketId: string }) {
  assertStaff(input.actor);
  const t = await findTicketRow(deps.db, Scope.of(input.actor), input.ticketId);
  if (!t) throw new DomainError('NOT_FOUND', 'No such ticket.');
  const items = (await listTicketTimeEntryRows(deps.db, t.id)).map(presentTimeEntry);
  return { items, ...totals(items) };
}

/**
 * R-B7: one agent's timesheet between two dates (default: the last 7 days to
 * today, UTC). Agents see their own; managers and admins anyone's.
 * Throws FORBIDDEN, VALIDATION_FAILED.
 */
export async function listUserTime(deps: { db: Db; clock: Clock }, input: { actor: Actor; userId?: string; from?: string; to?: string }) {
  const actor = input.actor;
  assertStaff(actor);
  const userId = input.userId ?? actor.id;
  if (userId !== actor.id && actor.role === 'agent') throw new DomainError('FORBIDDEN', 'Agents see their own timesheet.');
  const to = input.to ?? deps.clock.now().toISOString().slice(0, 10);
  const from = input.from ?? addDays(to, -6);
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) throw new DomainError('VALIDATION_FAILED', 'A date range from ≤ to.', [{ path: 'querystring.from', problem: 'invalid range' }]);
  const items = (await listUserTimeEntryRows(deps.db, userId, from, to)).map(presentTimeEntry);
  return { userId, from, to, items, ...totals(items) };
}

function totals(items: TimeEntryView[]) {
  return { minutes: items.reduce((n, e) => n + e.minutes, 0), billableMinutes: items.filter((e) => e.billable).reduce((n, e) => n + e.minutes, 0) };
}
