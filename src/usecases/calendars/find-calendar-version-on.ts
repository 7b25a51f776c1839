import type { Actor } from '../../core/actor.js';
import { findCalendarVersionRowOn } from '../../storage/calendars.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCalendarVersion, type CalendarVersionView } from '../../presenters/calendars/present-calendar.js';
import { authorize, STAFF } from '../../core/access.js';

/** R-T1: the calendar version in force on a date ('YYYY-MM-DD'), or null before version 1. */
export async function findCalendarVersionOn(deps: { db: Db }, input: { actor: Actor; calendarId: string; date: string }): Promise<CalendarVersionView | null> {
  authorize(input.actor, STAFF);
  const v = await findCalendarVersionRowOn(deps.db, input.calendarId, input.date);
  return v ? presentCalendarVersion(v) : null;
}
