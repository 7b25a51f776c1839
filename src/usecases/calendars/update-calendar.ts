import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCalendarRow, updateCalendarRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCalendar, type CalendarView } from '../../presenters/calendars/present-calendar.js';
import { withTx } from '../../storage/with-tx.js';

/** Renames a calendar (the rules change only through versions). Throws FORBIDDEN, NOT_FOUND. */
export async function updateCalendar(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; id: string; name?: string },
): Promise<CalendarView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cal = await findCalendarRow(tx, input.id, { lock: true });
    if (!cal) throw new DomainError('NOT_FOUND', 'No such calendar.');
    const row = await updateCalendarRow(tx, cal.id, { name: input.name?.trim() ?? cal.name, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'calendar.updated', objectType: 'calendar', objectId: cal.id, details: { name: row!.name } });
    return presentCalendar(row!);
  });
}
