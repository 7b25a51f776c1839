import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { findCalendarVersionRow } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCalendarVersion, type CalendarVersionView } from '../../presenters/calendars/present-calendar.js';
import { authorize, STAFF } from '../../core/access.js';

/** One version of a calendar (R-T1). Throws NOT_FOUND. */
export async function getCalendarVersion(deps: { db: Db }, input: { actor: Actor; calendarId: string; version: number }): Promise<CalendarVersionView> {
  authorize(input.actor, STAFF);
  const v = await findCalendarVersionRow(deps.db, input.calendarId, input.version);
  if (!v) throw new DomainError('NOT_FOUND', 'No such calendar version.');
  return presentCalendarVersion(v);
}
