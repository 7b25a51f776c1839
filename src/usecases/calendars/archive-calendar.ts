import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCalendarRow, updateCalendarRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCalendar, type CalendarView } from '../../presenters/calendars/present-calendar.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * Archives a calendar: new plan versions may no longer use it; plan versions
 * that do keep working (never a hard delete). Idempotent. Throws FORBIDDEN, NOT_FOUND.
 */
export async function archiveCalendar(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<CalendarView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cal = await findCalendarRow(tx, input.id, { lock: true });
    if (!cal) throw new DomainError('NOT_FOUND', 'No such calendar.');
    if (cal.archivedAt) return presentCalendar(cal);
    const row = await updateCalendarRow(tx, cal.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'calendar.archived', objectType: 'calendar', objectId: cal.id });
    return presentCalendar(row!);
  });
}
